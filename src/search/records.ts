import type { CustomRecord } from 'pagefind';
import { normalizeArabic } from './normalize-arabic';

/** The build's hand-over file (pages/search-records.json.ts), deleted once indexed. */
export const recordsFile = 'search-records.json';
/** Where the index goes, under the site root: the search page loads `<base>pagefind/pagefind.js`. */
export const bundleFolder = 'pagefind';

/** What a search result points to. */
export const searchKinds = ['paragraph', 'note', 'term', 'event'] as const;
export type SearchKind = (typeof searchKinds)[number];

/**
 * One searchable place of the site, in one language, built from the content data (never scraped
 * from pages, so the text of popovers is not indexed a second time under the paragraph).
 */
export interface SearchRecord {
	/** Site path of the exact place, without the base: `/ar/peru-integration/#p4`, `/en/glossary/celac/`. */
	url: string;
	/** BCP 47 tag; Pagefind builds one index per language. */
	language: string;
	kind: SearchKind;
	title: string;
	/** A second label: a note's kind, a term's kind, an event's date. */
	detail: string;
	/** The text as readers see it, from which result excerpts are cut. */
	text: string;
	/** More words to find the record by, not shown: a term's other spellings, a note's quote. */
	keywords: string[];
}

/** The fields a search result reads back (Pagefind's `meta`), all original text. */
export interface SearchMeta {
	title: string;
	kind: SearchKind;
	detail: string;
	text: string;
}

/**
 * A record as Pagefind indexes it: the searchable content folded (`normalizeArabic`), the text
 * to show kept as written in `meta`. The URL stays without the base; the search page's script
 * tells Pagefind the base (`baseUrl`), so one index serves wherever the site is mounted.
 */
export function toPagefindRecord(record: SearchRecord): CustomRecord {
	const { url, language, kind, title, detail, text, keywords } = record;
	const meta: SearchMeta = { title, kind, detail, text };
	return {
		url,
		language,
		content: normalizeArabic([title, detail, text, ...keywords].filter(Boolean).join('\n')),
		meta: { ...meta },
	};
}

/** Markdown prose as one line of plain text. The bodies are plain prose paragraphs (no markup). */
export function plainText(markdown: string): string {
	return markdown.replace(/\s+/g, ' ').trim();
}
