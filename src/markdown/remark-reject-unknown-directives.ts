// Adds `hName`/`hProperties` to mdast node data: how a node asks to become a given HTML element.
import type {} from 'mdast-util-to-hast';
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { contentFileFromPath } from './content-file';

const syntax = { containerDirective: ':::', leafDirective: '::', textDirective: ':' } as const;

/**
 * Runs after every plugin that handles a directive. Handled directives carry `data.hName`;
 * anything left is a typo or a directive this site does not support, and fails the build at its
 * position instead of vanishing silently from the page.
 */
export function remarkRejectUnknownDirectives() {
	return (tree: Root, file: VFile) => {
		if (!contentFileFromPath(file.path)) return;
		visit(tree, (node) => {
			if (
				node.type !== 'containerDirective' &&
				node.type !== 'leafDirective' &&
				node.type !== 'textDirective'
			)
				return;
			if (node.data?.hName) return;
			file.fail(`Unsupported directive "${syntax[node.type]}${node.name}"`, node);
		});
	};
}
