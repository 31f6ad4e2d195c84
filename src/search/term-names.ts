import { normalizeArabic } from './normalize-arabic';

/** A glossary term as the index needs it: its id and every name it goes by, in every script. */
export interface TermNames {
	id: string;
	/** Its names and aliases in every language (the Arabic and the Latin spellings alike). */
	names: readonly string[];
}

/**
 * The glossary terms a text mentions: those annotated in it, and those one of whose names it
 * contains (folded, as the index folds: «كاستيو» in a paragraph is Pedro Castillo). A record then
 * carries those terms' names in both scripts, so "Castillo" typed on the Arabic search finds the
 * Arabic paragraphs that say «كاستيو». Names shorter than three letters are too ambiguous to match
 * on their own.
 */
export function mentionedTerms(
	text: string,
	annotated: readonly string[],
	terms: readonly TermNames[],
): TermNames[] {
	const folded = ` ${fold(text)} `;
	return terms.filter(
		(term) =>
			annotated.includes(term.id) ||
			foldedNames(term).some((word) => word.length >= 3 && folded.includes(word)),
	);
}

const folds = new WeakMap<TermNames, string[]>();

/** A term's names folded, once per term for the whole index. */
function foldedNames(term: TermNames): string[] {
	let folded = folds.get(term);
	if (!folded) {
		folded = term.names.map(fold);
		folds.set(term, folded);
	}
	return folded;
}

/** Folded for comparison: Arabic folded as the index folds it, Latin lower-cased without accents. */
export function fold(text: string): string {
	return normalizeArabic(text)
		.normalize('NFD')
		.replace(/\p{Mn}/gu, '')
		.toLowerCase()
		.replace(/[^\p{L}\p{N}]+/gu, ' ')
		.trim();
}
