import { expect, test } from '@playwright/test';

test.describe('paragraph permalinks', () => {
	test('every paragraph has a permalink to itself, labelled in the page language', async ({
		page,
	}) => {
		await page.goto('/en/peru-integration/');
		const link = page.locator('#p4 a.paragraph-link');
		await expect(link).toHaveAttribute('href', '#p4');
		await expect(link).toHaveAccessibleName('Link to paragraph 4');
		await page.goto('/ar/peru-integration/');
		await expect(page.locator('#p4 a.paragraph-link')).toHaveAccessibleName('رابط الفقرة 4');
	});

	test('the permalink is reachable by keyboard and shows when focused', async ({ page }) => {
		await page.goto('/en/peru-integration/');
		const link = page.locator('#p1 a.paragraph-link');
		// Tab from the top: skip link, site name, sections (search included), language switch, original-page link, the
		// annotation toggles, then p1's permalink (the compact timeline comes after the text).
		for (let step = 0; step < 20; step += 1) {
			await page.keyboard.press('Tab');
			if (await link.evaluate((element) => element === document.activeElement)) break;
		}
		await expect(link).toBeFocused();
		const outline = await link.evaluate((element) => getComputedStyle(element).outlineStyle);
		expect(outline).not.toBe('none');
	});

	test('following a permalink targets and highlights the paragraph', async ({ page }) => {
		await page.goto('/en/peru-integration/');
		await page.locator('#p4 a.paragraph-link').click();
		await expect(page).toHaveURL(/\/en\/peru-integration\/#p4$/);
		const background = await page
			.locator('#p4')
			.evaluate((element) => getComputedStyle(element).backgroundColor);
		const other = await page
			.locator('#p5')
			.evaluate((element) => getComputedStyle(element).backgroundColor);
		expect(background).not.toBe(other);
	});
});

test.describe('language switch', () => {
	test('keeps the paragraph fragment when switching language', async ({ page }) => {
		await page.goto('/en/peru-integration/#p4');
		await page
			.getByRole('navigation', { name: 'Language' })
			.getByRole('link', { name: 'العربية' })
			.click();
		await expect(page).toHaveURL(/\/ar\/peru-integration\/#p4$/);
		await expect(page.locator('#p4')).toBeInViewport();
		await page
			.getByRole('navigation', { name: 'اللغة' })
			.getByRole('link', { name: 'English' })
			.click();
		await expect(page).toHaveURL(/\/en\/peru-integration\/#p4$/);
	});

	test('follows fragments chosen after the page loaded', async ({ page }) => {
		await page.goto('/ar/peru-integration/');
		await page.locator('#p7 a.paragraph-link').click();
		await expect(page.locator('a[data-language-switch]')).toHaveAttribute(
			'href',
			/\/en\/peru-integration\/#p7$/,
		);
	});

	test('remembers the choice for the root page', async ({ page }) => {
		await page.goto('/ar/peru-integration/');
		await page.locator('a[data-language-switch]').click();
		await expect(page).toHaveURL(/\/en\/peru-integration\/$/);
		await page.goto('/');
		await expect(page).toHaveURL(/\/en\/$/);
	});
});

test.describe('root page', () => {
	test('sends a reader to the language their browser prefers', async ({ browser }) => {
		const context = await browser.newContext({ locale: 'en-US' });
		const page = await context.newPage();
		await page.goto('/');
		await expect(page).toHaveURL(/\/en\/$/);
		await context.close();
	});

	test('sends an Arabic reader, or anyone else, to the original', async ({ browser }) => {
		for (const locale of ['ar-EG', 'fr-FR']) {
			const context = await browser.newContext({ locale });
			const page = await context.newPage();
			await page.goto('/');
			await expect(page, locale).toHaveURL(/\/ar\/$/);
			await context.close();
		}
	});
});
