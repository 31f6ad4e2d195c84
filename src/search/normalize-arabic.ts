/**
 * Search folding for Arabic: the forms a reader may type, or leave out, become one form, so a
 * query finds the text however either of them is spelled. Applied to the indexed text and to every
 * query alike (never to text a reader sees: the article's Arabic is shown as published).
 *
 * One character in gives at most one character out, so a position in the folded text maps back to
 * the original (see `foldWithPositions`).
 */

/** Characters dropped: tashkeel and Quranic marks (U+064B–U+065F, U+0670), tatweel, and invisible
 * format characters that readers cannot type (zero-width joiners, bidi marks). */
const dropped = /[\u064B-\u065F\u0670\u0640\u200B-\u200F\u061C\u2066-\u2069\u202A-\u202E]/;

/** Letters folded to their bare form. */
const folded: Readonly<Record<string, string>> = {
	// Alef with hamza above or below, with madda, and alef wasla.
	أ: 'ا',
	إ: 'ا',
	آ: 'ا',
	ٱ: 'ا',
	// Hamza on waw and on yeh.
	ؤ: 'و',
	ئ: 'ي',
	// Alef maqsura is written for final yeh, and the other way round.
	ى: 'ي',
	// Ta marbuta is often typed as ha.
	ة: 'ه',
	// Persian-keyboard yeh and kaf.
	ی: 'ي',
	ک: 'ك',
};

/** Arabic-Indic (U+0660–0669) and Persian (U+06F0–06F9) digits as the Latin digits the site prints. */
function digit(char: string): string | undefined {
	const code = char.codePointAt(0)!;
	if (code >= 0x0660 && code <= 0x0669) return String(code - 0x0660);
	if (code >= 0x06f0 && code <= 0x06f9) return String(code - 0x06f0);
	return undefined;
}

/** One character folded: the empty string when it is dropped. */
function foldChar(char: string): string {
	if (dropped.test(char)) return '';
	return folded[char] ?? digit(char) ?? char;
}

/**
 * Folds Arabic text for search: `الحُكومةُ` and `الحكومه` both become `الحكومه`, `أمريكا` becomes
 * `امريكا`, `على` becomes `علي`, `٢٠٢١` becomes `2021`. Latin text is returned unchanged.
 */
export function normalizeArabic(text: string): string {
	let out = '';
	for (const char of text) out += foldChar(char);
	return out;
}

/**
 * Folds text and keeps, for each character of the result, the index of the character of `text`
 * it came from (plus one last entry, `text.length`, for the end), so a match found in the folded
 * text can be shown in the original.
 */
export function foldWithPositions(text: string): { folded: string; positions: number[] } {
	let out = '';
	const positions: number[] = [];
	let index = 0;
	for (const char of text) {
		const result = foldChar(char);
		for (let unit = 0; unit < result.length; unit++) positions.push(index);
		out += result;
		index += char.length;
	}
	positions.push(text.length);
	return { folded: out, positions };
}
