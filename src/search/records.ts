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
	/** More words to find the record by, not shown: a note's quote. */
	keywords: string[];
	/**
	 * Names in every script, weighted above the text: a term's own names and aliases; for any
	 * other record, the names of the terms it mentions (`mentionedTerms`), so a name typed in
	 * either script finds it.
	 */
	names: string[];
}

/** The fields a search result reads back (Pagefind's `meta`) to show, all original text. */
export interface SearchMeta {
	title: string;
	kind: SearchKind;
	detail: string;
	text: string;
	/** The folded names (`searchNames`), for telling whether the query names a term. */
	searchNames: string;
}

/**
 * How much each `meta` field counts in the ranking (Pagefind's `ranking.metaWeights`; every field
 * counts 1, the title 5, unless told). Pagefind 1.5+ searches `meta` as well as the content, so the
 * fields shown as written are given 0 (their words are in the content already; counted again they
 * would double the body text, and unfolded Arabic would never match a folded query), and the
 * folded title and names carry the weight instead: a record named by the query comes first.
 * Chosen over indexing HTML with `data-pagefind-weight` because custom records keep one record per
 * place (a paragraph, a note) without writing pages for the index alone.
 */
export const metaWeights = {
	searchTitle: 10,
	searchNames: 6,
	title: 0,
	kind: 0,
	detail: 0,
	text: 0,
} as const satisfies Record<keyof SearchMeta | 'searchTitle', number>;

/** Separates names in `searchNames`. */
export const nameSeparator = ' · ';

/**
 * A record as Pagefind indexes it: the searchable content, title and names folded
 * (`normalizeArabic`), the text to show kept as written in `meta`, and its kind as a filter (the
 * groups of the results, and `?kind=`). The URL stays without the base; the search page's script
 * tells Pagefind the base (`baseUrl`), so one index serves wherever the site is mounted.
 */
export function toPagefindRecord(record: SearchRecord): CustomRecord {
	const { url, language, kind, title, detail, text, keywords, names } = record;
	const searchNames = normalizeArabic([...new Set(names)].join(nameSeparator));
	const meta: SearchMeta & { searchTitle: string } = {
		title,
		kind,
		detail,
		text,
		searchTitle: normalizeArabic(title),
		searchNames,
	};
	return {
		url,
		language,
		content: normalizeArabic([detail, text, ...keywords].filter(Boolean).join('\n')),
		meta: { ...meta },
		filters: { kind: [kind] },
	};
}

/** Markdown prose as one line of plain text. The bodies are plain prose paragraphs (no markup). */
export function plainText(markdown: string): string {
	return markdown.replace(/\s+/g, ' ').trim();
}
