import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { contentPages } from './pages';

/** WCAG 2.2 A and AA, plus axe's best practices: the same tags Starlight's CI uses. */
const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

async function violations(page: Page): Promise<string[]> {
	const results = await new AxeBuilder({ page }).withTags(tags).analyze();
	return results.violations.map(
		({ id, help, nodes }) =>
			`${id}: ${help} (${nodes.map(({ target }) => target.join(' ')).join(', ')})`,
	);
}

const schemes = ['light', 'dark'] as const;

/** Runs axe in each colour scheme on the page as it stands; returns the violations per scheme. */
async function violationsInEachScheme(page: Page): Promise<Record<string, string[]>> {
	const found: Record<string, string[]> = {};
	for (const colorScheme of schemes) {
		await page.emulateMedia({ colorScheme });
		found[colorScheme] = await violations(page);
	}
	return found;
}

const none = { light: [], dark: [] };

test.describe('accessibility (axe), light and dark', () => {
	for (const path of contentPages) {
		test(`${path} has no violation`, async ({ page }) => {
			await page.goto(path);
			expect(await violationsInEachScheme(page)).toEqual(none);
		});
	}

	test('a targeted paragraph has no violation', async ({ page }) => {
		await page.goto('/ar/peru-integration/#p4');
		expect(await violationsInEachScheme(page)).toEqual(none);
	});

	for (const [locale, query] of [
		['ar', 'الحكومه'],
		['en', 'Lima'],
	] as const) {
		test(`${locale}: search results have no violation`, async ({ page }) => {
			await page.goto(`/${locale}/search/?q=${encodeURIComponent(query)}`);
			await expect(page.locator('.search-results mark').first()).toBeVisible();
			expect(await violationsInEachScheme(page)).toEqual(none);
		});
	}

	test('the root page has no violation', async ({ page }) => {
		// Hold the reader on /: with its script blocked (and JavaScript on, so <noscript> is
		// inert) nothing forwards them to a language.
		await page.route('**/*.js', (route) => route.abort());
		await page.goto('/');
		expect(await violationsInEachScheme(page)).toEqual(none);
	});
});

test('axe catches a deliberately inaccessible page', async ({ page }) => {
	await page.setContent(
		'<html><body><img src="x.png"><a href="#"></a><p style="color:#eee;background:#fff">low</p></body></html>',
	);
	const found = (await violations(page)).map((line) => line.split(':')[0]);
	expect(found).toEqual(
		expect.arrayContaining(['html-has-lang', 'image-alt', 'link-name', 'color-contrast']),
	);
});
