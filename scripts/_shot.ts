import { chromium } from '@playwright/test';
import { chromiumArgs, resolveChromium } from '../tests/support/chromium.ts';
const executablePath = resolveChromium();
const browser = await chromium.launch({ args: chromiumArgs, ...(executablePath ? { executablePath } : {}) });
for (const [name, url, width] of [['search-ar', '/ar/search/?q=الحكومه', 390], ['search-en', '/en/search/?q=Lima', 1280]] as const) {
	const page = await browser.newPage({ viewport: { width, height: 900 } });
	const errors: string[] = [];
	page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
	await page.goto('http://127.0.0.1:4321' + encodeURI(url));
	await page.waitForTimeout(2500);
	await page.screenshot({ path: `/tmp/${name}.png` });
	console.log(name, errors);
}
await browser.close();
