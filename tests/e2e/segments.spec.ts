import { readFileSync } from 'node:fs';
import { loadImage } from '@napi-rs/canvas';
import { chromium, expect, test, type Page } from '@playwright/test';
import { chromiumArgs, resolveChromium } from '../support/chromium';
import { selectWords as select } from '../support/select-words';
import { axeViolations } from './support/axe';

const article = '/ar/peru-integration/';
const english = '/en/peru-integration/';
/** Paragraph 3 as received: the site must quote it verbatim. */
const received3 = readFileSync('content/articles/peru-integration/original.txt', 'utf8').split(
	'\n',
)[2]!;

async function clipboard(page: Page) {
	return page.evaluate(() => navigator.clipboard.readText());
}

/** The share of pixels in the element's box painted in the segment highlight colour. */
async function highlightedShare(page: Page, selector: string): Promise<number> {
	const box = (await page.locator(selector).first().boundingBox())!;
	const png = await page.screenshot({ clip: box });
	const image = await loadImage(png);
	const { createCanvas } = await import('@napi-rs/canvas');
	const canvas = createCanvas(image.width, image.height);
	const context = canvas.getContext('2d');
	context.drawImage(image, 0, 0);
	const { data } = context.getImageData(0, 0, image.width, image.height);
	let lit = 0;
	for (let i = 0; i < data.length; i += 4) {
		// --color-highlight-strong in light mode: #f3d98a.
		if (
			Math.abs(data[i]! - 0xf3) < 8 &&
			Math.abs(data[i + 1]! - 0xd9) < 8 &&
			Math.abs(data[i + 2]! - 0x8a) < 8
		)
			lit += 1;
	}
	return lit / (data.length / 4);
}

test.describe('segments', () => {
	for (const path of [article, english]) {
		test(`${path}#p6-s2 targets and highlights the segment, and the language switch keeps it`, async ({
			page,
		}) => {
			await page.goto(`${path}#p6-s2`);
			const segment = page.locator('#p6-s2');
			await expect(segment).toBeInViewport();
			expect(await page.evaluate(() => document.querySelector(':target')?.id)).toBe('p6-s2');
			await expect(segment).not.toHaveCSS('background-color', 'rgba(0, 0, 0, 0)');
			await expect(page.locator('#p6-s1')).toHaveCSS('background-color', 'rgba(0, 0, 0, 0)');
			await page.locator('a[data-language-switch]').first().click();
			await expect(page).toHaveURL(/\/(ar|en)\/peru-integration\/#p6-s2$/);
			expect(await page.evaluate(() => document.querySelector(':target')?.id)).toBe('p6-s2');
		});
	}

	test('without JavaScript, a segment address still targets it', async ({ browser }) => {
		const context = await browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto(`${article}#p8-s2`);
		await expect(page.locator('#p8-s2')).toBeInViewport();
		expect(await page.evaluate(() => document.querySelector(':target')?.id)).toBe('p8-s2');
		await context.close();
	});

	test('side by side, pointing at a segment or focusing its number lights its counterpart', async ({
		page,
	}) => {
		await page.goto('/en/peru-integration/parallel/');
		await page.locator('#p3-s3').hover();
		await expect(page.locator('[data-lit]')).toHaveCount(2);
		await expect(page.locator('p[lang="ar"] [data-s="p3-s3"]')).toHaveAttribute('data-lit', '');
		await page.mouse.move(0, 0);
		await expect(page.locator('[data-lit]')).toHaveCount(0);
		await page.getByRole('link', { name: 'Link to segment 2 of paragraph 5' }).focus();
		await expect(page.locator('p[lang="ar"] [data-s="p5-s2"]')).toHaveAttribute('data-lit', '');
		await expect(page.locator('[data-s="p3-s3"][data-lit]')).toHaveCount(0);
		await page.keyboard.press('Enter');
		await expect(page).toHaveURL(/#p5-s2$/);
	});

	test('on the article, a segment lights only while its translation is open beside it', async ({
		page,
	}) => {
		await page.goto(english);
		await page.locator('#p6-s2').hover();
		await expect(page.locator('[data-lit]')).toHaveCount(0);
	});

	test('the in-place translation shows one segment, by keyboard, with the Arabic verbatim', async ({
		page,
	}) => {
		await page.goto(english);
		await page.getByRole('button', { name: 'Show the Arabic original of paragraph 3' }).focus();
		await page.keyboard.press('Enter');
		const part = page.getByRole('group', { name: 'Show the Arabic original of' });
		await part.getByRole('button', { name: 'segment 2', exact: true }).focus();
		await page.keyboard.press('Enter');
		const shown = page.locator('#p3-translation [data-s]:visible');
		await expect(shown).toHaveCount(1);
		const text = await shown.innerText();
		expect(received3).toContain(text);
		expect(text.startsWith('التي دعمت')).toBe(true);
		await expect(page.locator('#p3-s2')).toHaveAttribute('data-chosen', '');
		await expect(part.getByRole('button', { name: 'segment 2', exact: true })).toHaveAttribute(
			'aria-pressed',
			'true',
		);
		// Pointing at the English segment lights the Arabic one in the panel.
		await page.locator('#p3-s2').hover();
		await expect(page.locator('#p3-translation [data-s="p3-s2"]')).toHaveAttribute('data-lit', '');
	});

	test('a chosen segment is shared by its own share page', async ({ page, context }) => {
		await context.grantPermissions(['clipboard-read', 'clipboard-write']);
		await page.goto(article);
		await page.getByRole('button', { name: 'اعرض الترجمة الإنجليزية للفقرة 3' }).click();
		await page.getByRole('button', { name: 'للمقطع 3' }).click();
		await page.getByRole('button', { name: 'شارك المقطع 3' }).click();
		expect(new URL(await clipboard(page)).pathname).toBe('/ar/peru-integration/p/3/3/');
	});
});

test.describe('segment share pages', () => {
	test('a reader who opens a shared segment link lands on the segment', async ({ page }) => {
		await page.goto('/en/peru-integration/p/3/2/');
		await expect(page).toHaveURL(/\/en\/peru-integration\/#p3-s2$/);
		await expect(page.locator('#p3-s2')).toBeInViewport();
	});

	test.describe('without JavaScript', () => {
		test.use({ javaScriptEnabled: false });
		test('the page quotes the segment alone, verbatim, with its own preview', async ({ page }) => {
			await page.goto('/ar/peru-integration/p/3/2/');
			const quote = await page.locator('blockquote').innerText();
			expect(received3).toContain(quote);
			expect(quote.startsWith('التي دعمت')).toBe(true);
			expect(quote.endsWith('دونالد ترامب،')).toBe(true);
			await expect(page.locator('meta[property="og:image"]')).toHaveAttribute(
				'content',
				/\/ar\/og\/peru-integration\/p\/3\/2\.png$/,
			);
			await page.getByRole('link', { name: 'اقرأ هذا المقطع في المقال' }).click();
			await expect(page).toHaveURL(/\/ar\/peru-integration\/#p3-s2$/);
		});
	});
});

test.describe('passages', () => {
	test.beforeEach(async ({ context }) => {
		await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	});

	test('a selection yields a text-fragment link that opens on those words, highlighted', async ({
		page,
		context,
	}) => {
		await page.goto(article);
		const words = 'رئيس الولايات المتحدة آنذاك';
		await select(page, '#p3-s2', words);
		const copyLink = page.getByRole('button', { name: 'انسخ رابط هذا المقتطف' });
		await expect(copyLink).toBeVisible();
		await copyLink.click();
		await expect(page.getByRole('status')).toContainText('نُسخ الرابط');
		const link = await clipboard(page);
		const url = new URL(link);
		expect(url.pathname).toBe(article);
		expect(url.hash).toMatch(/^#p3-s2:~:text=/);
		expect(decodeURIComponent(url.hash)).toContain(words);

		const opened = await context.newPage();
		await opened.goto(link);
		// The browser strips the directive and scrolls to the words.
		await expect(opened).toHaveURL(/#p3-s2$/);
		await expect(opened.locator('#p3-s2')).toBeInViewport();
		expect(await opened.evaluate(() => scrollY)).toBeGreaterThan(0);
		await expect.poll(() => highlightedShare(opened, '#p3-s2')).toBeGreaterThan(0.02);
		// Only the words: the rest of the paragraph is not highlighted.
		expect(await highlightedShare(opened, '#p3-s1')).toBe(0);
	});

	test('the same link, in a browser that ignores the directive, lands on the segment', async ({
		baseURL,
	}) => {
		const executablePath = resolveChromium();
		const browser = await chromium.launch({
			args: [...chromiumArgs, '--disable-blink-features=TextFragmentIdentifiers'],
			...(executablePath ? { executablePath } : {}),
		});
		const page = await browser.newPage(baseURL ? { baseURL } : {});
		await page.goto(`${article}#p5-s2:~:text=%D8%AD%D8%A7%D9%84%D8%A9%20%D8%A8%D9%8A%D8%B1%D9%88`);
		await expect(page.locator('#p5-s2')).toBeInViewport();
		expect(await page.evaluate(() => document.querySelector(':target')?.id)).toBe('p5-s2');
		await browser.close();
	});

	test('copy as quotation, in Arabic: the words verbatim in «», the source, the date, the link', async ({
		page,
	}) => {
		await page.goto(article);
		const words = 'الذي كان خلال فترة ولايته';
		await select(page, '#p3-s3', words);
		await page.getByRole('button', { name: 'انسخ الاقتباس بمصدره' }).click();
		await expect(page.getByRole('status')).toContainText('نُسخ الاقتباس');
		const quotation = await clipboard(page);
		const match = /^«\u2067(.+)\u2069» — (.+)\. \u2066(\S+)\u2069$/u.exec(quotation);
		expect(match, quotation).not.toBeNull();
		const [, quote, source, link] = match!;
		expect(quote).toBe(words);
		expect(received3).toContain(quote!);
		expect(source).toBe('إذاعة هافانا كوبا (الخدمة العربية)، 8–16 أغسطس 2021');
		expect(new URL(link!).hash).toMatch(/^#p3-s3:~:text=/);
	});

	test('copy as quotation, in English: the words in “”, the source and its translator', async ({
		page,
	}) => {
		await page.goto(english);
		await select(page, '#p7-s2', 'which was born to create a setting');
		await page.getByRole('button', { name: 'Copy as quotation' }).click();
		expect(await clipboard(page)).toMatch(
			/^“\u2066which was born to create a setting\u2069” — Radio Habana Cuba \(Arabic service\), translated by Close Reading, 8\s?–\s?16 August 2021\. \u2066http:\/\/[^/]+\/en\/peru-integration\/#p7-s2:~:text=[^\s]+\u2069$/u,
		);
	});

	test('Escape closes the tools and gives focus back to the paragraph', async ({ page }) => {
		await page.goto(english);
		await select(page, '#p2-s1', 'It also announced');
		const tools = page.getByRole('group', { name: 'The selected words' });
		await tools.getByRole('button', { name: 'Copy link to this passage' }).focus();
		await page.keyboard.press('Escape');
		await expect(tools).toBeHidden();
		await expect(page.getByRole('link', { name: 'Link to paragraph 2' })).toBeFocused();
	});

	test('the tools are labelled in the page language and leave with the selection', async ({
		page,
	}) => {
		await page.goto(english);
		await select(page, '#p1-s1', 'regional integration');
		const tools = page.getByRole('group', { name: 'The selected words' });
		await expect(tools).toBeVisible();
		await page.evaluate(() => getSelection()!.removeAllRanges());
		await expect(tools).toBeHidden();
	});

	for (const scheme of ['light', 'dark'] as const) {
		test(`axe passes with the passage tools and the segment choice showing, ${scheme}`, async ({
			page,
		}) => {
			await page.emulateMedia({ colorScheme: scheme });
			await page.goto(`${article}#p6-s2`);
			await page.getByRole('button', { name: 'اعرض الترجمة الإنجليزية للفقرة 2' }).click();
			await page.getByRole('button', { name: 'للمقطع 2' }).click();
			await select(page, '#p2-s1', 'وأعلنت ايضا');
			await expect(page.getByRole('group', { name: 'الكلمات المحددة' })).toBeVisible();
			expect(await axeViolations(page)).toEqual([]);
		});
	}
});
