import type { Root } from 'hast';
import { SKIP, visit } from 'unist-util-visit';

/**
 * Turns the line breaks that Markdown source wraps prose with into plain spaces. A browser
 * renders both the same, so the page reads the same, with fewer bytes sent. Preformatted text
 * (`pre`, `code`, `textarea`) keeps its line breaks.
 */
export function rehypeJoinSoftBreaks() {
	return (tree: Root) => {
		visit(tree, (node) => {
			if (node.type === 'element' && ['pre', 'code', 'textarea'].includes(node.tagName))
				return SKIP;
			if (node.type === 'text') node.value = node.value.replace(/[ \t]*\n[ \t]*/g, ' ');
			return undefined;
		});
	};
}
