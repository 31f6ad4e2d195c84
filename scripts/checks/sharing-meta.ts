import { parse } from 'parse5';

interface Node {
	nodeName: string;
	attrs?: { name: string; value: string }[];
	childNodes?: Node[];
	value?: string;
}

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
	const meta: SharingMeta = { title: '', description: '', canonical: '', alternates: {}, og: {}, jsonLd: [] };
	const visit = (node: Node) => {
		const attribute = (name: string) => node.attrs?.find((candidate) => candidate.name === name)?.value;
		const text = () => (node.childNodes ?? []).map((child) => child.value ?? '').join('');
		if (node.nodeName === 'title') meta.title = text();
		if (node.nodeName === 'meta') {
			const name = attribute('property') ?? attribute('name') ?? '';
			if (name === 'description') meta.description = attribute('content') ?? '';
			if (/^(og|twitter):/.test(name)) meta.og[name] = attribute('content') ?? '';
		}
		if (node.nodeName === 'link' && attribute('rel') === 'canonical') meta.canonical = attribute('href') ?? '';
		if (node.nodeName === 'link' && attribute('rel') === 'alternate' && attribute('hreflang')) meta.alternates[attribute('hreflang')!] = attribute('href') ?? '';
		if (node.nodeName === 'script' && attribute('type') === 'application/ld+json') meta.jsonLd.push(JSON.parse(text()) as Record<string, unknown>);
		for (const child of node.childNodes ?? []) visit(child);
	};
	visit(parse(html) as unknown as Node);
	return meta;
}
