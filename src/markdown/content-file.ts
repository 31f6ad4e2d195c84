import { isLocale, type Locale } from '../i18n/config';

/**
 * What the Markdown plugins need to know about the file they are processing.
 * Plugins only touch files inside the top-level `content/` folder; anything else
 * (a README rendered by some tool, a test string without a path) is left alone.
 */
export interface ContentFile {
	/**
	 * What the file is: an article's text (`content/articles/<slug>/<locale>.md`), one of its notes
	 * (`content/articles/<slug>/notes/<locale>/<id>.md`), or a glossary term or timeline event
	 * (`content/<collection>/<locale>/<id>.md`).
	 */
	collection: 'article' | 'notes' | 'glossary' | 'timeline';
	locale: Locale;
	/** The article the file belongs to (its folder name), for article texts and notes. */
	article?: string;
}

/** Reads what a file is from its path; `undefined` for files outside `content/`. */
export function contentFileFromPath(path: string | undefined): ContentFile | undefined {
	if (!path) return undefined;
	const segments = path.replaceAll('\\', '/').split('/');
	const contentIndex = segments.lastIndexOf('content');
	if (contentIndex === -1) return undefined;
	const [collection, ...rest] = segments
		.slice(contentIndex + 1)
		.map((segment) => segment.replace(/\.mdx?$/, ''));
	if (collection === 'articles') {
		const [article, second, third] = rest;
		if (article && isLocale(second) && rest.length === 2)
			return { collection: 'article', locale: second, article };
		if (article && second === 'notes' && isLocale(third) && rest.length === 4)
			return { collection: 'notes', locale: third, article };
		return undefined;
	}
	if (
		(collection === 'glossary' || collection === 'timeline') &&
		isLocale(rest[0]) &&
		rest.length === 2
	)
		return { collection, locale: rest[0] };
	return undefined;
}
