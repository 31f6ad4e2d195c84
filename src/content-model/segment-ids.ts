/**
 * Segment ids address the stretch of a paragraph a reader quotes: `p4-s2` is the second segment
 * of paragraph 4, the same in every language (the translation is cut to match the original).
 * Like paragraph ids they are ASCII, so a pasted link stays short.
 */
export const segmentIdPattern = /^(p[1-9]\d*)-s([1-9]\d*)$/;

/** Name of the text directive that marks where a segment begins: `:s{#p4-s2}`. */
export const segmentDirective = 's';

/** `('p4', 2)` → `p4-s2`. */
export function segmentId(paragraphId: string, n: number): string {
	return `${paragraphId}-s${n}`;
}

/** `p4-s2` → `{ paragraph: 'p4', n: 2 }`; `undefined` for anything else. */
export function parseSegmentId(id: string): { paragraph: string; n: number } | undefined {
	const match = segmentIdPattern.exec(id);
	return match ? { paragraph: match[1]!, n: Number(match[2]) } : undefined;
}
