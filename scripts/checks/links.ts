import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { listFiles } from '../../src/hosting/site-files.ts';
import { attribute, parseHtml, walk } from '../../src/hosting/html-tree.ts';

/** A link in a built file that leads nowhere. */
export interface BrokenLink {
	/** The file the link is in, relative to the site folder. */
	from: string;
	/** The link as written. */
	link: string;
	reason: string;
}

const linkAttributes: Record<string, string[]> = {
	a: ['href'],
	link: ['href'],
	script: ['src'],
	img: ['src', 'srcset'],
	source: ['src', 'srcset'],
	iframe: ['src'],
	form: ['action'],
};

/**
 * Checks every internal link, asset and `#fragment` in a built site folder: `href`/`src`/`srcset`
 * in HTML, `url()` in CSS, meta refresh targets, share images (`og:image`), addresses in `data-*`
 * attributes and in the site's scripts (what they fetch or import), the sitemap and robots.txt,
 * and absolute URLs on the site's own origin (as in canonical or alternate links). A link on the
 * site's origin but outside its base path fails too: it would work only at the root of a domain.
 * External links are not fetched: CI has no network, and their health is not this build's to
 * guarantee.
 *
 * @param dir the built site (`dist/`)
 * @param site the public origin and base, e.g. `https://example.org/repo/`: absolute links under
 *   it are checked as internal ones
 */
export function checkLinks(dir: string, site: string): BrokenLink[] {
	const siteUrl = new URL(site);
	const files = listFiles(dir);
	const idsByFile = new Map<string, Set<string>>();
	const broken: BrokenLink[] = [];

	for (const file of files) {
		const links = linksIn(file, () => readFileSync(join(dir, file), 'utf8'));
		const pageUrl = new URL(file.replace(/(^|\/)index\.html$/, '$1'), siteUrl);
		for (const link of links) {
			const reason = checkOne(dir, siteUrl, pageUrl, link, idsByFile);
			if (reason) broken.push({ from: file, link, reason });
		}
	}
	return broken;
}

/** The links in one built file, by its type; files that hold none are not read. */
function linksIn(file: string, read: () => string): string[] {
	if (file.endsWith('.html')) return htmlLinks(read());
	if (file.endsWith('.css')) return cssLinks(read());
	if (file.endsWith('.xml')) return xmlLinks(read());
	if (file === 'robots.txt') return robotsLinks(read());
	// The site's own bundles; third-party folders (a search index) find their files themselves.
	if (file.startsWith('_astro/') && file.endsWith('.js')) return scriptLinks(read());
	return [];
}

function checkOne(
	dir: string,
	siteUrl: URL,
	pageUrl: URL,
	link: string,
	idsByFile: Map<string, Set<string>>,
): string | undefined {
	if (/^(mailto|tel|data|javascript):/i.test(link)) return undefined;
	let target: URL;
	try {
		target = new URL(link, pageUrl);
	} catch {
		return 'not a valid URL';
	}
	if (target.origin !== siteUrl.origin) return undefined;
	if (!target.pathname.startsWith(siteUrl.pathname))
		return `outside the site's base path ${siteUrl.pathname}`;
	const sitePath = decodeURIComponent(target.pathname.slice(siteUrl.pathname.length));
	// An address template for a script (`/ar/n/{{id}}/`): it must lead somewhere for some value.
	if (/\{\{\w+\}\}/.test(sitePath))
		return templateLeadsSomewhere(dir, sitePath)
			? undefined
			: `no file matches the template ${target.pathname}`;
	const file = fileFor(dir, sitePath);
	if (!file) return `no file for ${target.pathname}`;
	const fragment = decodeURIComponent(target.hash.slice(1));
	if (fragment && file.endsWith('.html') && !idsOf(dir, file, idsByFile).has(fragment)) {
		return `no element with id "${fragment}" in ${file}`;
	}
	return undefined;
}

function templateLeadsSomewhere(dir: string, sitePath: string): boolean {
	const escape = (literal: string) => literal.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
	const path = sitePath
		.split(/\{\{\w+\}\}/)
		.map(escape)
		.join('[^/]+');
	const pattern = new RegExp(`^${path}${sitePath.endsWith('/') ? 'index\\.html' : ''}$`);
	return listFiles(dir).some((file) => pattern.test(file));
}

function fileFor(dir: string, sitePath: string): string | undefined {
	const candidates =
		sitePath === '' || sitePath.endsWith('/') ? [`${sitePath}index.html`] : [sitePath];
	return candidates.find(
		(candidate) => existsSync(join(dir, candidate)) && statSync(join(dir, candidate)).isFile(),
	);
}

function idsOf(dir: string, file: string, cache: Map<string, Set<string>>): Set<string> {
	let ids = cache.get(file);
	if (!ids) {
		ids = new Set();
		walk(parseHtml(readFileSync(join(dir, file), 'utf8')), (node) => {
			const id = attribute(node, 'id');
			if (id) ids!.add(id);
		});
		cache.set(file, ids);
	}
	return ids;
}

/** Every link-like value in an HTML document. */
export function htmlLinks(html: string): string[] {
	const links: string[] = [];
	walk(parseHtml(html), (node) => {
		for (const name of linkAttributes[node.nodeName] ?? []) {
			const value = attribute(node, name);
			if (value === undefined) continue;
			links.push(
				...(name === 'srcset'
					? value.split(',').map((part) => part.trim().split(/\s+/)[0] ?? '')
					: [value]),
			);
		}
		if (node.nodeName === 'meta' && attribute(node, 'http-equiv')?.toLowerCase() === 'refresh') {
			const url = /url=(.+)$/i.exec(attribute(node, 'content') ?? '')?.[1];
			if (url) links.push(url.trim());
		}
		if (
			node.nodeName === 'meta' &&
			/^(og|twitter):(url|image)$/.test(
				attribute(node, 'property') ?? attribute(node, 'name') ?? '',
			)
		) {
			links.push(attribute(node, 'content') ?? '');
		}
		// Addresses handed to scripts: `data-source="/en/paragraphs.json"`.
		for (const { name, value } of node.attrs ?? []) {
			if (name.startsWith('data-') && isRootPath(value)) links.push(value);
		}
		if (node.nodeName === 'script' && attribute(node, 'src') === undefined) {
			links.push(
				...scriptLinks((node.childNodes ?? []).map((child) => child.value ?? '').join('')),
			);
		}
	});
	return links.filter((link) => link !== '');
}

/** Every `url()` in a stylesheet. */
export function cssLinks(css: string): string[] {
	return [...css.matchAll(/url\(\s*["']?([^"')]+)["']?\s*\)/g)]
		.map((match) => match[1]!)
		.filter((url) => !url.startsWith('data:') && !url.startsWith('#'));
}

/** Root-relative paths written as string literals in a script: what it fetches or imports. */
export function scriptLinks(js: string): string[] {
	return [...js.matchAll(/(["'`])(\/[\w.~%@+-][\w.~%@+\-/]*)\1/g)].map((match) => match[2]!);
}

/** The addresses in a sitemap: each `<loc>` and each alternate's `href`. */
export function xmlLinks(xml: string): string[] {
	return [...xml.matchAll(/<loc>\s*([^<\s]+)\s*<\/loc>|\shref="([^"]+)"/g)].map((match) =>
		decodeXml(match[1] ?? match[2]!),
	);
}

/** The `Sitemap:` lines of a robots.txt. */
export function robotsLinks(text: string): string[] {
	return [...text.matchAll(/^sitemap:\s*(\S+)/gim)].map((match) => match[1]!);
}

function isRootPath(value: string): boolean {
	return /^\/(?!\/)\S*$/.test(value);
}

function decodeXml(text: string): string {
	return text
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&quot;/g, '"')
		.replace(/&apos;/g, "'")
		.replace(/&amp;/g, '&');
}
