import type { APIRoute } from 'astro';
import { articlePages, type Article } from '../../../data/articles';
import { paragraphsFile } from '../../../data/paragraphs-file';

/**
 * An article's paragraphs in one language (see data/paragraphs-file.ts), for the in-place
 * translation toggle, which fetches the other language's file only when a reader asks for a
 * translation: the pages themselves carry one language.
 */
export const getStaticPaths = articlePages;

export const GET: APIRoute<{ article: Article }> = ({ props, locals }) =>
	paragraphsFile(props.article, locals.route.locale);
