/** Measures the width of a string in the current font, in pixels. */
export type Measure = (text: string) => number;

/** Text broken into lines, and whether some of it had to be left out. */
export interface WrappedText {
	lines: string[];
	truncated: boolean;
}

export const ellipsis = '…';

/**
 * Breaks text into lines at spaces, filling each line up to `maxWidth`, in logical order: the
 * renderer sets each line in the text's direction, so the same breaks serve Arabic and English.
 * After `maxLines` lines the rest is dropped and the last line ends with an ellipsis (with no
 * comma or stop of its own before it). A word wider than a line keeps a line to itself.
 */
export function wrapText(
	text: string,
	measure: Measure,
	maxWidth: number,
	maxLines = Infinity,
): WrappedText {
	const words = text.split(/\s+/).filter(Boolean);
	const lines: string[] = [];
	let index = 0;
	while (index < words.length && lines.length < maxLines) {
		let line = words[index++]!;
		while (index < words.length && measure(`${line} ${words[index]}`) <= maxWidth)
			line += ` ${words[index++]}`;
		lines.push(line);
	}
	const truncated = index < words.length;
	if (truncated) lines.push(withEllipsis(lines.pop()!, measure, maxWidth));
	return { lines, truncated };
}

function withEllipsis(line: string, measure: Measure, maxWidth: number): string {
	const words = line.split(' ');
	const ended = () => `${words.join(' ').replace(/[\s,،؛;:.!?—–-]+$/u, '')}${ellipsis}`;
	while (words.length > 1 && measure(ended()) > maxWidth) words.pop();
	return ended();
}
