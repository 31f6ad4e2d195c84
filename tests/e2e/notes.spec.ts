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
		await expect(sources.first().locator('a.source-title')).toHaveAttribute('href', /^https?:\/\//);
		await expect(sources.first().locator('a.source-title')).toHaveAttribute('lang', /^[a-z]{2}/);
		await page.getByRole('link', { name: 'اعرضها في المقال' }).click();
		await expect(page).toHaveURL(/\/ar\/peru-integration\/#note-turn-180$/);
		await expect(page.locator('#note-turn-180')).toHaveAttribute('open', '');
	});

	test('state and partisan sources are labelled as such, state media with their state', async ({
		page,
	}) => {
		await page.goto('/en/notes/media-lineage/');
		await expect(page.locator('.source-kind--state').first()).toHaveText('state media (Cuba)');
		await expect(page.locator('.source-kind--partisan').first()).toHaveText('partisan outlet');
		await page.goto('/ar/notes/media-lineage/');
		await expect(page.locator('.source-kind--state').first()).toHaveText('إعلام حكومي (كوبا)');
	});

	test('each source links to its archived copies and its kind to what the kind means', async ({
		page,
	}) => {
		await page.goto('/en/notes/unasur-request/');
		const first = page.locator('.sources li').first();
		await expect(first.locator('.source-archive')).toHaveAttribute(
			'href',
			'https://web.archive.org/web/*/https://www.theweekendleader.com/Headlines/65050/perus-new-govt-unveils-prointegration-foreign-policy.html',
		);
		await expect(first).toContainText('IANS/Xinhua (via The Weekend Leader)');
		await first.locator('.source-kind').click();
		await expect(page).toHaveURL(/\/en\/method\/#source-state$/);
	});
});
