import { expect, test } from '@playwright/test';

test.describe('the root page', () => {
	test('root page opens the original with JavaScript off', async ({ browser }) => {
		const context = await browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto('/');
		await expect(page).toHaveURL(/\/ar\/$/);
		await context.close();
	});
});

test.describe('fonts', () => {
	test('the English page does not download the Arabic face', async ({ page }) => {
		const fonts: string[] = [];
		page.on('response', (response) => {
			if (response.request().resourceType() === 'font') fonts.push(response.url());
		});
		await page.goto('/en/peru-integration/');
		await page.evaluate(() => document.fonts.ready);
		await page.waitForLoadState('networkidle');
		const faces = await page.evaluate(() =>
			[...document.fonts].filter((face) => face.status === 'loaded').map((face) => face.family),
		);
		expect(faces.some((family) => family.includes('Naskh'))).toBe(false);
		expect(faces.some((family) => family.includes('Source Serif'))).toBe(true);
		expect(fonts).toHaveLength(1);
	});

	test('the Arabic page renders its text in the Arabic face', async ({ page }) => {
		await page.goto('/ar/peru-integration/');
		await page.evaluate(() => document.fonts.ready);
		const loaded = await page.evaluate(() =>
			[...document.fonts].filter((face) => face.status === 'loaded').map((face) => face.family),
		);
		expect(loaded.some((family) => family.includes('Naskh'))).toBe(true);
		const style = await page.locator('#p1').evaluate((element) => {
			const computed = getComputedStyle(element);
			return {
				letterSpacing: computed.letterSpacing,
				fontStyle: computed.fontStyle,
				lineHeight: Number.parseFloat(computed.lineHeight) / Number.parseFloat(computed.fontSize),
			};
		});
		expect(['normal', '0px']).toContain(style.letterSpacing);
		expect(style.fontStyle).toBe('normal');
		expect(style.lineHeight).toBeGreaterThanOrEqual(1.8);
	});
});

test.describe('colour scheme', () => {
	for (const [colorScheme, dark] of [
		['light', false],
		['dark', true],
	] as const) {
		test(`follows a reader who prefers ${colorScheme}`, async ({ browser }) => {
			const context = await browser.newContext({ colorScheme });
			const page = await context.newPage();
			await page.goto('/en/peru-integration/');
			const luminance = await page.evaluate(() => {
				const [r = 0, g = 0, b = 0] = getComputedStyle(document.body)
					.backgroundColor.match(/\d+/g)!
					.map(Number);
				return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
			});
			expect(luminance < 0.5).toBe(dark);
			await context.close();
		});
	}
});

test.describe('keyboard and motion', () => {
	test('the first Tab reaches a skip link that moves focus to the content', async ({ page }) => {
		await page.goto('/ar/peru-integration/');
		await page.keyboard.press('Tab');
		const skip = page.getByRole('link', { name: 'انتقل إلى المحتوى' });
		await expect(skip).toBeFocused();
		await expect(skip).toBeInViewport();
		await page.keyboard.press('Enter');
		await expect(page.locator('main')).toBeFocused();
	});

	test('a targeted paragraph does not animate for readers who ask for reduced motion', async ({
		browser,
	}) => {
		for (const [reducedMotion, animated] of [
			['no-preference', true],
			['reduce', false],
		] as const) {
			const context = await browser.newContext({ reducedMotion });
			const page = await context.newPage();
			await page.goto('/en/peru-integration/#p4');
			const animation = await page
				.locator('#p4')
				.evaluate((element) => getComputedStyle(element).animationName);
			expect(animation !== 'none', reducedMotion).toBe(animated);
			await context.close();
		}
	});
});
