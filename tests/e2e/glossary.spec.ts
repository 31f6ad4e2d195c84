import { expect, test } from '@playwright/test';

test.describe('glossary', () => {
	test('the Arabic index is in dictionary order, ignoring the article, with a working letter bar', async ({
		page,
	}) => {
		await page.goto('/ar/glossary/');
		const names = await page.locator('.glossary-entry > a').allInnerTexts();
		expect(names.length).toBeGreaterThanOrEqual(20);
		const position = (name: string) => names.findIndex((candidate) => candidate.startsWith(name));
		// "الرئاسة المؤقتة" files under ر, after "خوان غوايدو" and before "منطقة سلام".
		expect(position('خوان غوايدو')).toBeLessThan(position('الرئاسة المؤقتة'));
		expect(position('الرئاسة المؤقتة')).toBeLessThan(position('منطقة سلام'));
		expect(position('التكامل الإقليمي')).toBeLessThan(position('خوان غوايدو'));
		const letters = page.getByRole('navigation', { name: 'انتقل إلى حرف' });
		await letters.getByRole('link', { name: 'م', exact: true }).click();
		await expect(page.getByRole('heading', { name: 'م', exact: true })).toBeInViewport();
	});

	test('the English index is alphabetical', async ({ page }) => {
		await page.goto('/en/glossary/');
		const names = await page.locator('.glossary-entry > a').allInnerTexts();
		const sorted = [...names].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' }));
		expect(names).toEqual(sorted);
	});

	test('a term page has its definition, spellings, dates, mentions, sources and twin', async ({
		page,
	}) => {
		await page.goto('/en/glossary/pedro-castillo/');
		await expect(page.locator('h1')).toHaveText('Pedro Castillo');
		await expect(page.locator('.spellings dd[lang="ar"]').first()).toHaveAttribute('dir', 'rtl');
		await expect(page.locator('.term-dates time').first()).toHaveAttribute('datetime', /^\d{4}/);
		const mentions = page.locator('.term-mentions li');
		await expect(mentions).toHaveCount(2);
		await expect(mentions.first().locator('a')).toHaveAttribute('href', '/en/peru-integration/#p1');
		await expect(mentions.first().locator('blockquote')).toContainText('Pedro Castillo');
		await expect(page.locator('.sources a.source-title').first()).toHaveAttribute(
			'href',
			/^https?:\/\//,
		);
		await page.getByRole('link', { name: 'بيدرو كاستيو' }).click();
		await expect(page).toHaveURL(/\/ar\/glossary\/pedro-castillo\/$/);
	});

	test('following a mention lands on the paragraph', async ({ page }) => {
		await page.goto('/ar/glossary/juan-guaido/');
		await page.locator('.term-mentions a').first().click();
		await expect(page).toHaveURL(/\/ar\/peru-integration\/#p3$/);
		await expect(page.locator('#p3')).toBeInViewport();
	});
});
