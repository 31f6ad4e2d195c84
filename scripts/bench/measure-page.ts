import type { Browser } from '@playwright/test';
import { brotli, resolveRequest } from '../static-files.ts';
import type { PageMeasure } from './budget.ts';

interface MeasureOptions {
	browser: Browser;
	origin: string;
	dir: string;
	base: string;
	viewport: { width: number; height: number };
}

/**
 * Loads a page at a phone viewport and counts what it fetches. Sizes are not read off the wire
 * but recomputed from `dist/` as a static host sends them (text brotli-compressed, fonts and
 * images as they are), so they do not depend on what the local server or browser negotiated.
 * Inline scripts are counted twice on purpose: in the HTML that carries them and as JavaScript.
 */
export async function measurePage(
	name: string,
	path: string,
	options: MeasureOptions,
): Promise<PageMeasure> {
	const context = await options.browser.newContext({
		viewport: options.viewport,
		deviceScaleFactor: 1.75,
		isMobile: true,
		hasTouch: true,
	});
	const page = await context.newPage();
	const urls: { url: string; type: string }[] = [];
	page.on('request', (request) => urls.push({ url: request.url(), type: request.resourceType() }));
	await page.goto(new URL(path, options.origin).href, { waitUntil: 'networkidle' });
	await page.evaluate(() => document.fonts.ready);
	const fontRanges = await page.evaluate(() =>
		[...document.styleSheets].flatMap((sheet) => {
			try {
				return [...sheet.cssRules]
					.filter((rule): rule is CSSFontFaceRule => rule instanceof CSSFontFaceRule)
					.map((rule) => ({
						src: rule.style.getPropertyValue('src'),
						range: rule.style.getPropertyValue('unicode-range'),
					}));
			} catch {
				return [];
			}
		}),
	);
	// Inline scripts travel inside the HTML; count them (compressed on their own) as JavaScript too.
	const inlineScripts = await page.evaluate(() =>
		[...document.scripts]
			.filter((script) => !script.src)
			.map((script) => script.text)
			.join('\n'),
	);
	await context.close();

	const measure: PageMeasure = {
		name,
		path,
		requests: urls.length,
		bytes: { html: 0, css: 0, js: 0, font: 0, image: 0, other: 0 },
		fonts: [],
	};
	for (const { url, type } of urls) {
		const local = new URL(url);
		const size =
			local.origin === options.origin
				? resolveRequest(options.dir, options.base, local.pathname, true).body.length
				: 0;
		const kind =
			type === 'document'
				? 'html'
				: type === 'stylesheet'
					? 'css'
					: type === 'script'
						? 'js'
						: type === 'font'
							? 'font'
							: type === 'image'
								? 'image'
								: 'other';
		measure.bytes[kind] += size;
		if (kind === 'font') {
			const rule = fontRanges.find(({ src }) => src.includes(local.pathname));
			measure.fonts.push({
				url: local.pathname,
				bytes: size,
				// A range with any code point of the Arabic block (U+600–6FF) is the Arabic face's.
				script: /U\+0*6[0-9A-F]{2}\b/i.test(rule?.range ?? '') ? 'arabic' : 'latin',
			});
		}
	}
	if (inlineScripts)
		measure.bytes.js += brotli(`inline:${path}`, Buffer.from(inlineScripts)).length;
	return measure;
}
