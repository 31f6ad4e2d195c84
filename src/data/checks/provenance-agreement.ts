import type { ArticleFrontmatter } from '../../schemas/article';
import type { ContentProblem } from './problems';

/** The facts of the provenance (URL and dates) are the same in every language; only labels differ. */
export function checkProvenanceAgreement(
	reference: { file: string; data: ArticleFrontmatter },
	versions: readonly { file: string; data: ArticleFrontmatter }[],
): ContentProblem[] {
	const facts = ({ provenance }: ArticleFrontmatter) => ({
		url: provenance.url,
		earliest: provenance.published.earliest.toISOString().slice(0, 10),
		latest: provenance.published.latest.toISOString().slice(0, 10),
	});
	const expected = facts(reference.data);
	return versions.flatMap(({ file, data }) => {
		const actual = facts(data);
		return (Object.keys(expected) as (keyof typeof expected)[])
			.filter((key) => actual[key] !== expected[key])
			.map((key) => ({
				file,
				message: `provenance ${key} is "${actual[key]}" but ${reference.file} says "${expected[key]}"`,
			}));
	});
}
