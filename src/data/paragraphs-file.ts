import type { BidiPiece } from '../markdown/bidi-runs';

/**
 * `/<locale>/paragraphs.json`: the article's paragraphs in one language, as text split into
 * bidi runs. The in-place translation toggle fetches the other language's file on demand.
 */
export interface ParagraphsFile {
	lang: string;
	dir: 'rtl' | 'ltr';
	paragraphs: Record<string, BidiPiece[]>;
}
