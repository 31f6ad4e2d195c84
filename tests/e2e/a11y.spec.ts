import { expect, test } from '@playwright/test';
import { axeViolations, axeViolationsInEachScheme, noViolations as none } from './support/axe';

/** Pages in states the every-page sweep (every-page.spec.ts) does not reach. */
test.describe('accessibility (axe), light and dark', () => {
	test('a targeted paragraph has no violation', async ({ page }) => {
		await page.goto('/ar/peru-integration/#p4');
		expect(await axeViolationsInEachScheme(page)).toEqual(none);
	});

	for (const [locale, query] of [
		['ar', 'الحكومه'],
		['en', 'Lima'],
	] as const) {
		test(`${locale}: search results have no violation`, async ({ page }) => {
			await page.goto(`/${locale}/search/?q=${encodeURIComponent(query)}`);
			await expect(page.locator('.search-results mark').first()).toBeVisible();
			expect(await axeViolationsInEachScheme(page)).toEqual(none);
		});
	}

	test('the root page has no violation', async ({ page }) => {
		// Hold the reader on /: with its script blocked (and JavaScript on, so <noscript> is
		// inert) nothing forwards them to a language.
		await page.route('**/*.js', (route) => route.abort());
		await page.goto('/');
		expect(await axeViolationsInEachScheme(page)).toEqual(none);
	});
});

test('axe catches a deliberately inaccessible page', async ({ page }) => {
	await page.setContent(
		'<html><body><img src="x.png"><a href="#"></a><p style="color:#eee;background:#fff">low</p></body></html>',
	);
	const found = (await axeViolations(page)).map((line) => line.split(':')[0]);
	expect(found).toEqual(
		expect.arrayContaining(['html-has-lang', 'image-alt', 'link-name', 'color-contrast']),
	);
});
