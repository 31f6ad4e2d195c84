import type { ContentProblem } from './problems';

/** An entry as the check needs it: its id, the article it belongs to (notes), its file. */
export interface IdentifiedEntry {
	slug: string;
	article: string | undefined;
	file: string;
}

/**
 * A note's id is its address (`/<lang>/notes/<id>/`) whatever article it belongs to: two articles
 * cannot both have a note of one id. Every file of the second article to use it is named, with the
 * first one's.
 */
export function checkUniqueIds(items: readonly IdentifiedEntry[]): ContentProblem[] {
	const bySlug = Map.groupBy(items, ({ slug }) => slug);
	return [...bySlug].flatMap(([slug, same]) => {
		const articles = [...new Set(same.map(({ article }) => article))];
		if (articles.length < 2) return [];
		const first = same.find(({ article }) => article === articles[0])!;
		return same
			.filter(({ article }) => article !== articles[0])
			.map(({ file }) => ({
				file,
				message: `note id "${slug}" is taken by ${first.file}: note ids are addresses, unique across articles; rename this one`,
			}));
	});
}
