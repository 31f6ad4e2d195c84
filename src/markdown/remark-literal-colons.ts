import type { Root } from 'mdast';
import { SKIP, visit } from 'unist-util-visit';

/**
 * remark-directive reads any `:word` as a text directive, so "10:30" or "2:1" would lose
 * their second half. A text directive with neither `[label]` nor `{attributes}` is almost
 * always such plain text: put it back as the characters it was written as. Runs right after
 * remark-directive, before any plugin reads the text.
 */
export function remarkLiteralColons() {
	return (tree: Root) => {
		visit(tree, 'textDirective', (node, index, parent) => {
			if (!parent || index === undefined) return;
			const hasAttributes = Object.keys(node.attributes ?? {}).length > 0;
			if (node.children.length > 0 || hasAttributes) return;
			parent.children.splice(index, 1, { type: 'text', value: `:${node.name}` });
			return [SKIP, index + 1];
		});
	};
}
