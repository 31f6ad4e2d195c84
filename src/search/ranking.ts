import { fold } from './term-names';

/** What the re-rank needs of a Pagefind result before its data is loaded. */
export interface Ranked {
	/** Word positions of the query's words in the record's content, in order. */
	words?: readonly number[];
}

/**
 * Pagefind has no phrase or proximity ranking: for a query of several words, a record that holds
 * as many matched words at consecutive positions (the phrase as written) moves ahead of those that
 * only hold the words apart. A stable re-rank of Pagefind's order and nothing more: records keep
 * their order within each of the two sets. (Positions are Pagefind's word locations; consecutive
 * ones are the words side by side, in whichever order, which is close enough for a ranking.)
 */
export function phraseFirst<T extends Ranked>(results: readonly T[], wordCount: number): T[] {
	if (wordCount < 2) return [...results];
	const holdsPhrase = ({ words = [] }: T) => {
		let run = 1;
		for (let i = 1; i < words.length; i++) {
			run = words[i] === words[i - 1]! + 1 ? run + 1 : 1;
			if (run >= wordCount) return true;
		}
		return false;
	};
	return [...results.filter(holdsPhrase), ...results.filter((result) => !holdsPhrase(result))];
}

/**
 * How a query names a term, if it does: `name` when it equals one of the term's names, or a name
 * without what it adds in brackets; `short` when it equals only what a name gives in brackets
 * («سيلاك» for «… (سيلاك)»), which may be a qualifier rather than the term's own short form and
 * so counts for less. Compared folded, with or without the article «ال» on each word
 * (`مجموعه ليما`, `Lima Group`, `lima group`).
 */
export function howNamed(query: string, names: readonly string[]): 'name' | 'short' | undefined {
	const wanted = bare(query);
	if (wanted.length === 0) return undefined;
	const outside = (name: string) => name.replace(/\s*\([^)]*\)/g, '').trim();
	if (names.some((name) => bare(name) === wanted || bare(outside(name)) === wanted)) return 'name';
	const inBrackets = names.flatMap((name) => [...name.matchAll(/\(([^)]+)\)/g)].map(([, x]) => x!));
	return inBrackets.some((short) => bare(short) === wanted) ? 'short' : undefined;
}

/** The term a query names among loaded term results: one it names outright, else by a short form. */
export function namedTerm<T>(
	terms: readonly T[],
	query: string,
	namesOf: (term: T) => string[],
): T | undefined {
	return (
		terms.find((term) => howNamed(query, namesOf(term)) === 'name') ??
		terms.find((term) => howNamed(query, namesOf(term)) === 'short')
	);
}

/**
 * The loaded first page, re-ranked by exact matches: a record whose title, names or text holds
 * the folded query as a whole moves ahead (title or names first, then text), order kept otherwise.
 */
export function exactFirst<T>(
	loaded: readonly T[],
	query: string,
	fields: (item: T) => { title: string; names: string; text: string },
): T[] {
	const wanted = ` ${fold(query)} `;
	if (wanted.trim() === '') return [...loaded];
	const rank = (item: T) => {
		const { title, names, text } = fields(item);
		if (` ${fold(title)} `.includes(wanted) || ` ${fold(names)} `.includes(wanted)) return 0;
		return ` ${fold(text)} `.includes(wanted) ? 1 : 2;
	};
	return loaded
		.map((item, index) => ({ item, index, rank: rank(item) }))
		.sort((a, b) => a.rank - b.rank || a.index - b.index)
		.map(({ item }) => item);
}

/** Folded, each word without a leading «ال» (`الحكومه` → `حكومه`). */
function bare(text: string): string {
	return fold(text)
		.split(' ')
		.map((word) => (word.length > 4 && word.startsWith('ال') ? word.slice(2) : word))
		.join(' ');
}
