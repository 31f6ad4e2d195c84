import type { Locale } from '../i18n/config';
import { splitBidiRuns } from '../text/bidi-runs';
import type { ExcerptPiece } from '../search/excerpt';

/** A new element with a class. */
export function element<K extends keyof HTMLElementTagNameMap>(
	tag: K,
	className?: string,
): HTMLElementTagNameMap[K] {
	const node = document.createElement(tag);
	if (className) node.className = className;
	return node;
}

/**
 * Excerpt pieces as DOM nodes: matches in `<mark>`, and runs in the other direction (Latin names
 * in Arabic, Arabic words in English) isolated as the article isolates them, so "Pedro Castillo"
 * keeps its order inside Arabic text. Isolation wraps the marks, never the other way round.
 */
export function isolated(pieces: ExcerptPiece[], locale: Locale): Node[] {
	const text = pieces.map((piece) => piece.text).join('');
	const marks: [number, number][] = [];
	let offset = 0;
	for (const piece of pieces) {
		if (piece.match) marks.push([offset, offset + piece.text.length]);
		offset += piece.text.length;
	}
	const nodes: Node[] = [];
	offset = 0;
	for (const run of splitBidiRuns(text, locale)) {
		const runText = typeof run === 'string' ? run : run.text;
		const marked = withMarks(runText, offset, marks);
		offset += runText.length;
		if (typeof run === 'string') {
			nodes.push(...marked);
		} else {
			const span = element('span');
			span.dir = run.attributes.dir;
			if (run.attributes.lang) span.lang = run.attributes.lang;
			span.append(...marked);
			nodes.push(span);
		}
	}
	return nodes;
}

/** Text starting at `offset` of the whole, with the parts inside `marks` wrapped in `<mark>`. */
function withMarks(text: string, offset: number, marks: [number, number][]): Node[] {
	const nodes: Node[] = [];
	let at = 0;
	for (const [start, end] of marks) {
		const from = Math.max(start - offset, at);
		const to = Math.min(end - offset, text.length);
		if (to <= from) continue;
		if (from > at) nodes.push(document.createTextNode(text.slice(at, from)));
		const mark = element('mark');
		mark.textContent = text.slice(from, to);
		nodes.push(mark);
		at = to;
	}
	if (at < text.length) nodes.push(document.createTextNode(text.slice(at)));
	return nodes;
}
