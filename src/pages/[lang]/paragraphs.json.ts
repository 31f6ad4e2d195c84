import type { APIRoute, GetStaticPaths } from 'astro';
import { loadArticles } from '../../data/article';
import type { ParagraphsFile } from '../../data/paragraphs-file';
import { localeCodes, locales, type Locale } from '../../i18n/config';
import { splitBidiRuns } from '../../markdown/bidi-runs';

/**
 * The article's paragraphs in one language (see data/paragraphs-file.ts), for the in-place
 * translation toggle, which fetches the other language's file only when a reader asks for a
 * translation: the pages themselves carry one language.
 */
export const getStaticPaths = (() => localeCodes.map((lang) => ({ params: { lang } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
	const locale = params['lang'] as Locale;
	const article = (await loadArticles())[locale];
	const file: ParagraphsFile = {
		lang: locales[locale].lang,
		dir: locales[locale].dir,
		paragraphs: Object.fromEntries(article.paragraphs.map(({ id, text }) => [id, splitBidiRuns(text, locale)])),
	};
	return new Response(JSON.stringify(file), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
