import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

/**
 * Debian's Chromium builds, lightest first. `chromium-headless-shell` is the headless-only build
 * of the same Chromium, the kind Playwright itself runs headless: the browser suite takes half
 * the time in it that it takes in the full browser (110 s against 215 s on the 2-core machine,
 * 2026-12-01), because it starts no browser UI around each page.
 */
export const systemChromiums = ['/usr/bin/chromium-headless-shell', '/usr/bin/chromium'];

/**
 * The browser the tests drive: Playwright's own Chromium when it is installed, otherwise
 * `CHROMIUM_PATH`, otherwise the system's (Debian's headless shell, then its full browser).
 * Nothing is downloaded. With none, fail at once and say what to install, rather than time out
 * on every test.
 *
 * @param browserUi prefer the full browser, for measuring what a reader's browser does: the
 *   benchmark, since the headless shell never asks for the favicon, and Lighthouse reads traces
 *   that only the full browser writes.
 * @returns an executable path for `launchOptions`, or `undefined` to let Playwright use its own.
 */
export function resolveChromium({ browserUi = false } = {}): string | undefined {
	const own = safeExecutablePath();
	if (own && existsSync(own)) return undefined;
	const fromEnv = process.env['CHROMIUM_PATH'];
	if (fromEnv && existsSync(fromEnv)) return fromEnv;
	const system = (browserUi ? [...systemChromiums].reverse() : systemChromiums).find((path) =>
		existsSync(path),
	);
	if (system) return system;
	throw new Error(
		'No Chromium found for the browser tests. Install one of:\n' +
			'  - Debian/Ubuntu: apt-get install -y chromium-headless-shell   (or chromium)\n' +
			"  - Playwright's own: npx playwright install chromium   (needs network access)\n" +
			'  - or set CHROMIUM_PATH to a Chromium executable.\n' +
			'.ci/run does the first automatically.',
	);
}

function safeExecutablePath(): string | undefined {
	try {
		return chromium.executablePath();
	} catch {
		return undefined;
	}
}

/**
 * Flags for Chromium here: no sandbox as root in containers, and no background networking,
 * whose connections a closed network refuses noisily.
 */
export const chromiumArgs = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-dev-shm-usage',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run',
];
