import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { useTranslations } from '../i18n/translate';
import { contentFileFromPath } from './content-file';
import { paragraphNumber } from '../content-model/paragraph-ids';

/** Class of the permalink control; `data-ui` marks it as interface, not article text. */
const permalinkClass = 'paragraph-link';

/**
 * Gives every article paragraph (`<p data-paragraph id="p4">`) a permalink at its start:
 * the paragraph number, labelled "Link to paragraph 4" in the file's language.
 * It comes first in the DOM because it sits in the inline-start margin, so focus order
 * follows what the eye sees.
 */
export function rehypeParagraphPermalinks() {
	return (tree: Root, file: VFile) => {
		const contentFile = contentFileFromPath(file.path);
		if (contentFile?.collection !== 'article') return;
		const t = useTranslations(contentFile.locale);

		visit(tree, 'element', (node: Element) => {
			if (node.tagName !== 'p' || node.properties['dataParagraph'] === undefined) return;
			const id = String(node.properties['id']);
			const n = paragraphNumber(id);
			node.children.unshift({
				type: 'element',
				tagName: 'a',
				properties: {
					className: [permalinkClass],
					href: `#${id}`,
					ariaLabel: t('paragraph.link', { n }),
					dataUi: '',
				},
				children: [{ type: 'text', value: String(n) }],
			});
		});
	};
}
