import type { Element, ElementContent, Root, Text } from 'hast';
import { SKIP, visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { findBidiRuns } from './bidi-runs';
import { contentFileFromPath } from './content-file';

/**
 * Wraps every run of opposite-direction text in an isolating `<span dir>` (with `lang` where
 * the language is known), so that numbers and Latin names inside Arabic do not reorder the
 * sentence around them and screen readers hear the right language.
 *
 * Only the wrapper is added: the text itself is never changed, which keeps the Arabic original
 * verbatim. Elements that already declare `dir` or `lang` are trusted and skipped, as are
 * interface controls (`data-ui`).
 */
export function rehypeIsolateBidi() {
	return (tree: Root, file: VFile) => {
		const contentFile = contentFileFromPath(file.path);
		if (!contentFile) return;
		const { locale } = contentFile;

		visit(tree, (node, index, parent) => {
			if (node.type === 'element' && declaresDirection(node)) return SKIP;
			if (node.type !== 'text' || !parent || index === undefined) return;
			const pieces = splitText(node, findBidiRuns(node.value, locale));
			if (pieces.length === 1) return;
			parent.children.splice(index, 1, ...pieces);
			return [SKIP, index + pieces.length];
		});
	};
}

function declaresDirection(element: Element): boolean {
	const { dir, lang, dataUi } = element.properties;
	return dir !== undefined || lang !== undefined || dataUi !== undefined;
}

function splitText(node: Text, runs: ReturnType<typeof findBidiRuns>): ElementContent[] {
	if (runs.length === 0) return [node];
	const pieces: ElementContent[] = [];
	let cursor = 0;
	for (const run of runs) {
		if (run.start > cursor) pieces.push({ type: 'text', value: node.value.slice(cursor, run.start) });
		pieces.push({
			type: 'element',
			tagName: 'span',
			properties: { ...run.attributes },
			children: [{ type: 'text', value: node.value.slice(run.start, run.end) }],
		});
		cursor = run.end;
	}
	if (cursor < node.value.length) pieces.push({ type: 'text', value: node.value.slice(cursor) });
	return pieces;
}
