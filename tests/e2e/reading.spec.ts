import { expect, test, type Page } from '@playwright/test';
import { layoutShiftOnceSettled, recordLayoutShifts } from './support/layout-shift';

const ids = Array.from({ length: 10 }, (_, i) => `p${i + 1}`);

/** Each row's Arabic and English boxes. */
async function rowBoxes(page: Page) {
	return Promise.all(
		ids.map(async (id) => {
			const ar = await page.locator(`#${id} > p[lang="ar"]`).boundingBox();
			const en = await page.locator(`#${id} > p[lang="en"]`).boundingBox();
			return { id, ar: ar!, en: en! };
		}),
	);
}

test.describe('side-by-side view', () => {
	for (const locale of ['ar', 'en'] as const) {
		test(`${locale}: aligned row by row at 1280 px, Arabic on the right`, async ({ browser }) => {
			const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
			await page.goto(`/${locale}/peru-integration/parallel/`);
			await expect(page.locator('html')).toHaveAttribute('dir', locale === 'ar' ? 'rtl' : 'ltr');
			const rows = await rowBoxes(page);
			expect(rows).toHaveLength(10);
			for (const { ar, en } of rows) {
				expect(Math.abs(ar.y - en.y)).toBeLessThan(1);
				expect(ar.x).toBeGreaterThan(en.x + en.width - 1);
			}
			for (let i = 1; i < rows.length; i += 1) {
				const previousBottom = Math.max(
					rows[i - 1]!.ar.y + rows[i - 1]!.ar.height,
					rows[i - 1]!.en.y + rows[i - 1]!.en.height,
				);
				expect(Math.min(rows[i]!.ar.y, rows[i]!.en.y)).toBeGreaterThan(previousBottom);
			}
			await page.close();
		});

		test(`${locale}: at 390 px each Arabic paragraph is followed by its English one`, async ({
			browser,
		}) => {
			const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
			await page.goto(`/${locale}/peru-integration/parallel/`);
			const rows = await rowBoxes(page);
			let bottom = 0;
			for (const { ar, en } of rows) {
				expect(ar.y).toBeGreaterThan(bottom);
				expect(en.y).toBeGreaterThanOrEqual(ar.y + ar.height);
				bottom = en.y + en.height;
			}
			await page.close();
		});
	}

	test('each side keeps its own lang and dir, and the Arabic is verbatim', async ({ page }) => {
		await page.goto('/en/peru-integration/parallel/');
		const arabic = page.locator('#p1 > p[lang="ar"]');
		await expect(arabic).toHaveAttribute('dir', 'rtl');
		await expect(page.locator('#p1 > p[lang="en"]')).toHaveAttribute('dir', 'ltr');
		const received = (await import('node:fs'))
			.readFileSync('content/articles/peru-integration/original.txt', 'utf8')
			.split('\n');
		expect(await page.locator('.parallel-row > p[lang="ar"]').allTextContents()).toEqual(received);
	});

	test('#p4 opens on paragraph 4, and hovering a paragraph lights up its counterpart', async ({
		page,
	}) => {
		await page.goto('/ar/peru-integration/parallel/#p4');
		await expect(page.locator('#p4')).toBeInViewport();
		const english = page.locator('#p5 > p[lang="en"]');
		const before = await english.evaluate((element) => getComputedStyle(element).backgroundColor);
		await page.locator('#p5 > p[lang="ar"]').hover();
		await expect(english).not.toHaveCSS('background-color', before);
	});
});

test.describe('translation in place', () => {
	test('a paragraph shows its translation under it and hides it again, from the keyboard', async ({
		page,
	}) => {
		await page.goto('/ar/peru-integration/');
		const toggle = page.getByRole('button', { name: 'اعرض الترجمة الإنجليزية للفقرة 4' });
		await toggle.focus();
		await expect(toggle).toHaveAttribute('aria-expanded', 'false');
		await page.keyboard.press('Enter');
		const panel = page.locator('#p4-translation');
		const translation = panel.locator('p[lang="en"][dir="ltr"]');
		await expect(translation).toContainText('The decision of the Peruvian authorities');
		await expect(
			page.getByRole('button', { name: 'أخفِ الترجمة الإنجليزية للفقرة 4' }),
		).toHaveAttribute('aria-expanded', 'true');
		await page.keyboard.press('Space');
		await expect(panel).toBeHidden();
		await expect(page).toHaveURL(/\/ar\/peru-integration\/$/);
	});

	test('the English page shows the Arabic original, verbatim, right to left', async ({ page }) => {
		await page.goto('/en/peru-integration/');
		await page
			.getByRole('button', { name: 'Show the Arabic original of paragraph 1', exact: true })
			.click();
		const original = page.locator('#p1-translation p[lang="ar"]');
		await expect(original).toHaveAttribute('dir', 'rtl');
		const received = (await import('node:fs'))
			.readFileSync('content/articles/peru-integration/original.txt', 'utf8')
			.split('\n');
		await expect(original).toHaveText(received[0]!);
	});
});

test.describe('reader preferences', () => {
	/** Records, as the page is parsed, what <html> says when <body> first appears. */
	async function watchFirstPaint(page: Page) {
		await page.addInitScript(() => {
			new MutationObserver((_records, observer) => {
				if (!document.body) return;
				const root = document.documentElement;
				(window as unknown as { atBody: unknown }).atBody = {
					theme: root.dataset['theme'],
					size: root.dataset['textSize'],
					hidden: root.dataset['hiddenLayers'],
				};
				observer.disconnect();
			}).observe(document, { childList: true, subtree: true });
		});
	}

	test('theme and text size are chosen from the keyboard, kept across visits, and applied before the first paint', async ({
		page,
	}) => {
		await page.emulateMedia({ colorScheme: 'light' });
		await page.goto('/en/peru-integration/');
		const settings = page.locator('.reading-settings summary');
		await settings.focus();
		await page.keyboard.press('Enter');
		await page.getByRole('radio', { name: 'Dark' }).check();
		await page.getByRole('radio', { name: 'Larger' }).check();
		await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
		await page.keyboard.press('Escape');
		await expect(settings).toBeFocused();

		await watchFirstPaint(page);
		await page.goto('/ar/glossary/');
		expect(await page.evaluate(() => (window as unknown as { atBody: unknown }).atBody)).toEqual({
			theme: 'dark',
			size: 'larger',
			hidden: undefined,
		});
		await expect(page.locator('html')).toHaveCSS('font-size', '20px');
		const paper = await page
			.locator('body')
			.evaluate((body) => getComputedStyle(body).backgroundColor);
		expect(paper).toBe('rgb(21, 20, 15)');
		// Labelled in the page's language.
		await page.locator('.reading-settings summary').click();
		await expect(page.getByRole('radio', { name: 'داكن' })).toBeChecked();
	});

	test('hidden annotation layers stay hidden on the next visit, with no layout shift', async ({
		page,
	}) => {
		await page.goto('/en/peru-integration/');
		await page.getByRole('checkbox', { name: /Context/ }).uncheck();
		await watchFirstPaint(page);
		await recordLayoutShifts(page);
		await page.goto('/en/peru-integration/');
		expect(
			await page.evaluate(
				() => (window as unknown as { atBody: { hidden: string } }).atBody.hidden,
			),
		).toBe('context');
		await expect(page.locator('.note[data-kind="context"]').first()).toBeHidden();
		await expect(page.getByRole('checkbox', { name: /Context/ })).not.toBeChecked();
		expect(await layoutShiftOnceSettled(page)).toBe(0);
	});

	for (const locale of ['ar', 'en'] as const) {
		test(`${locale}: the open settings panel fits a 320 px screen`, async ({ browser }) => {
			const page = await browser.newPage({ viewport: { width: 320, height: 640 } });
			await page.goto(`/${locale}/peru-integration/`);
			await page.locator('.reading-settings summary').click();
			const panel = await page.locator('.reading-settings-panel').boundingBox();
			expect(panel!.x).toBeGreaterThanOrEqual(0);
			expect(panel!.x + panel!.width).toBeLessThanOrEqual(320);
			await page.close();
		});
	}

	test('without JavaScript there are no dead settings', async ({ browser }) => {
		const context = await browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto('/en/peru-integration/');
		await expect(page.locator('.reading-settings')).toBeHidden();
		await expect(page.locator('.translation-toggle')).toHaveCount(0);
		await context.close();
	});
});

test.describe('print', () => {
	test('prints a clean article: no controls, notes as numbered footnotes, link addresses', async ({
		page,
	}) => {
		await page.goto('/en/peru-integration/');
		await page.emulateMedia({ media: 'print' });
		for (const control of [
			'.site-header',
			'.annotation-controls',
			'.translation-toggle',
			'.paragraph-link',
			'.timeline-compact',
			'.reading-settings',
		]) {
			await expect(page.locator(control).first()).toBeHidden();
		}
		await expect(page.locator('h1')).toBeVisible();
		const firstNote = page.locator('.note').first();
		expect(
			await firstNote
				.locator('summary')
				.evaluate((summary) => getComputedStyle(summary, '::before').content),
		).toBe('counter(footnote) ". "');
		await expect(firstNote.locator('.note-body')).toBeVisible();
		const marker = await page
			.locator('a.annotation[data-kind="fact-check"]')
			.first()
			.evaluate((link) => getComputedStyle(link, '::after').content);
		expect(marker).toBe('counter(note-anchor)');
		const source = page.locator('.provenance a[href^="http"]');
		const url = await source.evaluate((link) => getComputedStyle(link, '::after').content);
		expect(url).toContain(`(${await source.getAttribute('href')})`);
		const pdf = await page.pdf({ format: 'A4' });
		expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
	});
});
