import { localeCodes, locales } from '../i18n/config';
import { localePath, splitLocalePath, xDefaultPath } from '../i18n/routing';
import { siteUrls } from '../routing/urls';

/** Where the site is published: the public origin and the base path (`/` or `/repo/`). */
export interface Deployment {
	site: string;
	base: string;
}

/** One `<url>` of the sitemap: a page and the addresses of the same page in each language. */
export interface SitemapEntry {
	/** Site path without the base: `/`, `/en/glossary/`. */
	path: string;
	/** `hreflang` value → site path. Includes the page itself and `x-default`. */
	alternates: Record<string, string>;
}

/**
 * Groups the site's public pages (site paths without the base: `/`, `/ar/`, `/en/glossary/x/`)
 * into sitemap entries with their language alternates.
 *
 * `x-default` is where a reader whose language is neither goes: for the article, the root page
 * (`/`, which picks their language, else the original); for any other page, the original's
 * version of it, as the root page would pick.
 */
export function sitemapEntries(pages: readonly string[]): SitemapEntry[] {
	const published = new Set(pages);
	return [...published].sort().map((path) => {
		const page = path === '/' ? '' : splitLocalePath(path)?.page;
		if (page === undefined) return { path, alternates: {} };
		const alternates: Record<string, string> = {};
		for (const code of localeCodes) {
			const version = localePath(code, page);
			if (published.has(version)) alternates[locales[code].lang] = version;
		}
		const fallback = xDefaultPath(path);
		if (Object.keys(alternates).length > 0 && published.has(fallback))
			alternates['x-default'] = fallback;
		return { path, alternates };
	});
}

/** The absolute URL of a site path where the site is published. */
export function absoluteUrl(path: string, { site, base }: Deployment): string {
	return new URL(siteUrls(base).withBase(path), site).href;
}

/** The sitemap (sitemaps.org protocol, with `xhtml:link` language alternates). */
export function sitemapXml(pages: readonly string[], deployment: Deployment): string {
	const urls = sitemapEntries(pages).map(({ path, alternates }) => {
		const links = Object.entries(alternates).map(
			([hreflang, target]) =>
				`\n\t\t<xhtml:link rel="alternate" hreflang="${hreflang}" href="${escapeXml(absoluteUrl(target, deployment))}"/>`,
		);
		return `\t<url>\n\t\t<loc>${escapeXml(absoluteUrl(path, deployment))}</loc>${links.join('')}\n\t</url>`;
	});
	return [
		'<?xml version="1.0" encoding="UTF-8"?>',
		'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">',
		...urls,
		'</urlset>',
		'',
	].join('\n');
}

/** `robots.txt`: everything may be crawled; the sitemap is at its absolute address. */
export function robotsTxt(deployment: Deployment): string {
	return `User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl('sitemap.xml', deployment)}\n`;
}

function escapeXml(text: string): string {
	return text
		.replace(/&/g, '&amp;')
		.replace(/</g, '&lt;')
		.replace(/>/g, '&gt;')
		.replace(/"/g, '&quot;');
}

/**
 * Whether a built page belongs in the sitemap: not marked `noindex` (the 404 pages), and not
 * pointing search engines at another address by its canonical link (the share pages, whose
 * canonical is the article).
 *
 * @param html the page as built
 * @param url the page's own absolute URL
 */
export function belongsInSitemap(html: string, url: string): boolean {
	if (/<meta\s+name="robots"\s+content="[^"]*\bnoindex\b/i.test(html)) return false;
	const canonical = /<link rel="canonical" href="([^"]*)"/.exec(html)?.[1];
	return canonical === undefined || canonical === url;
}
