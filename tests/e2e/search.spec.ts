import { expect, test, type Page } from '@playwright/test';

/** Runs a search by its address, as a shared link would, and waits for the count. */
async function search(page: Page, locale: 'ar' | 'en', query: string) {
	await page.goto(`/${locale}/search/?q=${encodeURIComponent(query)}`);
	await expect(page.locator('.search-result').first()).toBeVisible();
}

const resultLinks = (page: Page) =>
	page
		.locator('.search-answer-title a, .search-result-title a')
		.evaluateAll((links) => links.map((link) => link.getAttribute('href')));
const marks = (page: Page) => page.locator('.search-results mark').allInnerTexts();

/**
 * Real queries against the built index. Arabic queries are typed the way readers type: without
 * hamzas, with ه for ة, with ي for ى, or with full diacritics; each must find the place that has
 * the word as the article or our notes spell it, and show that spelling, not the folded one.
 */
const arabicQueries = [
	{ query: 'امريكا', why: 'no hamza on the alef', finds: '/ar/glossary/celac/', shows: 'أمريكا' },
	{ query: 'الحكومه', why: 'ه for ة', finds: '/ar/peru-integration/#p4', shows: 'الحكومة' },
	{
		query: 'الاخري',
		why: 'ي for ى, no hamza',
		finds: '/ar/peru-integration/#p10',
		shows: 'الأخرى',
	},
	// Pagefind's Arabic stemmer forgives ة/ه and ى/ي at the end of longer words by itself; in these
	// short ones only the site's folding (search/normalize-arabic.ts) does.
	{
		query: 'قمه',
		why: 'ه for ة in a short word',
		finds: '/ar/glossary/havana-summit-2014/',
		shows: 'قمة',
	},
	{
		query: 'حتي',
		why: 'ي for ى in a short word',
		finds: '/ar/glossary/hugo-chavez/',
		shows: 'حتى',
	},
	{ query: 'الشوون', why: 'و for ؤ', finds: '/ar/peru-integration/#p10', shows: 'الشؤون' },
	{ query: 'الرييس', why: 'ي for ئ', finds: '/ar/peru-integration/#p3', shows: 'رئيس' },
	{ query: 'الحُكُومَةُ', why: 'full diacritics', finds: '/ar/peru-integration/#p4', shows: 'الحكومة' },
	{
		query: 'تَحَوُّلًا',
		why: 'diacritics the text does not have',
		finds: '/ar/peru-integration/#p1',
		shows: 'تحولاً',
	},
	{ query: 'سيلاك', why: 'a glossary term', finds: '/ar/glossary/celac/', shows: 'سيلاك' },
	{
		query: 'اعلان ليما',
		why: 'a timeline event',
		finds: '/ar/timeline/#e-lima-declaration',
		shows: 'ليما',
	},
	{
		query: '١٨٠ درجه',
		why: 'Arabic-Indic digits, ه for ة',
		finds: '/ar/peru-integration/#note-turn-180',
		shows: '180',
	},
];

const englishQueries = [
	{ query: 'Lima Declaration', finds: '/en/timeline/#e-lima-declaration', shows: 'Lima' },
	{
		query: 'far-right governments',
		finds: '/en/peru-integration/#note-far-right',
		shows: 'governments',
	},
	{ query: 'bejar', finds: '/en/glossary/hector-bejar/', shows: 'Béjar' },
	{
		query: 'constitutional government',
		finds: '/en/peru-integration/#p4',
		shows: 'constitutional',
	},
];

test.describe('search', () => {
	for (const { query, why, finds, shows } of arabicQueries) {
		test(`ar: «${query}» (${why}) finds ${finds} and shows «${shows}»`, async ({ page }) => {
			await search(page, 'ar', query);
			expect(await resultLinks(page)).toContain(finds);
			expect(await marks(page)).toContain(shows);
		});
	}

	for (const { query, finds, shows } of englishQueries) {
		test(`en: “${query}” finds ${finds}`, async ({ page }) => {
			await search(page, 'en', query);
			expect(await resultLinks(page)).toContain(finds);
			expect(await marks(page)).toContain(shows);
		});
	}

	test('a note is found as the note, never again under the paragraph it annotates', async ({
		page,
	}) => {
		// "Norwegian" is only in a note on paragraph 10: the article page carries
		// the note's text, but the index takes paragraphs from the article's own words.
		await search(page, 'en', 'Norwegian');
		const links = await resultLinks(page);
		expect(links).toContain('/en/peru-integration/#note-begun-work');
		expect(links.filter((href) => /#p\d+$/.test(href ?? ''))).toEqual([]);
	});

	test('each language searches its own index only', async ({ page }) => {
		await search(page, 'ar', 'ليما');
		expect((await resultLinks(page)).every((href) => href?.startsWith('/ar/'))).toBe(true);
		await search(page, 'en', 'Lima');
		expect((await resultLinks(page)).every((href) => href?.startsWith('/en/'))).toBe(true);
	});

	test('ar: the page is right to left, the count is announced in Arabic plurals', async ({
		page,
	}) => {
		await search(page, 'ar', 'سيلاك');
		await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
		await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
		await expect(page.getByRole('status')).toHaveText(/^\d+ نتيجة عن «سيلاك»\.$/);
		await expect(page.getByRole('searchbox', { name: 'ابحث عن' })).toHaveValue('سيلاك');
		await expect(page.getByRole('navigation').getByRole('link', { name: 'البحث' })).toHaveAttribute(
			'aria-current',
			'page',
		);
	});

	test('en: the count is announced, with nothing found said as such', async ({ page }) => {
		await page.goto('/en/search/');
		await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
		await page.getByRole('searchbox', { name: 'Search for' }).fill('UNASUR');
		await expect(page.getByRole('status')).toHaveText(/^\d+ results for “UNASUR”\.$/);
		await page.getByRole('searchbox', { name: 'Search for' }).fill('zzzqx');
		await expect(page.getByRole('status')).toHaveText('No results for “zzzqx”.');
		await expect(page.locator('.search-result')).toHaveCount(0);
	});

	test('a result for a paragraph lands on that paragraph', async ({ page }) => {
		await search(page, 'ar', 'الشوون');
		await page.locator('.search-result-title a[href="/ar/peru-integration/#p10"]').click();
		await expect(page).toHaveURL(/\/ar\/peru-integration\/#p10$/);
		await expect(page.locator('#p10')).toBeInViewport();
		expect(await page.locator('#p10').evaluate((element) => element.matches(':target'))).toBe(true);
	});

	test('a result for a note lands on the note in the article, open', async ({ page }) => {
		await search(page, 'en', 'far-right governments');
		await page
			.locator('.search-result-title a[href="/en/peru-integration/#note-far-right"]')
			.click();
		await expect(page).toHaveURL(/\/en\/peru-integration\/#note-far-right$/);
		await expect(page.locator('#note-far-right')).toHaveAttribute('open', '');
		await expect(page.locator('#note-far-right')).toBeInViewport();
	});

	test('a name typed in the other script marks the text’s own spelling of it', async ({ page }) => {
		await search(page, 'ar', 'Castillo');
		expect(await marks(page)).toContain('كاستيو');
		await search(page, 'en', 'كاستيو');
		expect(await marks(page)).toContain('Castillo');
	});

	test('the count is announced once per search, not on every keystroke', async ({ page }) => {
		await page.goto('/en/search/');
		await page.evaluate(() => {
			const status = document.querySelector('[data-search-status]')!;
			const said: string[] = [];
			(window as unknown as { said: string[] }).said = said;
			new MutationObserver(() => said.push(status.textContent ?? '')).observe(status, {
				childList: true,
				characterData: true,
				subtree: true,
			});
		});
		await page.getByRole('searchbox').pressSequentially('Maduro', { delay: 30 });
		await expect(page.getByRole('status')).toHaveText(/^\d+ results for “Maduro”\.$/);
		await page.waitForTimeout(500);
		const said = await page.evaluate(() => (window as unknown as { said: string[] }).said);
		expect(said.filter((text) => /results? for/.test(text))).toHaveLength(1);
	});

	test('typing keeps the query in the address; the form works as GET', async ({ page }) => {
		await page.goto('/en/search/');
		await page.getByRole('searchbox').fill('Maduro');
		await expect(page.locator('.search-result').first()).toBeVisible();
		await expect(page).toHaveURL(/\/en\/search\/\?q=Maduro$/);
		await expect(page.locator('form[role="search"]')).toHaveAttribute('method', 'get');
		await expect(page.locator('form[role="search"]')).toHaveAttribute('action', '/en/search/');
	});

	test('Pagefind loads only once there is something to search for, from this site only', async ({
		page,
	}) => {
		const requests: string[] = [];
		const problems: string[] = [];
		page.on('request', (request) => requests.push(request.url()));
		page.on('console', (message) => {
			if (message.type() === 'error' || message.type() === 'warning') problems.push(message.text());
		});
		page.on('pageerror', (error) => problems.push(error.message));
		await page.goto('/ar/search/');
		await page.waitForLoadState('networkidle');
		expect(requests.filter((url) => url.includes('/pagefind/'))).toEqual([]);
		await page.getByRole('searchbox').fill('مادورو');
		await expect(page.locator('.search-result').first()).toBeVisible();
		expect(requests.some((url) => url.endsWith('/pagefind/pagefind.js'))).toBe(true);
		const origin = new URL(page.url()).origin;
		expect(
			requests.filter(
				(url) => !url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:'),
			),
		).toEqual([]);
		expect(problems).toEqual([]);
	});

	test('results come grouped by kind, each with its count, a named term first', async ({
		page,
	}) => {
		await search(page, 'en', 'Lima Group');
		await expect(page.locator('.search-answer-title a')).toHaveAttribute(
			'href',
			'/en/glossary/lima-group/',
		);
		const headings = await page.locator('.search-group-title').allInnerTexts();
		expect(headings.map((text) => text.replace(/ \(\d+\)$/, ''))).toEqual([
			'In the commentary',
			'Notes',
			'Glossary',
			'Timeline',
		]);
		const counts = headings.map((text) => Number(/\((\d+)\)$/.exec(text)?.[1]));
		const total = Number(/^(\d+) results/.exec(await page.getByRole('status').innerText())?.[1]);
		expect(counts.reduce((sum, n) => sum + n, 0)).toBe(total);
	});

	test('one kind alone: the choice is in the address, and "More results" adds the next ten', async ({
		page,
	}) => {
		await search(page, 'ar', 'بيرو');
		await page
			.locator('.search-filters')
			.getByRole('link', { name: /^الملاحظات/ })
			.click();
		await expect(page).toHaveURL(/\/ar\/search\/\?q=%D8%A8%D9%8A%D8%B1%D9%88&kind=note$/);
		await expect(page.locator('.search-filters [aria-current="true"]')).toHaveText(/^الملاحظات/);
		await expect(page.locator('.search-result')).toHaveCount(10);
		expect((await resultLinks(page)).every((href) => href?.includes('#note-'))).toBe(true);
		await page.getByRole('button', { name: 'مزيد من النتائج' }).click();
		await expect(page.locator('.search-result')).not.toHaveCount(10);
		await expect(page.locator('.search-result').nth(10).locator('a')).toBeFocused();
		// The filtered address, shared, opens filtered.
		await page.goto('/en/search/?q=Lima&kind=event');
		await expect(page.locator('.search-result').first()).toBeVisible();
		expect((await resultLinks(page)).every((href) => href?.startsWith('/en/timeline/#e-'))).toBe(
			true,
		);
	});

	test('nothing found: it says so, offers the nearest glossary names and the other language', async ({
		page,
	}) => {
		await page.goto('/en/search/?q=Madurro');
		await expect(page.getByRole('status')).toHaveText('No results for “Madurro”.');
		await expect(page.locator('.search-suggest-list a').first()).toHaveAttribute(
			'href',
			'/en/glossary/nicolas-maduro/',
		);
		await expect(page.locator('.search-other-language a')).toHaveAttribute(
			'href',
			'/ar/search/?q=Madurro',
		);
	});

	test('the result shows the Arabic exactly as published, Latin runs isolated', async ({
		page,
	}) => {
		await search(page, 'ar', 'تحولا');
		const p1 = page.locator(
			'.search-result:has(a[href="/ar/peru-integration/#p1"]) .search-result-excerpt',
		);
		await expect(p1).toContainText(
			'حققت حكومة بيرو الجديدة، برئاسة بيدرو كاستيو، تحولاً بمقدار 180 درجة',
		);
		await expect(p1.locator('span[dir="ltr"]', { hasText: '180' })).toHaveCount(1);
	});

	for (const locale of ['ar', 'en'] as const) {
		test(`${locale}: without JavaScript the page says search needs it and links to what it covers`, async ({
			browser,
		}) => {
			const context = await browser.newContext({ javaScriptEnabled: false });
			const page = await context.newPage();
			await page.goto(`/${locale}/search/?q=lima`);
			await expect(page.locator('.search-needs-js')).toBeVisible();
			await expect(page.locator('.search-needs-js')).toContainText(
				locale === 'ar' ? 'جافاسكربت' : 'JavaScript',
			);
			await expect(page.locator('form[role="search"]')).toBeHidden();
			const links = await page
				.locator('.search-needs-js a')
				.evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href')));
			expect(links).toEqual([`/${locale}/`, `/${locale}/glossary/`, `/${locale}/timeline/`]);
			await context.close();
		});
	}
});
