import type { ParagraphRecord } from '../../markdown/remark-article-paragraphs';
import type { ContentProblem } from './problems';

/** One language version's paragraphs, with the file's text to find lines in. */
export interface SegmentedVersion {
	file: string;
	source: string;
	paragraphs: readonly Pick<ParagraphRecord, 'id' | 'segments'>[];
}

/**
 * Segments are addresses shared across languages (`#p4-s2`), so every version cuts each
 * paragraph into the same segments as the original: the translation is re-cut to match, never
 * the original. And in the original a segment begins where the author began a clause: after
 * one of the author's punctuation marks, outside any quotation or parenthesis.
 */
export function checkSegmentAlignment(
	original: SegmentedVersion,
	translations: readonly SegmentedVersion[],
): ContentProblem[] {
	return [
		...original.paragraphs.flatMap((paragraph) => boundaryProblems(original, paragraph)),
		...translations.flatMap((translation) =>
			translation.paragraphs.flatMap((paragraph) => {
				const reference = original.paragraphs.find(({ id }) => id === paragraph.id);
				if (!reference) return []; // the paragraph parity check reports it
				const ids = paragraph.segments.map(({ id }) => id);
				const expected = reference.segments.map(({ id }) => id);
				if (ids.join() === expected.join()) return [];
				return [
					{
						file: at(translation, `{#${paragraph.id}}`),
						message:
							`paragraph ${paragraph.id} is cut into ${count(ids)} but ${original.file} into ${count(expected)}: ` +
							`mark the same segments, aligned by meaning, one for one (${markList(expected)})`,
					},
				];
			}),
		),
	];
}

/**
 * The author's marks after which a clause may begin: full stops, commas, semicolons, colons,
 * question and exclamation marks (Latin and Arabic), an ellipsis; a closing quotation mark or
 * bracket may follow them.
 */
const clauseEnd = /[.,;:!?،؛؟…][\p{Pe}\p{Pf}]*$/u;
const pairs = [
	['«', '»'],
	['“', '”'],
	['(', ')'],
	['[', ']'],
] as const;

function boundaryProblems(
	version: SegmentedVersion,
	paragraph: Pick<ParagraphRecord, 'id' | 'segments'>,
): ContentProblem[] {
	const problems: ContentProblem[] = [];
	let before = '';
	paragraph.segments.forEach(({ id, text }, index) => {
		if (index > 0) {
			const previous = paragraph.segments[index - 1]!.text;
			if (!clauseEnd.test(previous))
				problems.push({
					file: at(version, `{#${id}}`),
					message: `segment ${id} begins after "…${previous.slice(-16)}", not after a punctuation mark: in the original a segment begins where the author began a clause, after «،», «؛», «.» or another mark of theirs`,
				});
			const open = pairs.find(([opening, closing]) => depth(before, opening, closing) > 0);
			const straight = (before.match(/"/g) ?? []).length % 2 === 1;
			if (open || straight)
				problems.push({
					file: at(version, `{#${id}}`),
					message: `segment ${id} begins inside ${open ? `${open[0]}…${open[1]}` : 'a quotation'}: a quoted or bracketed phrase stays in one segment; move the mark after it closes`,
				});
		}
		before += `${text} `;
	});
	return problems;
}

function depth(text: string, opening: string, closing: string): number {
	return text.split(opening).length - text.split(closing).length;
}

/** `file:line` of the first line holding `needle`, or the file alone. */
function at({ file, source }: SegmentedVersion, needle: string): string {
	const index = source.split('\n').findIndex((line) => line.includes(needle));
	return index < 0 ? file : `${file}:${index + 1}`;
}

function count(ids: readonly string[]): string {
	return ids.length === 1 ? 'one segment' : `${ids.length} segments`;
}

function markList(ids: readonly string[]): string {
	return ids.length === 1 ? 'no mark' : ids.map((id) => `:s{#${id}}`).join(' ');
}
