import { attribute, parseHtml, walk } from '../../src/hosting/html-tree.ts';

/** What a page tells crawlers and link previews, read from its `<head>`. */
export interface SharingMeta {
	title: string;
	description: string;
	canonical: string;
	/** hreflang → URL of `<link rel="alternate">`. */
	alternates: Record<string, string>;
	/** `og:*` and `twitter:*` properties → content (the last one of a name). */
	og: Record<string, string>;
	/** Every JSON-LD block, parsed: a block that is not valid JSON throws. */
	jsonLd: Record<string, unknown>[];
}

/** Reads a built page's title, description, canonical, alternates, Open Graph and JSON-LD. */
export function readSharingMeta(html: string): SharingMeta {
	const meta: SharingMeta = {
		title: '',
		description: '',
		canonical: '',
		alternates: {},
		og: {},
		jsonLd: [],
	};
	walk(parseHtml(html), (node) => {
		const text = () => (node.childNodes ?? []).map((child) => child.value ?? '').join('');
		if (node.nodeName === 'title') meta.title = text();
		if (node.nodeName === 'meta') {
			const name = attribute(node, 'property') ?? attribute(node, 'name') ?? '';
			if (name === 'description') meta.description = attribute(node, 'content') ?? '';
			if (/^(og|twitter):/.test(name)) meta.og[name] = attribute(node, 'content') ?? '';
		}
		if (node.nodeName === 'link' && attribute(node, 'rel') === 'canonical')
			meta.canonical = attribute(node, 'href') ?? '';
		if (
			node.nodeName === 'link' &&
			attribute(node, 'rel') === 'alternate' &&
			attribute(node, 'hreflang')
		)
			meta.alternates[attribute(node, 'hreflang')!] = attribute(node, 'href') ?? '';
		if (node.nodeName === 'script' && attribute(node, 'type') === 'application/ld+json')
			meta.jsonLd.push(JSON.parse(text()) as Record<string, unknown>);
	});
	return meta;
}
