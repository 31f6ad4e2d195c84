/**
 * The pure part of `npm run new-article`: checking a slug, splitting the text as received into
 * paragraphs, and writing the text of each Markdown file. No file system here; the command in
 * `scripts/new-article.ts` reads and writes.
 */
import { localeCodes, locales, type Locale } from '../../src/i18n/config.ts';
import { paragraphDirective } from '../../src/content-model/paragraph-ids.ts';
import { articleSlugPattern, reservedArticleSlugs } from '../../src/routing/reserved-slugs.ts';

export { articleSlugPattern };

/** Why `slug` cannot name an article, or `undefined` when it can. */
export function slugProblem(slug: string): string | undefined {
	if (!articleSlugPattern.test(slug)) {
		return `"${slug}" is not a valid slug: use lower-case ASCII words joined by hyphens, e.g. peru-integration`;
	}
	if (reservedArticleSlugs.some((reserved) => reserved === slug)) {
		return `"${slug}" is the address of a site section (${reservedArticleSlugs.join(', ')}); choose another slug`;
	}
	return undefined;
}

/**
 * The text as received, minus one newline at the very end if there is one (editors and editors'
 * tools add it). Nothing else changes. The build compares paragraph N of the original with line N
 * of original.txt, so the file must not end in a newline: that would be one more, empty, line.
 */
export function stripFinalNewline(received: string): string {
	return received.endsWith('\n') ? received.slice(0, -1) : received;
}

/** The text as received could not be split into paragraphs; the message says which lines and why. */
export class OriginalTextError extends Error {
	override name = 'OriginalTextError';
}

/**
 * Splits original.txt (already without its final newline) into paragraphs, one per line, each
 * exactly as written. An empty file has no paragraphs. Throws an `OriginalTextError` naming the
 * lines when the file has blank lines (one paragraph per line, nothing between) or carriage
 * returns (Markdown would read them as line ends and the paragraph would no longer match its line).
 */
export function splitParagraphs(text: string): string[] {
	if (text === '') return [];
	const lines = text.split('\n');
	const blank = lineNumbers(lines, (line) => line.trim() === '');
	const carriageReturns = lineNumbers(lines, (line) => line.includes('\r'));
	const problems: string[] = [];
	if (blank.length > 0) {
		problems.push(
			`${plural(blank, 'is', 'are')} empty: original.txt holds one paragraph per line with no blank lines between them. ` +
				'Remove the blank lines; leave the paragraphs exactly as received.',
		);
	}
	if (carriageReturns.length > 0) {
		problems.push(
			`${plural(carriageReturns, 'has', 'have')} a carriage return (Windows line ends): save original.txt with plain \\n line ends.`,
		);
	}
	if (problems.length > 0) throw new OriginalTextError(problems.join('\n'));
	return lines;
}

/** Id of the paragraph at `index` (from 0): `p1`, `p2`, … */
export function paragraphId(index: number): string {
	return `p${index + 1}`;
}

/** The front matter of `<locale>.md`, every field a `TODO` to fill, each explained. */
export function frontMatter(locale: Locale, originalLocale: Locale): string {
	const isOriginal = locale === originalLocale;
	const heading = isOriginal
		? [
				`# The original (${locales[locale].label}), exactly as received: a copy of original.txt, beside this file.`,
				'# Do not edit the text inside the :::p blocks: the build compares it with original.txt line by line,',
				'# character by character. Our analysis goes around the text (:term, :note), never into it.',
				'# Cut a long paragraph into the segments a reader quotes with :s{#p4-s1}, :s{#p4-s2} marks, each',
				'# where the author began a clause (after «،», «؛», «.»); marks are not text. docs/authoring.md.',
			]
		: [
				`# Our translation (${locales[locale].label}) of ${originalLocale}.md, beside this file. Translate each paragraph`,
				'# into its :::p block: one block per paragraph of the original, with the same id. The build fails',
				'# while a block is empty or the two files disagree. Cut each paragraph into the same :s{#pN-sM}',
				'# segments as the original, matched by meaning.',
			];
	return [
		'---',
		...heading,
		'#',
		'# Replace every TODO, in this language. Lines marked "optional" may be deleted instead.',
		'# Headline in this language.',
		'title: TODO',
		'# Our one- or two-sentence introduction: what the piece is and how to read it.',
		'standfirst: TODO',
		'# What kind of text the original is, in this language: "Opinion", "News report", "Speech".',
		'genre: TODO',
		`# "original" for the text as received, "translation" for ours. Leave as it is.`,
		`role: ${isOriginal ? 'original' : 'translation'}`,
		'# Where the text comes from. Labels in this language; url and dates must agree across languages.',
		'provenance:',
		'  # Publisher as readers of this language know it, e.g. "Radio Habana Cuba, Arabic service".',
		'  publisher: TODO',
		'  # Plain-language note on who the publisher is (state media, wire, …).',
		'  publisherNote: TODO',
		'  # Section of the publication the piece ran in.',
		'  section: TODO',
		'  # The original page, a full https:// address.',
		'  url: TODO',
		'  # Publication day (YYYY-MM-DD, the same day twice), or the window our research supports when the',
		'  # original shows no date.',
		'  published:',
		'    earliest: TODO',
		'    latest: TODO',
		'    # Optional: why the date is approximate, shown beside it. Delete this line when the original is dated.',
		'    note: TODO',
		'  # Optional: anything a reader should know about the text as published, e.g. where its headline',
		'  # came from. Delete this line when there is nothing to say.',
		'  textNote: TODO',
		"  # How far the text was checked against the publisher's own copy, and what is published as",
		'  # received without that check.',
		'  checked: TODO',
		'---',
	].join('\n');
}

/** One `:::p{#pN}` block holding `text` (empty for a paragraph still to translate). */
export function paragraphBlock(id: string, text: string): string {
	return [`:::${paragraphDirective}{#${id}}`, ...(text === '' ? [] : [text]), ':::'].join('\n');
}

/** `<locale>.md` for the original: each paragraph verbatim in its block. */
export function originalMarkdown(locale: Locale, paragraphs: readonly string[]): string {
	return document(
		frontMatter(locale, locale),
		paragraphs.map((text, index) => paragraphBlock(paragraphId(index), text)),
	);
}

/** `<locale>.md` for a translation: the same ids as the original, every block empty. */
export function translationMarkdown(
	locale: Locale,
	originalLocale: Locale,
	paragraphs: readonly string[],
): string {
	return document(
		frontMatter(locale, originalLocale),
		paragraphs.map((_, index) => paragraphBlock(paragraphId(index), '')),
	);
}

/** The text of every locale's Markdown file, keyed by locale. */
export function articleMarkdown(
	originalLocale: Locale,
	paragraphs: readonly string[],
): Record<Locale, string> {
	return Object.fromEntries(
		localeCodes.map((locale) => [
			locale,
			locale === originalLocale
				? originalMarkdown(locale, paragraphs)
				: translationMarkdown(locale, originalLocale, paragraphs),
		]),
	) as Record<Locale, string>;
}

/** What the editor does once the files exist. */
export function nextSteps(originalLocale: Locale): string {
	const translations = localeCodes
		.filter((locale) => locale !== originalLocale)
		.map((locale) => `${locale}.md`);
	return [
		'Next:',
		`  1. Fill the front matter (every TODO) of ${[`${originalLocale}.md`, ...translations].join(' and ')}.`,
		`  2. Translate each empty :::p block of ${translations.join(' and ')}.`,
		'  3. Annotate with :term[words]{#id} and :note[words]{#id}; write each note as notes/<locale>/<id>.md.',
		`  4. Cut long paragraphs into segments: :s{#p4-s1} at the start, :s{#p4-s2} where the author's next clause begins (after «،» or «.»), the same cuts in ${translations.join(' and ')}.`,
		'  5. npm run build: it names any file and line still missing something.',
		'  6. npm run addresses, to record the new addresses; then commit.',
	].join('\n');
}

function document(front: string, blocks: readonly string[]): string {
	return `${front}\n\n${blocks.join('\n\n')}\n`;
}

function lineNumbers(lines: readonly string[], test: (line: string) => boolean): number[] {
	return lines.flatMap((line, index) => (test(line) ? [index + 1] : []));
}

function plural(numbers: readonly number[], one: string, many: string): string {
	return numbers.length === 1 ? `Line ${numbers[0]} ${one}` : `Lines ${numbers.join(', ')} ${many}`;
}
