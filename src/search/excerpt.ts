import { foldWithPositions, normalizeArabic } from './normalize-arabic';

/** A run of an excerpt: plain text, or words that match the query. */
export interface ExcerptPiece {
	text: string;
	match: boolean;
}

/** Shortest part of a query word still looked for when the whole word is not in the text. */
const shortestStem = 3;
const wordChar = /[\p{L}\p{M}\p{N}]/u;

/** The words of a query, folded as the index is (`normalizeArabic`), lower-cased, without Latin accents. */
export function queryTerms(query: string): string[] {
	return matchForm(normalizeArabic(query))
		.split(/[^\p{L}\p{M}\p{N}]+/u)
		.filter(Boolean);
}

/**
 * A short passage of `text` around the first word that matches the query, cut at word boundaries,
 * with the matching words marked. It is cut from the original text, so the reader sees the text
 * as published (with its hamzas and diacritics) even though matching ignores them.
 *
 * A query word matches a word that begins with it after folding, or after the clitics joined to
 * an Arabic word (`حكومه` in `الحكومة`). The index also finds words that share a stem, so a query
 * word that is not in the text is looked for by ever shorter beginnings (`governments`, then
 * `government`), down to three letters.
 * Without any match the excerpt is the beginning of the text.
 */
export function excerpt(text: string, query: string, words = 30): ExcerptPiece[] {
	const { folded, positions } = foldWithPositions(text);
	const haystack = matchForm(folded);
	const spans = queryTerms(query)
		.flatMap((term) => findTerm(haystack, term))
		.map(([start, end]) => expandToWord(text, positions[start]!, positions[end]!))
		.sort((a, b) => a[0] - b[0]);
	const [start, end] = window(text, spans[0]?.[0] ?? 0, words);
	const pieces: ExcerptPiece[] = [];
	let at = start;
	for (const [from, to] of spans) {
		if (to <= at || from >= end) continue;
		if (from > at) pieces.push({ text: text.slice(at, from), match: false });
		pieces.push({ text: text.slice(Math.max(from, at), Math.min(to, end)), match: true });
		at = Math.min(to, end);
	}
	if (at < end) pieces.push({ text: text.slice(at, end), match: false });
	if (start > 0) pieces.unshift({ text: '… ', match: false });
	if (end < text.length) pieces.push({ text: ' …', match: false });
	return pieces;
}

/**
 * Arabic clitics written joined to the next word: a conjunction (و، ف), a preposition (ب، ك، ل) and
 * the article (ال، لل). A match may start after them, and only there or at the start of a word.
 */
const proclitics = /^[وف]?(?:[بكل]?ال|لل|[بكل])?$/;
const leadingProclitics = /^[وف]?(?:[بكل]?ال|لل)/;

/**
 * Every place a query term starts a word (or follows the clitics joined to a word). A term not in
 * the text is looked for by its core (without its own clitics), then by ever shorter beginnings.
 */
function findTerm(haystack: string, term: string): [number, number][] {
	const stripped = term.replace(leadingProclitics, '');
	const core = stripped.length >= 2 ? stripped : term;
	for (let length = core.length; length >= Math.min(shortestStem, core.length); length--) {
		const needle = core.slice(0, length);
		const found: [number, number][] = [];
		for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + 1)) {
			if (proclitics.test(wordBefore(haystack, at))) found.push([at, at + needle.length]);
		}
		if (found.length > 0) return found;
	}
	return [];
}

/** The letters of the word that come before `at`. */
function wordBefore(text: string, at: number): string {
	let start = at;
	while (start > 0 && wordChar.test(text[start - 1]!)) start--;
	return text.slice(start, at);
}

/** The whole word around a match. */
function expandToWord(text: string, start: number, end: number): [number, number] {
	while (start > 0 && wordChar.test(text[start - 1]!)) start--;
	while (end < text.length && wordChar.test(text[end]!)) end++;
	return [start, end];
}

/** A stretch of about `words` words around `focus`: a third of them before it. */
function window(text: string, focus: number, words: number): [number, number] {
	const gaps = [...text.matchAll(/\s+/g)].map(
		(gap) => [gap.index, gap.index + gap[0].length] as const,
	);
	const wordIndex = gaps.filter(([gapStart]) => gapStart < focus).length;
	const first = Math.max(0, wordIndex - Math.floor(words / 3));
	const last = Math.min(gaps.length, first + words - 1);
	const start = first === 0 ? 0 : gaps[first - 1]![1];
	const end = last === gaps.length ? text.length : gaps[last]![0];
	return [start, end];
}

/**
 * Lower-cases character by character and takes accents off Latin letters (`É` → `e`), as
 * Pagefind does when it matches, leaving any character whose replacement would not be one unit.
 */
function matchForm(text: string): string {
	let out = '';
	for (const char of text) {
		const lower = char.toLowerCase();
		const base = lower.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
		out += /^[a-z]$/.test(base) ? base : lower.length === char.length ? lower : char;
	}
	return out;
}
