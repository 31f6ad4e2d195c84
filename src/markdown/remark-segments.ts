// Adds `hName`/`hProperties` to mdast node data: how a node asks to become a given HTML element.
import type {} from 'mdast-util-to-hast';
import type { PhrasingContent, Root } from 'mdast';
import type { ContainerDirective, TextDirective } from 'mdast-util-directive';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { contentFileFromPath } from './content-file';
import { paragraphDirective } from '../content-model/paragraph-ids';
import { segmentDirective, segmentId, segmentIdPattern } from '../content-model/segment-ids';
import type { ParagraphRecord } from './remark-article-paragraphs';

/** One segment as the plugin saw it: its id and its plain text, trimmed. */
export interface SegmentRecord {
	id: string;
	text: string;
	/** The paragraph's own whitespace between this segment and the next ('' after the last). */
	space: string;
}

/**
 * Cuts each article paragraph into the segments its editor marked: `:s{#p4-s2}` where segment 2
 * of paragraph 4 begins. Each segment becomes `<span id="p4-s2">`, so `#p4-s2` addresses it
 * without JavaScript; the whitespace between two segments stays outside both. A paragraph with
 * no mark is one segment, `p4-s1`, and gets no span: its address is the paragraph's.
 *
 * The marks are not text: a paragraph's recorded text, which the build compares with the text
 * as received, is the same with or without them. Fails the build at the mark on a segment that
 * does not start the paragraph's first words, an id of another paragraph, a number skipped or
 * repeated, a mark with words in it, or a mark inside an annotation (a segment never cuts one).
 * Runs after `remarkArticleParagraphs`, whose records it completes.
 */
export function remarkSegments() {
	return (tree: Root, file: VFile) => {
		if (contentFileFromPath(file.path)?.collection !== 'article') return;
		const records = new Map(
			(
				(file.data.astro as { frontmatter?: { paragraphs?: ParagraphRecord[] } } | undefined)
					?.frontmatter?.paragraphs ?? []
			).map((record) => [record.id, record]),
		);
		rejectMarksInsideAnnotations(tree, file);
		for (const node of tree.children) {
			if (node.type !== 'containerDirective' || node.name !== paragraphDirective) continue;
			const record = records.get(String(node.attributes?.id));
			if (record) record.segments = cutIntoSegments(node, record, file);
		}
	};
}

function isMark(node: { type: string; name?: string }): node is TextDirective {
	return node.type === 'textDirective' && node.name === segmentDirective;
}

/** A mark anywhere but directly in the paragraph would cut through the annotation it sits in. */
function rejectMarksInsideAnnotations(tree: Root, file: VFile): void {
	visit(tree, 'textDirective', (node, _index, parent) => {
		if (!isMark(node)) return;
		// The type of a text directive's parent does not include the paragraph's container, which
		// holds text directly only after remarkArticleParagraphs unwrapped its paragraph.
		const container = parent as { type: string; name?: string } | undefined;
		if (container?.type === 'containerDirective' && container.name === paragraphDirective) return;
		const around =
			parent?.type === 'textDirective'
				? `:${parent.name}[${toString(parent)}]{#${parent.attributes?.id ?? ''}}`
				: 'its paragraph';
		file.fail(
			`Segment mark :${segmentDirective}{#${node.attributes?.id ?? ''}} cuts through ${around}: a segment begins before an annotation or after it, never inside; move the mark out of the brackets`,
			node,
		);
	});
}

function cutIntoSegments(
	paragraph: ContainerDirective,
	record: ParagraphRecord,
	file: VFile,
): SegmentRecord[] {
	const children = paragraph.children as PhrasingContent[];
	const marks = children.filter(isMark);
	if (marks.length === 0) return [{ id: segmentId(record.id, 1), text: record.text, space: '' }];

	if (marks.length === 1)
		file.fail(
			`Paragraph ${record.id} has one segment mark: a paragraph of one segment needs none (it is shared as the paragraph); remove it, or mark where its next segment begins`,
			marks[0],
		);
	const before = children.slice(0, children.indexOf(marks[0]!));
	if (toString({ type: 'paragraph', children: before }).trim()) {
		file.fail(
			`Paragraph ${record.id} has text before its first segment mark: once a paragraph is cut into segments, every word belongs to one; begin it with :${segmentDirective}{#${segmentId(record.id, 1)}}`,
			marks[0],
		);
	}

	const segments: SegmentRecord[] = [];
	const cut: PhrasingContent[] = [...before];
	marks.forEach((mark, index) => {
		const expected = segmentId(record.id, index + 1);
		const id = checkedId(mark, expected, record.id, file);
		const end = marks[index + 1] ? children.indexOf(marks[index + 1]!) : children.length;
		const words = children.slice(children.indexOf(mark) + 1, end);
		const leading = splitLeadingSpace(words);
		const trailing = splitTrailingSpace(words);
		const text = toString({ type: 'paragraph', children: words }).trim();
		if (!text) file.fail(`Segment ${id} has no words: remove its mark or move it`, mark);
		segments.push({ id, text, space: '' });
		cut.push(
			...leading,
			{
				type: 'textDirective',
				name: segmentDirective,
				attributes: { id },
				children: words,
				data: { hName: 'span', hProperties: { id } },
			},
			...trailing,
		);
	});
	paragraph.children = cut as ContainerDirective['children'];
	return withSpaces(segments, record.text);
}

/** Each segment with the paragraph's whitespace after it, so segments joined are the paragraph. */
function withSpaces(segments: SegmentRecord[], text: string): SegmentRecord[] {
	let end = 0;
	return segments.map((segment, index) => {
		end = text.indexOf(segment.text, end) + segment.text.length;
		const next = segments[index + 1];
		const space = next ? text.slice(end, text.indexOf(next.text, end)) : '';
		return { ...segment, space };
	});
}

function checkedId(mark: TextDirective, expected: string, paragraph: string, file: VFile): string {
	const id = mark.attributes?.id ?? '';
	const written = `:${segmentDirective}{#${id}}`;
	if (mark.children.length > 0)
		file.fail(
			`Segment mark ${written} holds words ("${toString(mark)}"): a mark is only where a segment begins; write :${segmentDirective}{#${id || expected}} before the segment's first word`,
			mark,
		);
	if (!segmentIdPattern.test(id))
		file.fail(`Segment mark needs an id like {#${expected}}; got ${id ? `"${id}"` : 'none'}`, mark);
	if (!id.startsWith(`${paragraph}-`))
		file.fail(
			`Segment mark ${written} is in paragraph ${paragraph}: its id must begin with "${paragraph}-" (here, ${expected})`,
			mark,
		);
	if (id !== expected) {
		const [, , written_n] = segmentIdPattern.exec(id) ?? [];
		const expectedN = Number(expected.split('-s')[1]);
		const problem = Number(written_n) < expectedN ? 'repeats a number' : 'skips a number';
		file.fail(
			`Segment mark ${written} ${problem}: the segments of ${paragraph} are numbered 1, 2, 3… in order, and this one is ${expected}`,
			mark,
		);
	}
	return id;
}

/** Takes the whitespace a segment's first text starts with (a space after its mark) out of it. */
function splitLeadingSpace(words: PhrasingContent[]): PhrasingContent[] {
	const first = words[0];
	if (first?.type !== 'text') return [];
	const space = /^\s+/.exec(first.value)?.[0];
	if (!space) return [];
	first.value = first.value.slice(space.length);
	if (!first.value) words.shift();
	return [{ type: 'text', value: space }];
}

/**
 * Takes the whitespace that ends a segment's last text out of it, so it sits between two
 * segments: a highlighted segment then ends at its last mark, not at a space.
 */
function splitTrailingSpace(words: PhrasingContent[]): PhrasingContent[] {
	const last = words.at(-1);
	if (last?.type !== 'text') return [];
	const space = /\s+$/.exec(last.value)?.[0];
	if (!space) return [];
	last.value = last.value.slice(0, -space.length);
	if (!last.value) words.pop();
	return [{ type: 'text', value: space }];
}
