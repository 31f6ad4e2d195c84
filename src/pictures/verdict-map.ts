import type { NoteKind } from '../schemas/vocabulary';
import { stackLevels } from './stack';

/** A note as the map needs it: where its quote sits, and what it is. */
export interface MappedNote {
	id: string;
	kind: NoteKind;
	verdict?: string | undefined;
	paragraph: string;
	quote: string;
}

export interface VerdictMap {
	/** Each paragraph's stretch of the strip, in percent, from the start of the reading. */
	paragraphs: { id: string; start: number; end: number }[];
	/** Each note's mark: its shape, its place (percent, from the start), its stacking level. */
	marks: { id: string; shape: string; x: number; level: number }[];
}

/** Room between two paragraphs' stretches, in percent of the strip. */
const paragraphGap = 0.8;
/**
 * Two marks closer than this (percent of the strip) are stacked: a mark is about 9 px wide, and the
 * strip is about 290 px wide on a 320 px screen.
 */
export const markGap = 3.2;

/**
 * The verdict map of an article: one stretch per paragraph, as long as its text, in reading order,
 * and a mark for each note at the middle of the words it quotes. Positions are percentages from the
 * start of the reading, so the page draws them in its own direction.
 */
export function verdictMap(
	paragraphs: readonly { id: string; text: string }[],
	notes: readonly MappedNote[],
): VerdictMap {
	const total = paragraphs.reduce((sum, { text }) => sum + text.length, 0) || 1;
	const room = 100 - paragraphGap * Math.max(0, paragraphs.length - 1);
	let cursor = 0;
	const stretches = paragraphs.map(({ id, text }) => {
		const start = cursor;
		const end = start + (room * text.length) / total;
		cursor = end + paragraphGap;
		return { id, start, end, text };
	});
	const placed = notes
		.map((note) => {
			const stretch = stretches.find(({ id }) => id === note.paragraph);
			if (!stretch) return undefined;
			const at = Math.max(0, stretch.text.indexOf(note.quote));
			const middle = (at + note.quote.length / 2) / (stretch.text.length || 1);
			return {
				id: note.id,
				shape: shapeOf(note),
				x: stretch.start + middle * (stretch.end - stretch.start),
			};
		})
		.filter((mark) => mark !== undefined)
		.sort((a, b) => a.x - b.x);
	const levels = stackLevels(
		placed.map(({ x }) => x),
		markGap,
	);
	return {
		paragraphs: stretches.map(({ id, start, end }) => ({ id, start, end })),
		marks: placed.map((mark, index) => ({ ...mark, level: levels[index]! })),
	};
}

/** The shape of a note's mark: its kind's, or for a fact-check its verdict's (`fc-inaccurate`). */
export function shapeOf({ kind, verdict }: Pick<MappedNote, 'kind' | 'verdict'>): string {
	return kind === 'fact-check' ? `fc-${verdict ?? 'unverified'}` : kind;
}
