import { readFileSync } from 'node:fs';
import type { Browser } from '@playwright/test';

/**
 * One Arabic line set by Chromium in the given font files (an Arabic face, then a Latin one for
 * everything else, as the site's stacks do), as a PNG of the line alone: what the font tests
 * compare with the preview renderer, and cut faces with full ones.
 */
export async function renderArabicLine(
	browser: Browser,
	text: string,
	fonts: { arabic: string; latin: string },
	size = 48,
): Promise<Buffer> {
	const face = (family: string, file: string) =>
		`@font-face { font-family: "${family}"; src: url(data:font/woff2;base64,${readFileSync(file).toString('base64')}) format("woff2"); }`;
	const page = await browser.newPage({
		deviceScaleFactor: 1,
		viewport: { width: 2400, height: 400 },
	});
	await page.setContent(`<!doctype html><html lang="ar" dir="rtl"><head><style>
		${face('Naskh', fonts.arabic)}
		${face('Naskh Latin', fonts.latin)}
		body { margin: 0; background: #fff; }
		p { display: inline-block; margin: 0; padding: ${size}px; color: #000; white-space: nowrap;
			font: ${size}px/2.5 "Naskh", "Naskh Latin"; }
	</style></head><body><p id="line"></p></body></html>`);
	await page.locator('#line').evaluate((element, value) => (element.textContent = value), text);
	await page.evaluate(() => document.fonts.ready);
	const png = await page.locator('#line').screenshot();
	await page.close();
	return png;
}
