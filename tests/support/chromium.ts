import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

/** Where Debian's `chromium` package puts the browser. */
export const systemChromium = '/usr/bin/chromium';

/**
 * The browser the tests drive: Playwright's own Chromium when it is installed, otherwise the
 * system's. Nothing is downloaded. With neither, fail at once and say what to install, rather
 * than time out on every test.
 *
 * @returns an executable path for `launchOptions`, or `undefined` to let Playwright use its own.
 */
export function resolveChromium(): string | undefined {
	const own = safeExecutablePath();
	if (own && existsSync(own)) return undefined;
	const fromEnv = process.env['CHROMIUM_PATH'];
	if (fromEnv && existsSync(fromEnv)) return fromEnv;
	if (existsSync(systemChromium)) return systemChromium;
	throw new Error(
		'No Chromium found for the browser tests. Install one of:\n' +
			'  - Debian/Ubuntu: apt-get install -y chromium   (provides /usr/bin/chromium)\n' +
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
