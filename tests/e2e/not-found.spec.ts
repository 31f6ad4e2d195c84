import { expect, test } from '@playwright/test';
import { axeViolationsInEachScheme, noViolations } from './support/axe';
import { notFoundPages } from './support/pages';

/** The server answers a missing address with the nearest 404.html up its path, as Cloudflare Pages does. */
test.describe('a missing address', () => {
	test('deep under /en/: the English 404 page, whose links and styles work from there', async ({
		page,
	}) => {
		const failed: string[] = [];
		page.on('requestfailed', (request) => failed.push(request.url()));
		page.on('response', (response) => {
			if (response.status() >= 400 && response.request().resourceType() !== 'document')
				failed.push(`${response.status()} ${response.url()}`);
		});
		const response = await page.goto('/en/glossary/no/such/term/');
		expect(response?.status()).toBe(404);
		await expect(page.locator('html')).toHaveAttribute('lang', 'en');
		await expect(page.locator('h1')).toHaveText('Page not found');
		await expect(page.locator('section[lang="ar"][dir="rtl"] h2')).toHaveText('الصفحة غير موجودة');
		await page.waitForLoadState('networkidle');
		expect(failed).toEqual([]);
		// Styled: the stylesheet loaded from an absolute path.
		expect(await page.locator('main').evaluate((main) => getComputedStyle(main).display)).toBe(
			'grid',
		);
		await page
			.getByRole('navigation', { name: 'Sections' })
			.getByRole('link', { name: 'Glossary' })
			.click();
		await expect(page).toHaveURL(/\/en\/glossary\/$/);
	});

	test('anywhere else: the root 404 page, in both languages, the original first', async ({
		page,
	}) => {
		const response = await page.goto('/no/such/page');
		expect(response?.status()).toBe(404);
		await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
		await expect(page.locator('h1')).toHaveText('الصفحة غير موجودة');
		await page
			.getByRole('navigation', { name: 'Sections' })
			.getByRole('link', { name: 'Articles' })
			.click();
		await expect(page).toHaveURL(/\/en\/$/);
	});

	for (const path of notFoundPages) {
		test(`${path} has no accessibility violation, light and dark`, async ({ page }) => {
			await page.goto(path);
			expect(await axeViolationsInEachScheme(page)).toEqual(noViolations);
		});
	}
});
