import type { ContentProblem } from './problems';

/** A paragraph as rendered from the Markdown, with its directive markup already removed. */
export interface ParagraphText {
	id: string;
	text: string;
}

/**
 * The original must show the text exactly as received: paragraph N of the Markdown equals line N
 * of the received text, character for character. On a mismatch the message shows where, so an
 * editor can find a stray edit without diffing by eye.
 */
export function checkVerbatim(
	file: string,
	paragraphs: readonly ParagraphText[],
	receivedFile: string,
	received: string,
): ContentProblem[] {
	const lines = received.split('\n');
	const problems: ContentProblem[] = [];
	if (lines.length !== paragraphs.length) {
		problems.push({
			file,
			message: `has ${paragraphs.length} paragraphs but ${receivedFile} has ${lines.length}`,
		});
	}
	paragraphs.forEach(({ id, text }, index) => {
		const line = lines[index];
		if (line === undefined || line === text) return;
		const at = firstDifference(text, line);
		problems.push({
			file,
			message:
				`paragraph ${id} differs from line ${index + 1} of ${receivedFile} at character ${at + 1}: ` +
				`"…${text.slice(Math.max(0, at - 12), at + 12)}…" instead of "…${line.slice(Math.max(0, at - 12), at + 12)}…"`,
		});
	});
	return problems;
}

function firstDifference(a: string, b: string): number {
	let index = 0;
	while (index < a.length && a[index] === b[index]) index += 1;
	return index;
}
