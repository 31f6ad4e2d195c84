import { expect, test } from '@playwright/test';

test.describe('note pages', () => {
	test('a note page shows the quoted words, the analysis, every source, and the way back', async ({
		page,
	}) => {
		await page.goto('/ar/notes/turn-180/');
		await expect(page.locator('h1')).toContainText('180');
		await expect(page.locator('.note-quote blockquote')).toHaveText('تحولاً بمقدار 180 درجة');
		await expect(page.locator('.verdict')).toContainText('يحتاج إلى سياق');
		const sources = page.locator('.sources li');
		expect(await sources.count()).toBeGreaterThanOrEqual(1);
		await expect(sources.first().locator('a')).toHaveAttribute('href', /^https?:\/\//);
		await expect(sources.first().locator('a')).toHaveAttribute('lang', /^[a-z]{2}/);
		await page.getByRole('link', { name: 'اعرضها في المقال' }).click();
		await expect(page).toHaveURL(/\/ar\/peru-integration\/#note-turn-180$/);
		await expect(page.locator('#note-turn-180')).toHaveAttribute('open', '');
	});

	test('state and partisan sources are labelled as such', async ({ page }) => {
		await page.goto('/en/notes/media-lineage/');
		await expect(page.locator('.source-kind--state').first()).toHaveText('state media');
	});
});
