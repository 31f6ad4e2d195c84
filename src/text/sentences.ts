/**
 * Splits a paragraph into sentences at a full stop, question or exclamation mark (Latin or
 * Arabic) followed by a space. Good enough for news prose; abbreviations are rare in it.
 */
export function splitSentences(text: string): string[] {
	return text
		.split(/(?<=[.!?؟])\s+/)
		.map((sentence) => sentence.trim())
		.filter(Boolean);
}

/** The sentence of `text` that holds `fragment` (or the whole text if none does alone). */
export function sentenceAround(text: string, fragment: string): string {
	return splitSentences(text).find((sentence) => sentence.includes(fragment)) ?? text;
}
