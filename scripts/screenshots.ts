/**
 * Screenshots of every page in both languages at phone and desktop widths, light and dark, for a
 * human to look at before calling a visual change done. Serve the built site first
 * (`npm start`), then: `npm run screenshots [baseURL] [only]`, where `only` keeps the scenes whose
 * name or path contains it (`sources`). Files go to `screenshots/`.
 */
import { mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { chromiumArgs, resolveChromium } from '../tests/support/chromium.ts';
import { selectWords } from '../tests/support/select-words.ts';

const baseURL = process.argv[2] ?? 'http://127.0.0.1:4321';
const only = process.argv[3];
/** Pages to shoot, and optionally something to do first (open a popover). */
/**
 * `click` is one selector or several, clicked in order; `select` selects the words `text` in the
 * element `in`, as a reader's drag would, and waits for what the selection brings up.
 */
const scenes: {
	path: string;
	name?: string;
	click?: string | string[];
	waitFor?: string;
	select?: { in: string; text: string };
}[] = [
	{ path: '/ar/', name: 'ar-front' },
	{ path: '/en/', name: 'en-front' },
	{ path: '/ar/peru-integration/', name: 'ar-article' },
	{ path: '/en/peru-integration/', name: 'en-article' },
	{ path: '/ar/peru-integration/#p4', name: 'ar-p4' },
	{ path: '/' },
	{ path: '/ar/glossary/' },
	{ path: '/en/glossary/pedro-castillo/' },
	{ path: '/ar/timeline/' },
	{ path: '/en/timeline/' },
	{ path: '/ar/timeline/?topic=celac#e-zone-of-peace', name: 'ar-timeline-filtered' },
	{ path: '/ar/peru-integration/parallel/', name: 'ar-parallel' },
	{ path: '/en/peru-integration/parallel/#p4', name: 'en-parallel-p4' },
	{ path: '/ar/peru-integration/#p4', name: 'ar-translation', click: '#p4 .translation-toggle' },
	{ path: '/ar/peru-integration/#p6-s2', name: 'ar-segment' },
	{ path: '/en/peru-integration/#p6-s2', name: 'en-segment' },
	{ path: '/ar/peru-integration/parallel/#p3-s2', name: 'ar-parallel-segment' },
	{
		path: '/en/peru-integration/#p3',
		name: 'en-segment-choice',
		click: ['#p3 .translation-toggle', '#p3-translation .translation-part > button:nth-of-type(3)'],
	},
	{
		path: '/ar/peru-integration/#p3',
		name: 'ar-passage-tools',
		select: { in: '#p3-s2', text: 'زعيم المعارضة' },
		waitFor: '.passage-tools:not([hidden])',
	},
	{ path: '/en/peru-integration/', name: 'en-settings', click: '.reading-settings summary' },
	{
		path: '/ar/peru-integration/#p2',
		name: 'ar-popover',
		click: 'a.annotation[data-ref="withdrawal"]',
	},
	{
		path: '/en/peru-integration/#p3',
		name: 'en-popover',
		click: 'a.annotation[data-ref="juan-guaido"]',
	},
	{ path: '/ar/peru-integration/#p4', name: 'ar-share', click: '#p4 .share-paragraph' },
	{
		path: '/en/peru-integration/#note-leavers',
		name: 'en-share-note',
		click: '#note-leavers .share-note',
	},
	{ path: '/en/search/?q=Lima%20Group', name: 'en-search-answer', waitFor: '.search-answer' },
	{ path: '/ar/search/?q=Castillo', name: 'ar-search-grouped', waitFor: '.search-group' },
	{ path: '/en/search/?q=Lima&kind=note', name: 'en-search-notes', waitFor: '.search-result' },
	{ path: '/ar/search/?q=zzqx', name: 'ar-search-none', waitFor: '.search-suggest-list' },
	{ path: '/ar/sources/' },
	{ path: '/en/sources/' },
	{ path: '/en/sources/#s-un-a-66-647-docslib', name: 'en-sources-entry' },
	{ path: '/ar/notes/unasur-request/' },
	{ path: '/en/notes/media-lineage/' },
	{ path: '/ar/404.html', name: 'ar-404' },
	{ path: '/404.html', name: 'root-404' },
];
const widths = { phone: 390, desktop: 1280 } as const;
const schemes = ['light', 'dark'] as const;

mkdirSync('screenshots', { recursive: true });
const executablePath = resolveChromium();
const browser = await chromium.launch({
	args: chromiumArgs,
	...(executablePath ? { executablePath } : {}),
});
for (const [device, width] of Object.entries(widths)) {
	for (const colorScheme of schemes) {
		const context = await browser.newContext({
			viewport: { width, height: 900 },
			colorScheme,
			deviceScaleFactor: 1,
		});
		const page = await context.newPage();
		for (const { path, click, waitFor, select, name: given } of scenes.filter(
			(scene) => !only || `${scene.name ?? ''} ${scene.path}`.includes(only),
		)) {
			await page.goto(new URL(path, baseURL).href);
			await page.evaluate(() => document.fonts.ready);
			for (const selector of [click ?? []].flat()) await page.locator(selector).first().click();
			if (select) await selectWords(page, select.in, select.text);
			if (waitFor) await page.locator(waitFor).first().waitFor();
			const name = `${given ?? (path.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '') || 'root')}-${device}-${colorScheme}`;
			// The first screenful as a reader sees it, then the whole page.
			await page.screenshot({ path: `screenshots/${name}-top.png` });
			if (!path.includes('#'))
				await page.screenshot({ path: `screenshots/${name}-full.png`, fullPage: true });
			console.log(`screenshots/${name}-*.png`);
		}
		await context.close();
	}
}
await browser.close();
