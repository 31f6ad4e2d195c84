import { locales, type Locale } from '../i18n/config';
import { splitBidiRuns, type BidiPiece } from '../text/bidi-runs';
import type { Article } from './articles';
import { ownSegments } from './own-segments';

/**
 * `/<locale>/<article>/paragraphs.json`: an article's paragraphs in one language, as text split
 * into bidi runs, and the segments of every paragraph cut into more than one, by segment id (added
 * beside `paragraphs`, so a reader of the older file loses nothing). The in-place translation
 * toggle fetches the other language's file on demand.
 */
export interface ParagraphsFile {
	lang: string;
	dir: 'rtl' | 'ltr';
	paragraphs: Record<string, BidiPiece[]>;
	segments: Record<string, BidiPiece[]>;
}

/** The file's response. */
export function paragraphsFile(article: Article, locale: Locale): Response {
	const file: ParagraphsFile = {
		lang: locales[locale].lang,
		dir: locales[locale].dir,
		paragraphs: Object.fromEntries(
			article.versions[locale].paragraphs.map(({ id, text }) => [id, splitBidiRuns(text, locale)]),
		),
		segments: Object.fromEntries(
			ownSegments(article.versions[locale].paragraphs).map(({ segment }) => [
				segment.id,
				splitBidiRuns(segment.text, locale),
			]),
		),
	};
	return new Response(JSON.stringify(file), {
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
	});
}
