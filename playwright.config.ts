import { availableParallelism } from 'node:os';
import { defineConfig, devices } from '@playwright/test';
import { chromiumArgs, resolveChromium } from './tests/support/chromium';

/**
 * Browser tests run against the built site (`dist/`) served as a static host would serve it
 * (scripts/serve-dist.ts), never the dev server. `npm test` builds first.
 */
const port = Number(process.env['PREVIEW_PORT'] ?? 4329);
const executablePath = resolveChromium();

export default defineConfig({
	testDir: 'tests/e2e',
	fullyParallel: true,
	forbidOnly: Boolean(process.env['CI']),
	retries: 0,
	// One worker more than the machine has cores: a worker waits a quarter of its time (timers,
	// fonts, the local server), and the extra one fills it (2-core machine, 2026-12-02).
	workers: availableParallelism() + 1,
	reporter: [['list']],
	use: {
		baseURL: `http://127.0.0.1:${port}`,
		trace: 'off',
		launchOptions: { args: chromiumArgs, ...(executablePath ? { executablePath } : {}) },
	},
	projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'] } }],
	webServer: {
		command: `node scripts/serve-dist.ts --port ${port}`,
		url: `http://127.0.0.1:${port}/ar/`,
		reuseExistingServer: false,
		timeout: 60_000,
	},
});
