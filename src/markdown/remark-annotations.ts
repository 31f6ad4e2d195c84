// Adds `hName`/`hProperties` to mdast node data: how a node asks to become a given HTML element.
import type {} from 'mdast-util-to-hast';
import type { PhrasingContent, Root } from 'mdast';
import type { ContainerDirective, TextDirective } from 'mdast-util-directive';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import type { Locale } from '../i18n/config';
import { useTranslations } from '../i18n/translate';
import { siteUrls } from '../routing/urls';
import { readRegistry, type AnnotationRegistry } from './annotation-registry';
import {
	annotationDirectives,
	annotationIdPattern,
	noteAnchor,
	noteReference,
	type AnnotationDirective,
	type AnnotationMention,
} from '../content-model/annotation-ids';
import { contentFileFromPath } from './content-file';
import { paragraphDirective } from '../content-model/paragraph-ids';
import { sentenceAround } from '../text/sentences';

export interface AnnotationOptions {
	/** The site's base path, for links to glossary pages. */
	base: string;
	/** Where known ids come from; by default the files in `content/`. */
	registry?: (locale: Locale, article: string) => AnnotationRegistry;
}

/**
 * Turns `:term[words]{#id}` into a link to the glossary page and `:note[words]{#id}` into a link to
 * the note, each marked with its kind for styling and with a hint for screen readers, and records
 * every annotated span (for term pages and the build checks).
 *
 * Fails the build at the directive on an unknown id, an empty or nested annotation, or a note
 * anchored twice. Runs after `remarkArticleParagraphs`, which has already recorded the text.
 */
export function remarkAnnotations(options: AnnotationOptions) {
	const registryFor =
		options.registry ?? ((locale: Locale, article: string) => readRegistry(locale, article));
	const urls = siteUrls(options.base);
	return (tree: Root, file: VFile) => {
		const contentFile = contentFileFromPath(file.path);
		if (contentFile?.collection !== 'article' || !contentFile.article) return;
		const { locale, article } = contentFile;
		const registry = registryFor(locale, article);
		const t = useTranslations(locale);
		const mentions: AnnotationMention[] = [];
		const anchored = new Map<string, number>();

		visit(tree, 'containerDirective', (container: ContainerDirective) => {
			if (container.name !== paragraphDirective) return;
			const paragraph = String(container.attributes?.id);
			const paragraphText = toString(container);
			visit(container, 'textDirective', (node: TextDirective) => {
				if (!isAnnotation(node.name)) return;
				const id = node.attributes?.id ?? '';
				const text = toString(node);
				if (!annotationIdPattern.test(id))
					file.fail(
						`:${node.name}[${text}] needs an id like {#lima-group}; got ${id ? `"${id}"` : 'none'}`,
						node,
					);
				if (!text.trim()) file.fail(`:${node.name}{#${id}} has no words to annotate`, node);
				if (node.children.some((child) => child.type === 'textDirective'))
					file.fail(`Annotations cannot be nested: :${node.name}{#${id}} holds another one`, node);

				if (node.name === 'term') {
					if (!registry.terms.has(id))
						file.fail(
							`Unknown glossary term "${id}": there is no content/glossary/${locale}/${id}.md`,
							node,
						);
					node.data = {
						hName: 'a',
						hProperties: {
							href: urls.term(locale, id),
							className: ['annotation'],
							dataKind: 'term',
							dataRef: id,
						},
					};
					node.children.push(hint(t('annotation.hint.term')));
				} else {
					const kind = registry.notes.get(id);
					if (!kind)
						file.fail(
							`Unknown note "${id}": there is no content/articles/${article}/notes/${locale}/${id}.md`,
							node,
						);
					const first = anchored.get(id);
					if (first !== undefined)
						file.fail(`Note "${id}" is anchored twice (first on line ${first})`, node);
					anchored.set(id, node.position?.start.line ?? 0);
					node.data = {
						hName: 'a',
						hProperties: {
							href: `#${noteAnchor(id)}`,
							id: noteReference(id),
							className: ['annotation'],
							dataKind: kind,
							dataRef: id,
						},
					};
					node.children.push(hint(t(`annotation.hint.${kind}`)));
				}
				mentions.push({
					directive: node.name,
					ref: id,
					paragraph,
					text,
					sentence: sentenceAround(paragraphText, text),
				});
			});
		});

		const astro = (file.data.astro ??= {}) as { frontmatter?: Record<string, unknown> };
		astro.frontmatter = { ...astro.frontmatter, annotations: mentions };
	};
}

function isAnnotation(name: string): name is AnnotationDirective {
	return (annotationDirectives as readonly string[]).includes(name);
}

/** Words for screen readers only, marked as interface so the text checks leave them out. */
function hint(words: string): PhrasingContent {
	return {
		type: 'text',
		value: ` (${words})`,
		data: {
			hName: 'span',
			hProperties: { className: ['sr-only'], dataUi: '' },
			hChildren: [{ type: 'text', value: ` (${words})` }],
		},
	};
}
