import { expect, test } from '@playwright/test';
import { axeViolations, axeViolationsInEachScheme, noViolations as none } from './support/axe';

/** Pages in states the every-page sweep (every-page.spec.ts) does not reach. */
test.describe('accessibility (axe), light and dark', () => {
	test('a targeted paragraph has no violation', async ({ page }) => {
		await page.goto('/ar/peru-integration/#p4');
		expect(await axeViolationsInEachScheme(page)).toEqual(none);
	});

	// Grouped results with a named term first, one kind alone, and nothing found.
	for (const [locale, address, ready] of [
		['ar', '?q=الحكومه', '.search-results mark'],
		['en', '?q=Lima', '.search-results mark'],
		['ar', '?q=مجموعة ليما', '.search-answer'],
		['en', '?q=Lima%20Group', '.search-answer'],
		['ar', '?q=ليما&kind=note', '.search-kind-link[aria-current]'],
		['en', '?q=Lima&kind=event', '.search-kind-link[aria-current]'],
		['ar', '?q=zzqx', '.search-suggest-list'],
		['en', '?q=zzqx', '.search-suggest-list'],
	] as const) {
		test(`${locale}: search ${address} has no violation`, async ({ page }) => {
			await page.goto(`/${locale}/search/${address}`);
			await expect(page.locator(ready).first()).toBeVisible();
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
