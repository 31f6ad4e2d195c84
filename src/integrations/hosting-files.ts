import {
	cpSync,
	existsSync,
	readFileSync,
	renameSync,
	rmdirSync,
	statSync,
	writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { listPages } from '../hosting/site-files';
import { headersFile } from '../hosting/headers';
import { redirectsFile } from '../hosting/redirects';
import { keptCopies, movedPages } from '../routing/former-addresses';
import { siteUrls } from '../routing/urls';
import {
	absoluteUrl,
	belongsInSitemap,
	robotsTxt,
	sitemapXml,
	type Deployment,
} from '../hosting/sitemap';
import { localeCodes } from '../i18n/config';

/**
 * Writes what static hosts read beside the pages, once every page is built:
 * - `<lang>/404.html`: Astro writes `src/pages/[lang]/404.astro` to `<lang>/404/index.html`
 *   (only a top-level 404 page gets a `404.html`); hosts look for `404.html`, so it is moved;
 * - `sitemap.xml`, from the pages actually built (every HTML page but the `noindex` ones and the
 *   share pages, whose canonical is the article: see `belongsInSitemap`),
 *   so a new page is listed without touching this file;
 * - `robots.txt`, pointing to the sitemap;
 * - `_headers`, for Netlify and Cloudflare Pages (see src/hosting/headers.ts);
 * - `_redirects`, for the same hosts, from the pages that moved, and the copies of files kept at
 *   their old addresses (see src/routing/former-addresses.ts).
 */
export function hostingFiles(): AstroIntegration {
	let deployment: Deployment;
	return {
		name: 'close-reading:hosting-files',
		hooks: {
			'astro:config:done': ({ config }) => {
				if (!config.site)
					throw new Error(
						'astro.config.ts: `site` must be set: the sitemap and robots.txt need absolute URLs.',
					);
				deployment = { site: config.site, base: config.base };
			},
			'astro:build:done': ({ dir, logger }) => {
				const out = fileURLToPath(dir);
				for (const code of localeCodes) moveNotFoundPage(out, code);
				for (const { from, copyOf } of keptCopies()) {
					const source = join(out, copyOf);
					if (!existsSync(source))
						throw new Error(
							`Former addresses: ${copyOf} was not built, so ${from} cannot keep its copy (src/routing/former-addresses.ts)`,
						);
					// A folder's own files only: its subfolders (the segment images under og/<article>/p/)
					// came after the address moved, so the old address never had them.
					cpSync(source, join(out, from), {
						recursive: true,
						filter: (path) => path === source || !statSync(path).isDirectory(),
					});
				}
				const pages = listPages(out).filter((path) =>
					belongsInSitemap(
						readFileSync(join(out, pageFile(path)), 'utf8'),
						absoluteUrl(path, deployment),
					),
				);
				writeFileSync(join(out, 'sitemap.xml'), sitemapXml(pages, deployment));
				writeFileSync(join(out, 'robots.txt'), robotsTxt(deployment));
				writeFileSync(join(out, '_headers'), headersFile(deployment.base));
				const urls = siteUrls(deployment.base);
				const moved = movedPages(urls).map(({ from, to }) => ({ from: urls.withBase(from), to }));
				writeFileSync(join(out, '_redirects'), redirectsFile(moved));
				logger.info(
					`sitemap.xml (${pages.length} pages), robots.txt, _headers, _redirects and the localized 404 pages written`,
				);
			},
		},
	};
}

function moveNotFoundPage(out: string, locale: string): void {
	const built = join(out, locale, '404', 'index.html');
	if (!existsSync(built)) return;
	renameSync(built, join(out, locale, '404.html'));
	rmdirSync(join(out, locale, '404'));
}

/** `/en/` → `en/index.html`; `/404.html` → `404.html`. */
function pageFile(path: string): string {
	return path.endsWith('/') ? `${path.slice(1)}index.html` : path.slice(1);
}
