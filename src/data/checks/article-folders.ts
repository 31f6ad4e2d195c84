import { defaultLocale, localeCodes } from '../../i18n/config';
import { articleSlugPattern, isReservedSlug } from '../../routing/reserved-slugs';
import type { ContentProblem } from './problems';

/** Where articles live, from the project root: one folder per article. */
export const articlesFolder = 'content/articles';
/** The text as received, in every article's folder; the original's paragraphs must match it line for line. */
export const receivedFileName = 'original.txt';

/** A folder of `content/articles/` and the names of the files in it. */
export interface ArticleFolder {
	slug: string;
	path: string;
	files: readonly string[];
}

/** A language file of the articles collection: its id (`<slug>/<locale>`), file and role. */
export interface ArticleFile {
	id: string;
	file: string;
	role: 'original' | 'translation';
}

/**
 * What every article folder needs before its text can be read: a name that can be an address
 * (lower-case words, not a section of the site such as `glossary`, which would put two pages at
 * one address), the text as received, a Markdown file per locale and exactly one original; and
 * no Markdown file outside a folder or named after no locale.
 */
export function checkArticleFolders(
	folders: readonly ArticleFolder[],
	files: readonly ArticleFile[],
): ContentProblem[] {
	const problems: ContentProblem[] = [];
	const seen = new Map<string, string>();
	for (const { slug, path, files: names } of folders) {
		const file = `${path}/`;
		if (!articleSlugPattern.test(slug)) {
			problems.push({
				file,
				message: `"${slug}" cannot be an address: name the folder in lower-case ASCII words joined by hyphens, e.g. peru-integration`,
			});
		}
		if (isReservedSlug(slug)) {
			problems.push({
				file,
				message: `"${slug}" is already the address of a section of the site (/<lang>/${slug}/): choose another folder name`,
			});
		}
		const other = seen.get(slug.toLowerCase());
		if (other)
			problems.push({
				file,
				message: `has the same address as ${other}: two articles cannot share the slug "${slug}"`,
			});
		seen.set(slug.toLowerCase(), file);
		if (!names.includes(receivedFileName)) {
			problems.push({
				file,
				message: `has no ${receivedFileName}: paste the text exactly as received there, one paragraph per line (npm run new-article ${slug} sets the folder up)`,
			});
		}
		const own = files.filter(({ id }) => id.split('/')[0] === slug);
		for (const locale of localeCodes) {
			if (!own.some(({ id }) => id === `${slug}/${locale}`)) {
				problems.push({
					file: `${path}/${locale}.md`,
					message: 'is missing: every article needs a version in every locale',
				});
			}
		}
		const originals = own.filter(({ role }) => role === 'original');
		if (originals.length !== 1) {
			problems.push({
				file,
				message: `needs exactly one language file with role: original, found ${originals.length}`,
			});
		} else if (originals[0]!.id !== `${slug}/${defaultLocale}`) {
			// The interface calls the original's language the original and lays the side-by-side view
			// out around it: an original in another language would be mislabelled everywhere.
			problems.push({
				file: originals[0]!.file,
				message: `is the original, but the site publishes ${defaultLocale} originals: ${defaultLocale}.md must have role: original, and this file role: translation`,
			});
		}
	}
	for (const { id, file } of files) {
		const [slug, locale, ...rest] = id.split('/');
		if (
			!folders.some((folder) => folder.slug === slug) ||
			rest.length > 0 ||
			!localeCodes.some((code) => code === locale)
		) {
			problems.push({
				file,
				message: `must be ${articlesFolder}/<slug>/<locale>.md, with a locale of ${localeCodes.join(', ')}`,
			});
		}
	}
	return problems;
}
