import { isLocale, type Locale } from '../i18n/config';

/**
 * What the Markdown plugins need to know about the file they are processing.
 * Plugins only touch files inside the top-level `content/` folder; anything else
 * (a README rendered by some tool, a test string without a path) is left alone.
 */
export interface ContentFile {
	/** Collection folder right under `content/`, e.g. `article`. */
	collection: string;
	/** Locale from the file name (`content/article/ar.md`) or folder (`content/glossary/ar/x.md`). */
	locale: Locale;
}

/** Reads collection and locale from a file path; `undefined` for files outside `content/`. */
export function contentFileFromPath(path: string | undefined): ContentFile | undefined {
	if (!path) return undefined;
	const segments = path.replaceAll('\\', '/').split('/');
	const contentIndex = segments.lastIndexOf('content');
	if (contentIndex === -1) return undefined;
	const [collection, ...rest] = segments.slice(contentIndex + 1);
	if (!collection || rest.length === 0) return undefined;
	const candidates = rest.map((segment) => segment.replace(/\.mdx?$/, ''));
	const locale = candidates.find(isLocale);
	if (!locale) return undefined;
	return { collection, locale };
}
