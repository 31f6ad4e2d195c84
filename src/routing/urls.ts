import type { Locale } from '../i18n/config';
import { joinBase, localePath } from '../i18n/routing';
import { noteAnchor } from '../content-model/annotation-ids';
import { eventAnchor } from '../content-model/event-ids';
import { sourceKindAnchor, verdictAnchor } from '../content-model/method-anchors';
import { sourceEntryAnchor } from '../content-model/source-ids';
import { paragraphNumber } from '../content-model/paragraph-ids';
import { parseSegmentId } from '../content-model/segment-ids';
import { bundleFolder } from '../search/records';

/**
 * The one place that knows the site's addresses. Every page, component, search record, preview
 * image, feed and check asks here; nothing else writes a path. Two instances of the same table:
 * `paths` gives site paths without the base (`/ar/peru-integration/`), as the sitemap, the search
 * records and the address list store them; `siteUrls(base)` gives the same addresses under the
 * base the site is built for (`/repo/ar/peru-integration/`), for links in pages.
 *
 * The shape of the addresses (all under a locale):
 * - `/<lang>/`: the front page, every article; `/<lang>/feed.xml` its feed;
 * - `/<lang>/<article>/`, `#pN`, `#pN-sM`, `#note-<id>`: an article, a paragraph, a segment of it,
 *   a note beside its words;
 * - `/<lang>/<article>/p/<n>/`, `/<lang>/<article>/p/<n>/<m>/` and `/<lang>/n/<note>/`: share pages
 *   of a paragraph, of segment m of a paragraph cut into several, and of a note (each its own link
 *   preview);
 * - `/<lang>/<article>/parallel/` and `/<lang>/<article>/paragraphs.json`: the article side by side,
 *   and its paragraphs for the in-place translation;
 * - `/<lang>/notes/<note>/`, `/<lang>/glossary/<term>/`, `/<lang>/timeline/#e-<event>`: a note's
 *   page, a term, an event; note ids are unique across articles, so their addresses need none;
 * - `/<lang>/method/`, `#verdict-<verdict>`, `#source-<kind>`: how the desk checks, and what each
 *   verdict and kind of source means; `/<lang>/corrections/`: every correction, newest first;
 * - `/<lang>/sources/`, `#s-<id>`: every source the desk cites, and what cites it;
 * - `/<lang>/og/…png`: preview images (see `previewImage`).
 * Section names and article slugs share `/<lang>/<…>/`: see `routing/reserved-slugs.ts`.
 */
export function siteUrls(base: string) {
	const at = (path: string) => joinBase(base, path);
	const article = (locale: Locale, slug: string) => at(localePath(locale, slug));
	const paragraphShareAt = (locale: Locale, slug: string, n: string) =>
		at(localePath(locale, `${slug}/p/${n}`));
	const note = (locale: Locale, noteId: string) => at(localePath(locale, `notes/${noteId}`));
	const term = (locale: Locale, termId: string) => at(localePath(locale, `glossary/${termId}`));
	const event = (locale: Locale, eventId: string) =>
		`${at(localePath(locale, 'timeline'))}#${eventAnchor(eventId)}`;
	const source = (locale: Locale, id: string) =>
		`${at(localePath(locale, 'sources'))}#${sourceEntryAnchor(id)}`;
	return {
		/** `/`: sends a reader to their language. */
		root: () => at('/'),
		/** The front page of a language: the publication and every article. */
		home: (locale: Locale) => at(localePath(locale)),
		feed: (locale: Locale) => at(`${localePath(locale)}feed.xml`),
		article,
		paragraph: (locale: Locale, slug: string, paragraphId: string) =>
			`${article(locale, slug)}#${paragraphId}`,
		/** A segment in its article: `#p4-s2`. */
		segment: (locale: Locale, slug: string, segmentId: string) =>
			`${article(locale, slug)}#${segmentId}`,
		/** A note beside the words it comments on, in its article. */
		noteInArticle: (locale: Locale, slug: string, noteId: string) =>
			`${article(locale, slug)}#${noteAnchor(noteId)}`,
		/** A note's own page, with every source. */
		note,
		/**
		 * Share pages: link-preview crawlers drop `#fragments`, so a paragraph or note shared by its
		 * fragment would preview the whole article. These small pages preview just it, and send a
		 * reader on to it in the article.
		 */
		paragraphShare: (locale: Locale, slug: string, paragraphId: string) =>
			paragraphShareAt(locale, slug, String(paragraphNumber(paragraphId))),
		/** The same address with `{{n}}` for the number, for the script that adds share buttons. */
		paragraphShareTemplate: (locale: Locale, slug: string) =>
			paragraphShareAt(locale, slug, '{{n}}'),
		/** Segment m of paragraph n, where the paragraph is cut into more than one. */
		segmentShare: (locale: Locale, slug: string, segmentId: string) => {
			const { paragraph, n } = parseSegmentId(segmentId) ?? missingSegment(segmentId);
			return paragraphShareAt(locale, slug, `${paragraphNumber(paragraph)}/${n}`);
		},
		/** The same with `{{n}}` for the paragraph's number and `{{s}}` for the segment's. */
		segmentShareTemplate: (locale: Locale, slug: string) =>
			paragraphShareAt(locale, slug, '{{n}}/{{s}}'),
		noteShare: (locale: Locale, noteId: string) => at(localePath(locale, `n/${noteId}`)),
		parallel: (locale: Locale, slug: string) => at(localePath(locale, `${slug}/parallel`)),
		paragraphsFile: (locale: Locale, slug: string) =>
			at(`${localePath(locale, slug)}paragraphs.json`),
		glossary: (locale: Locale) => at(localePath(locale, 'glossary')),
		term,
		timeline: (locale: Locale) => at(localePath(locale, 'timeline')),
		event,
		search: (locale: Locale) => at(localePath(locale, 'search')),
		/** How the desk checks: verdicts, sources, what it does not do. */
		method: (locale: Locale) => at(localePath(locale, 'method')),
		/** A verdict's definition and test, which every label of it links to. */
		verdictDefinition: (locale: Locale, verdict: string) =>
			`${at(localePath(locale, 'method'))}#${verdictAnchor(verdict)}`,
		/** Every correction, newest first. */
		corrections: (locale: Locale) => at(localePath(locale, 'corrections')),
		/** Every source, grouped by kind; `#s-<id>` is one source, with what cites it. */
		sources: (locale: Locale) => at(localePath(locale, 'sources')),
		source,
		/** The page or place of a note, term, event or source, by what it is (the corrections log, the sources page). */
		entry: (locale: Locale, kind: 'note' | 'term' | 'event' | 'source', slug: string) =>
			({ note, term, event, source })[kind](locale, slug),
		sourceKindDefinition: (locale: Locale, kind: string) =>
			`${at(localePath(locale, 'method'))}#${sourceKindAnchor(kind)}`,
		/** Pagefind's script, which the search page loads once there is a query. */
		searchBundle: () => at(`${bundleFolder}/pagefind.js`),
		previewImage: (locale: Locale, card: PreviewImageRef) =>
			at(`${localePath(locale)}og/${previewImageName(card)}.png`),
		/** Files at the root of the site. */
		file: (name: 'favicon.svg' | 'sitemap.xml' | 'robots.txt') => at(name),
		/**
		 * Any site path under the base: for addresses this table produced as site paths (a page's
		 * own, its other languages', a sitemap entry) and for host rules (`*`, `_astro/*`).
		 */
		withBase: (sitePath: string) => at(sitePath),
	};
}

export type SiteUrls = ReturnType<typeof siteUrls>;

/**
 * The Internet Archive's list of saved copies of an address: how a reader still checks a source
 * that has moved or vanished. The one address outside the site that pages link to by rule.
 */
export function archiveLookup(url: string): string {
	return `https://web.archive.org/web/*/${url}`;
}

function missingSegment(id: string): never {
	throw new Error(`"${id}" is not a segment id (expected p4-s2)`);
}

/** Site paths, without the base. */
export const paths: SiteUrls = siteUrls('/');

/** The things that have a preview image. */
export type PreviewImageRef =
	| { kind: 'publication' }
	| { kind: 'article'; article: string }
	| { kind: 'paragraph'; article: string; n: number }
	| { kind: 'segment'; article: string; n: number; s: number }
	| { kind: 'note'; slug: string }
	| { kind: 'term'; slug: string };

/**
 * The image's name under `/<locale>/og/`, without `.png` (the `[...card]` route parameter):
 * `publication`, `<article>/article`, `<article>/p/4`, `<article>/p/4/2` (segment 2 of paragraph
 * 4), `n/<note>`, `glossary/<term>`.
 */
export function previewImageName(card: PreviewImageRef): string {
	switch (card.kind) {
		case 'publication':
			return 'publication';
		case 'article':
			return `${card.article}/article`;
		case 'paragraph':
			return `${card.article}/p/${card.n}`;
		case 'segment':
			return `${card.article}/p/${card.n}/${card.s}`;
		case 'note':
			return `n/${card.slug}`;
		case 'term':
			return `glossary/${card.slug}`;
	}
}
