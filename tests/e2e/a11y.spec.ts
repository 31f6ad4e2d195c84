import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { contentPages } from './pages';

/** WCAG 2.2 A and AA, plus axe's best practices: the same tags Starlight's CI uses. */
const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

async function violations(page: Page): Promise<string[]> {
	const results = await new AxeBuilder({ page }).withTags(tags).analyze();
	return results.violations.map(
		({ id, help, nodes }) => `${id}: ${help} (${nodes.map(({ target }) => target.join(' ')).join(', ')})`,
	);
}

for (const colorScheme of ['light', 'dark'] as const) {
	test.describe(`accessibility (axe), ${colorScheme} mode`, () => {
		test.use({ colorScheme });

		for (const path of contentPages) {
			test(`${path} has no violation`, async ({ page }) => {
				await page.goto(path);
				expect(await violations(page)).toEqual([]);
			});
		}

		test('a targeted paragraph has no violation', async ({ page }) => {
			await page.goto('/ar/#p4');
			expect(await violations(page)).toEqual([]);
		});

		test('the root page has no violation', async ({ page }) => {
			// Hold the reader on /: with its script blocked (and JavaScript on, so <noscript> is
			// inert) nothing forwards them to a language.
			await page.route('**/*.js', (route) => route.abort());
			await page.goto('/');
			expect(await violations(page)).toEqual([]);
		});
	});
}

test('axe catches a deliberately inaccessible page', async ({ page }) => {
	await page.setContent('<html><body><img src="x.png"><a href="#"></a><p style="color:#eee;background:#fff">low</p></body></html>');
	const found = (await violations(page)).map((line) => line.split(':')[0]);
	expect(found).toEqual(expect.arrayContaining(['html-has-lang', 'image-alt', 'link-name', 'color-contrast']));
});
