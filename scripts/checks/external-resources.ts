import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { listFiles } from '../../src/hosting/site-files.ts';
import { attribute, parseHtml, walk } from '../../src/hosting/html-tree.ts';

/** A resource a built page would load from another origin. */
export interface ExternalResource {
	/** The file that loads it, relative to the site folder. */
	from: string;
	url: string;
}

/** Elements and attributes whose URL the browser fetches on its own, without a click. */
const fetchedAttributes: Record<string, string[]> = {
	script: ['src'],
	img: ['src', 'srcset'],
	source: ['src', 'srcset'],
	video: ['src', 'poster'],
	audio: ['src'],
	track: ['src'],
	iframe: ['src'],
	embed: ['src'],
	object: ['data'],
	input: ['src'],
	image: ['href', 'xlink:href'],
	use: ['href', 'xlink:href'],
};

/** `<link rel>` values that make the browser fetch or connect (not canonical, alternate, …). */
const fetchingRels = new Set([
	'stylesheet',
	'preload',
	'modulepreload',
	'prefetch',
	'prerender',
	'preconnect',
	'dns-prefetch',
	'icon',
	'apple-touch-icon',
	'manifest',
	'mask-icon',
]);

/**
 * Finds every resource the built site would request from an origin other than its own: in HTML,
 * scripts, images, frames, fetching `<link>`s and inline `style` url()s; in CSS, `url()` and
 * `@import`; in the site's scripts (`_astro/`) and inline scripts (not data blocks such as
 * JSON-LD), any `http(s)://` string literal, since a script may fetch it. Links a reader follows (`<a href>`, canonical and
 * alternate links, share metadata) are not requests and are not reported.
 */
export function findExternalResources(dir: string, site: string): ExternalResource[] {
	const origin = new URL(site).origin;
	const found: ExternalResource[] = [];
	for (const file of listFiles(dir)) {
		const read = () => readFileSync(join(dir, file), 'utf8');
		const urls = file.endsWith('.html')
			? htmlResources(read())
			: file.endsWith('.css')
				? cssResources(read())
				: file.startsWith('_astro/') && file.endsWith('.js')
					? scriptResources(read())
					: [];
		for (const url of urls) {
			if (/^(https?:)?\/\//i.test(url) && new URL(url, site).origin !== origin)
				found.push({ from: file, url });
		}
	}
	return found;
}

/** URLs an HTML document makes the browser fetch. */
export function htmlResources(html: string): string[] {
	const urls: string[] = [];
	walk(parseHtml(html), (node) => {
		for (const name of fetchedAttributes[node.nodeName] ?? []) {
			const value = attribute(node, name);
			if (value)
				urls.push(
					...(name === 'srcset'
						? value.split(',').map((part) => part.trim().split(/\s+/)[0] ?? '')
						: [value]),
				);
		}
		const rel = attribute(node, 'rel')?.toLowerCase().split(/\s+/) ?? [];
		if (node.nodeName === 'link' && rel.some((value) => fetchingRels.has(value)))
			urls.push(attribute(node, 'href') ?? '');
		const style = attribute(node, 'style');
		if (style) urls.push(...cssResources(style));
		const text = (node.childNodes ?? []).map((child) => child.value ?? '').join('');
		if (node.nodeName === 'style') urls.push(...cssResources(text));
		if (
			node.nodeName === 'script' &&
			attribute(node, 'src') === undefined &&
			isExecutable(attribute(node, 'type'))
		)
			urls.push(...scriptResources(text));
	});
	return urls.filter(Boolean);
}

/** URLs a stylesheet makes the browser fetch: `url()` and `@import`. */
export function cssResources(css: string): string[] {
	const code = css.replace(/\/\*[\s\S]*?\*\//g, '');
	return [...code.matchAll(/url\(\s*["']?([^"')\s]+)["']?\s*\)|@import\s+["']([^"']+)["']/g)].map(
		(match) => match[1] ?? match[2]!,
	);
}

/** Absolute URLs written as string literals in a script (comments aside). */
export function scriptResources(js: string): string[] {
	const code = js.replace(/\/\*[\s\S]*?\*\//g, '');
	return [...code.matchAll(/(["'`])((?:https?:)?\/\/[^"'`\s]+)\1/gi)]
		.map((match) => match[2]!)
		.filter((url) => !isNamespace(url));
}

/** Scripts the browser runs; data blocks (`application/ld+json`) only name things. */
function isExecutable(type: string | undefined): boolean {
	return (
		type === undefined ||
		type === '' ||
		type === 'module' ||
		/^(text|application)\/(java|ecma)script$/i.test(type)
	);
}

/** XML namespaces (`http://www.w3.org/2000/svg`) are names, never fetched. */
function isNamespace(url: string): boolean {
	return /^http:\/\/www\.w3\.org\//.test(url);
}
