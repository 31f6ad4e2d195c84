/**
 * Dot-plot stacking, shared by both pictures: marks closer than `gap` (in the picture's percent of
 * its width) cannot sit side by side, so each goes on the lowest level where nothing is that close.
 * A bunch of events or notes then reads as a column: the shape of the story, without overlaps.
 */
export function stackLevels(positions: readonly number[], gap: number): number[] {
	const placed: { x: number; level: number }[] = [];
	return positions.map((x) => {
		let level = 0;
		while (placed.some((other) => other.level === level && Math.abs(other.x - x) < gap)) level += 1;
		placed.push({ x, level });
		return level;
	});
}

/** A position in reading direction, 0 at the start: right to left, it is measured from the right. */
export function inReadingDirection(x: number, dir: 'rtl' | 'ltr'): number {
	return dir === 'rtl' ? 100 - x : x;
}

/**
 * A percentage for an SVG attribute, short: `12.4%` with one decimal (a pixel at 1000 px), `12%`
 * with none, where half a percent either way is within the picture's precision.
 */
export function percent(x: number, decimals: 0 | 1 = 1): string {
	const scale = 10 ** decimals;
	return `${Math.round(x * scale) / scale}%`;
}

/**
 * Where a position of the picture (percent from the start of the reading) is drawn: in the page's
 * direction, inside a margin of 1.5% at either end, so a mark at 0 or 100 is not cut in half.
 */
export function placeOnPicture(x: number, dir: 'rtl' | 'ltr', decimals: 0 | 1 = 1): string {
	return percent(1.5 + 0.97 * inReadingDirection(x, dir), decimals);
}
