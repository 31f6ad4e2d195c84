import { expect, test } from '@playwright/test';
import { rankingTable } from './search-ranking';

/**
 * The ranking table (search-ranking.ts) against the built index, in the browser: each query must
 * put its place where the table says, as a reader would see the results.
 */
test.describe('search ranking', () => {
	for (const { locale, query, why, answer, first, top3 } of rankingTable) {
		const expected = answer ?? first ?? top3!;
		test(`${locale}: «${query}» (${why}) → ${answer ? 'answer' : first ? 'first' : 'top 3'} ${expected}`, async ({
			page,
		}) => {
			await page.goto(`/${locale}/search/?q=${encodeURIComponent(query)}`);
			await expect(page.locator('[data-search-status]')).not.toBeEmpty();
			await expect(page.locator('.search-group').first()).toBeVisible();
			const href = `/${locale}/${expected}`;
			if (answer) {
				await expect(page.locator('.search-answer-title a')).toHaveAttribute('href', href);
				return;
			}
			const group = page
				.locator('.search-group')
				.filter({ has: page.locator(`a[href="${href}"]`) });
			await expect(group).toHaveCount(1);
			const links = await group
				.locator('.search-result-title a')
				.evaluateAll((all) => all.map((link) => link.getAttribute('href')));
			const at = links.indexOf(href);
			expect(at, `${href} in ${links.join(', ')}`).toBeGreaterThanOrEqual(0);
			expect(at, `${href} in ${links.join(', ')}`).toBeLessThan(first ? 1 : 3);
		});
	}
});
