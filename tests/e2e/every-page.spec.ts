import { expect, test as base, type Page } from '@playwright/test';
import { axeViolations } from './support/axe';
import { contentPages } from './support/pages';
import { watchPage } from './support/page-problems';

/**
 * Every page a reader stays on, visited once with JavaScript and once without: the page-wide
 * promises, checked on each of the ~120 pages (most of them notes and terms from two templates)
 * without loading any of them more than twice. The deep behaviour of each template is tested once
 * per locale in its own spec.
 *
 * Each worker keeps one browser tab of each kind and goes from page to page in it, as a reader
 * does (a new context and tab per page cost 0.2 s of the 0.5 s a visit without JavaScript takes).
 * The sweep changes no setting, so no page inherits state from the one before.
 */
const phone = { width: 320, height: 640 };
const desktop = { width: 1280, height: 720 };

const test = base.extend<object, { withScripts: Page; withoutScripts: Page }>({
	withScripts: [
		async ({ browser }, use, { project }) => {
			const context = await browser.newContext({ baseURL: project.use.baseURL! });
			await use(await context.newPage());
			await context.close();
		},
		{ scope: 'worker' },
	],
	withoutScripts: [
		async ({ browser }, use, { project }) => {
			const context = await browser.newContext({
				baseURL: project.use.baseURL!,
				javaScriptEnabled: false,
			});
			await use(await context.newPage());
			await context.close();
		},
		{ scope: 'worker' },
	],
});

test.describe('every page', () => {
	for (const path of contentPages) {
		test(path, async ({ withScripts: page, withoutScripts, baseURL }) => {
			await test.step('with JavaScript: no error, nothing from another origin, fits 320 px, no axe violation in light (phone) or dark (desktop)', async () => {
				await page.setViewportSize(phone);
				await page.emulateMedia({ colorScheme: 'light' });
				const watch = watchPage(page, new URL(baseURL!).origin);
				try {
					await page.goto(path);
					await page.evaluate(() => document.fonts.ready);
					await watch.settled();
					expect(watch.problems).toEqual([]);
					const overflow = await page.evaluate(
						() => document.documentElement.scrollWidth - document.documentElement.clientWidth,
					);
					expect(overflow, 'wider than a 320 px screen').toBeLessThanOrEqual(0);
					expect(await axeViolations(page), 'light, 320 px').toEqual([]);
					await page.setViewportSize(desktop);
					await page.emulateMedia({ colorScheme: 'dark' });
					expect(await axeViolations(page), 'dark, 1280 px').toEqual([]);
					expect(watch.problems).toEqual([]);
				} finally {
					watch.stop();
				}
			});

			await test.step('without JavaScript: the text is there, and the language switch is a plain link', async () => {
				const page = withoutScripts;
				await page.goto(path);
				await expect(page.locator('h1')).toBeVisible();
				expect((await page.locator('main').innerText()).length).toBeGreaterThan(200);
				if (/^\/(ar|en)\/peru-integration\/$/.test(path))
					await expect(page.locator('p[data-paragraph]')).toHaveCount(10);
				// To the top of the same page in the other language.
				const href = await page.locator('a[data-language-switch]').getAttribute('href');
				expect(href).toBe(
					path.replace(
						/^\/(ar|en)\//,
						(_match, code: string) => `/${code === 'ar' ? 'en' : 'ar'}/`,
					),
				);
			});
		});
	}
});
