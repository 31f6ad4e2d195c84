import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { listPages } from '../../src/hosting/site-files.ts';
import { belongsInSitemap } from '../../src/hosting/sitemap.ts';
import { parseHeadersFile, type HeaderRules } from '../host-rules.ts';

/** One `<url>` of a sitemap: its address and its `hreflang` alternates. */
export interface SitemapUrl {
	loc: string;
	alternates: Record<string, string>;
}

export function parseSitemap(xml: string): SitemapUrl[] {
	return [...xml.matchAll(/<url>([\s\S]*?)<\/url>/g)].map(([, body = '']) => ({
		loc: /<loc>\s*([^<\s]+)\s*<\/loc>/.exec(body)?.[1] ?? '',
		alternates: Object.fromEntries(
			[...body.matchAll(/<xhtml:link rel="alternate" hreflang="([^"]+)" href="([^"]+)"\/>/g)].map(
				([, lang, href]) => [lang!, href!],
			),
		),
	}));
}

/** The site's 404 pages: `404.html` at the root and in each language folder. */
export function isNotFoundPage(path: string): boolean {
	return /(^|\/)404\.html$/.test(path);
}

/**
 * Checks what a static host needs beside the pages: a favicon, `robots.txt` pointing to the
 * sitemap, a sitemap listing every page but the 404s (each with its language alternates and
 * `x-default`), the 404 pages (`noindex`), and `_headers` with the security headers.
 * Returns one line per problem.
 *
 * @param dir the built site
 * @param site the public origin and base, e.g. `https://example.org/repo/`
 * @param locales the locale codes: each has a folder with its own `404.html`, and is an
 *   `hreflang` every sitemap entry must list (besides `x-default`)
 */
export function checkHostingFiles(dir: string, site: string, locales: readonly string[]): string[] {
	const problems: string[] = [];
	const read = (file: string) =>
		existsSync(join(dir, file)) ? readFileSync(join(dir, file), 'utf8') : undefined;
	const siteUrl = new URL(site);

	if (!existsSync(join(dir, 'favicon.svg')) && !existsSync(join(dir, 'favicon.ico')))
		problems.push('no favicon.svg or favicon.ico');

	const robots = read('robots.txt');
	const sitemapUrl = new URL('sitemap.xml', siteUrl).href;
	if (robots === undefined) problems.push('no robots.txt');
	else if (!robots.split('\n').some((line) => line.trim() === `Sitemap: ${sitemapUrl}`))
		problems.push(`robots.txt does not name the sitemap at ${sitemapUrl}`);

	const sitemap = read('sitemap.xml');
	if (sitemap === undefined) problems.push('no sitemap.xml');
	else problems.push(...checkSitemap(dir, siteUrl, parseSitemap(sitemap), locales));

	for (const file of ['404.html', ...locales.map((code) => `${code}/404.html`)]) {
		const html = read(file);
		if (html === undefined) problems.push(`no ${file}`);
		else if (!/<meta name="robots" content="noindex">/.test(html))
			problems.push(`${file} is not marked noindex`);
	}

	const headers = read('_headers');
	if (headers === undefined) problems.push('no _headers');
	else problems.push(...checkHeaders(parseHeadersFile(headers), siteUrl.pathname));
	return problems;
}

function checkSitemap(
	dir: string,
	siteUrl: URL,
	urls: SitemapUrl[],
	languages: readonly string[],
): string[] {
	const problems: string[] = [];
	const listed = new Set<string>();
	const pages = new Set(listPages(dir));
	for (const { loc, alternates } of urls) {
		if (!loc.startsWith(siteUrl.href)) {
			problems.push(`sitemap: ${loc} is not under ${siteUrl.href}`);
			continue;
		}
		const path = `/${loc.slice(siteUrl.href.length)}`;
		listed.add(path);
		if (!pages.has(path)) problems.push(`sitemap lists ${path}, which is not a page of the build`);
		if (isNotFoundPage(path)) problems.push(`sitemap lists the 404 page ${path}`);
		for (const lang of [...languages, 'x-default']) {
			if (!alternates[lang]) problems.push(`sitemap: ${path} has no ${lang} alternate`);
		}
		if (!Object.values(alternates).includes(loc))
			problems.push(`sitemap: ${path} is not among its own alternates`);
	}
	for (const page of [...pages].filter((path) => !isNotFoundPage(path))) {
		const html = readFileSync(
			join(dir, page.endsWith('/') ? `${page.slice(1)}index.html` : page.slice(1)),
			'utf8',
		);
		if (!listed.has(page) && belongsInSitemap(html, new URL(page.slice(1), siteUrl).href))
			problems.push(`sitemap: ${page} is missing`);
	}
	return problems;
}

/** What every response must carry, and what the hashed build assets must. */
const required: Record<string, Record<string, RegExp>> = {
	'*': {
		'content-security-policy': /frame-ancestors 'none'/,
		'strict-transport-security': /^max-age=\d{8,}; includeSubDomains/,
		'x-content-type-options': /^nosniff$/,
		'referrer-policy': /^strict-origin-when-cross-origin$/,
	},
	'_astro/*': { 'cache-control': /max-age=\d{8,}.*immutable/ },
};

function checkHeaders(rules: HeaderRules, base: string): string[] {
	const problems: string[] = [];
	for (const [pattern, headers] of Object.entries(required)) {
		const path = `${base}${pattern}`;
		const rule = rules.get(path);
		if (!rule) {
			problems.push(`_headers has no rule for ${path}`);
			continue;
		}
		for (const [name, expected] of Object.entries(headers)) {
			const value = rule.get(name);
			if (value === undefined || !expected.test(value))
				problems.push(
					`_headers ${path}: ${name} is ${value === undefined ? 'missing' : `"${value}"`}`,
				);
		}
	}
	return problems;
}
