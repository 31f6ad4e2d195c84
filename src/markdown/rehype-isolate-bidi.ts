import type { Element, ElementContent, Root } from 'hast';
import { SKIP, visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { splitBidiRuns } from '../text/bidi-runs';
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
			const pieces = toNodes(splitBidiRuns(node.value, locale));
			if (pieces.length === 1 && pieces[0]!.type === 'text') return;
			parent.children.splice(index, 1, ...pieces);
			return [SKIP, index + pieces.length];
		});
	};
}

function declaresDirection(element: Element): boolean {
	const { dir, lang, dataUi } = element.properties;
	return dir !== undefined || lang !== undefined || dataUi !== undefined;
}

function toNodes(pieces: ReturnType<typeof splitBidiRuns>): ElementContent[] {
	return pieces.map((piece) =>
		typeof piece === 'string'
			? { type: 'text', value: piece }
			: {
					type: 'element',
					tagName: 'span',
					properties: { ...piece.attributes },
					children: [{ type: 'text', value: piece.text }],
				},
	);
}
