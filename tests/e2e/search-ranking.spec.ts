import { expect, test } from '@playwright/test';
import { rankingTable } from './search-ranking';

/**
 * The ranking table (search-ranking.ts) against the built index, in the browser: each query must
 * put its place where the table says, as a reader would see the results. One search page per
 * language takes every query in turn, typed as a reader types them (opening the page for each
 * query loaded Pagefind 39 times: 46 s of the suite, against 8 here); a step per query, each
 * checked softly, so one run lists every query that fails. The `?q=` address is tested in
 * search.spec.ts.
 */
for (const locale of ['ar', 'en'] as const) {
	test(`search ranking in ${locale}: every query of the table puts its place where it says`, async ({
		page,
	}) => {
		await page.goto(`/${locale}/search/`);
		const input = page.locator('form[data-search] input[type="search"]');
		const status = page.locator('[data-search-status]');
		for (const { query, why, answer, first, top3 } of rankingTable.filter(
			(row) => row.locale === locale,
		)) {
			const expected = answer ?? first ?? top3!;
			const href = `/${locale}/${expected}`;
			await test.step(`«${query}» (${why}) → ${answer ? 'answer' : first ? 'first' : 'top 3'} ${expected}`, async () => {
				// Emptied first, so that the status that comes next can only be this query's.
				await input.fill('');
				await expect(status).toBeEmpty();
				await input.fill(query);
				await expect(status).toContainText(query);
				if (answer) {
					await expect
						.soft(page.locator('.search-answer-title a'), `«${query}»`)
						.toHaveAttribute('href', href);
					return;
				}
				const links = await page
					.locator('.search-group')
					.filter({ has: page.locator(`a[href="${href}"]`) })
					.locator('.search-result-title a')
					.evaluateAll((all) => all.map((link) => link.getAttribute('href')));
				const at = links.indexOf(href);
				expect.soft(at, `«${query}»: ${href} in ${links.join(', ')}`).toBeGreaterThanOrEqual(0);
				expect.soft(at, `«${query}»: ${href} in ${links.join(', ')}`).toBeLessThan(first ? 1 : 3);
			});
		}
	});
}
