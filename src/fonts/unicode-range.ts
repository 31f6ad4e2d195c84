/**
 * A CSS `unicode-range` value for exactly these characters: `U+20-22, U+2C, U+30-39`. A face
 * declared for exactly what it holds is downloaded only by a page that prints one of them, and
 * never asked for a character its cut lacks.
 */
export function unicodeRange(characters: Iterable<string>): string {
	const codePoints = [
		...new Set([...characters].map((character) => character.codePointAt(0)!)),
	].sort((a, b) => a - b);
	const ranges: [number, number][] = [];
	for (const codePoint of codePoints) {
		const last = ranges.at(-1);
		if (last && codePoint === last[1] + 1) last[1] = codePoint;
		else ranges.push([codePoint, codePoint]);
	}
	const hex = (codePoint: number) => codePoint.toString(16).toUpperCase();
	return ranges
		.map(([from, to]) => (from === to ? `U+${hex(from)}` : `U+${hex(from)}-${hex(to)}`))
		.join(', ');
}
