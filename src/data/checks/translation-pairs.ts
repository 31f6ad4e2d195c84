import type { Locale } from '../../i18n/config';
import type { ContentProblem } from './problems';

/** An entry of a per-locale collection (`content/<collection>/<locale>/<id>.md`, or an article's notes). */
export interface LocalizedEntry {
	locale: Locale;
	/** The id shared by every language version (the file name). */
	slug: string;
	file: string;
}

/**
 * Every note and term exists in every language, under the same file name: a reader switching
 * language must find the same note, and a term page must have its twin. The missing file is
 * named after the one that exists (same folder, the other locale).
 */
export function checkTranslationPairs(
	entries: readonly LocalizedEntry[],
	locales: readonly Locale[],
): ContentProblem[] {
	const slugs = [...new Set(entries.map(({ slug }) => slug))].sort();
	return slugs.flatMap((slug) => {
		const present = entries.filter((entry) => entry.slug === slug);
		const reference = present[0]!;
		return locales
			.filter((locale) => !present.some((entry) => entry.locale === locale))
			.map((locale) => ({
				file: reference.file,
				message: `has no ${locale} version: add ${reference.file.replace(`/${reference.locale}/${slug}.md`, `/${locale}/${slug}.md`)}`,
			}));
	});
}

/** Fields that must agree across languages (a note's kind, verdict and paragraph). */
export function checkSharedFields<T extends Record<string, unknown>>(
	entries: readonly (LocalizedEntry & { fields: T })[],
	keys: readonly (keyof T & string)[],
): ContentProblem[] {
	const bySlug = Map.groupBy(entries, ({ slug }) => slug);
	return [...bySlug.values()].flatMap(([reference, ...others]) =>
		others.flatMap((entry) =>
			keys
				.filter((key) => entry.fields[key] !== reference!.fields[key])
				.map((key) => ({
					file: entry.file,
					message: `${key} is "${String(entry.fields[key])}" but ${reference!.file} says "${String(reference!.fields[key])}"`,
				})),
		),
	);
}
