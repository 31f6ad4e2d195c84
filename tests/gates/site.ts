import { existsSync } from 'node:fs';

/** The built site the gates read. `npm test` builds it before running them. */
export const distDir = 'dist';

/** The public origin and base the site was built for (see astro.config.ts). */
export const siteUrl = new URL(
	process.env['BASE_PATH'] ?? '/',
	process.env['SITE_URL'] ?? 'https://close-reading.example',
).href;

if (!existsSync(`${distDir}/index.html`)) {
	throw new Error('No built site in dist/: run `npm run build` before the gates (npm test does).');
}
