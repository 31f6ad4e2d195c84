import { topicsFile } from '../../schemas/topic';
import type { ContentProblem } from './problems';

/** A timeline event as the reference check needs it. */
export interface EventReferenceInput {
	file: string;
	topics: readonly string[];
	terms: readonly string[];
	concerns: readonly { article: string; paragraphs: readonly string[] }[];
	/** The Markdown body: the event's description. */
	body: string | undefined;
}

/** What an event may point at. */
export interface KnownTargets {
	/** Topic ids, in the order of content/topics.yaml. */
	topics: readonly string[];
	/** Glossary ids (file names in `content/glossary/<locale>/`). */
	terms: ReadonlySet<string>;
	/** Each article's paragraph ids, by slug, and the file that defines them. */
	articles: ReadonlyMap<string, { file: string; paragraphs: ReadonlySet<string> }>;
}

/**
 * Every event belongs to topics and links to glossary terms and article paragraphs, which link
 * back to it: a misspelt id would leave an event out of its lane or a link to nothing, so it
 * fails the build. An event also needs its
 * description, in every language.
 */
export function checkEventReferences(
	events: readonly EventReferenceInput[],
	known: KnownTargets,
): ContentProblem[] {
	return events.flatMap(({ file, topics, terms, concerns, body }) => [
		...topics
			.filter((topic) => !known.topics.includes(topic))
			.map((topic) => ({
				file,
				message: `unknown topic "${topic}": ${topicsFile} has ${known.topics.join(', ')}`,
			})),
		...duplicatesIn(topics, 'topic').map((message) => ({ file, message })),
		...terms
			.filter((term) => !known.terms.has(term))
			.map((term) => ({
				file,
				message: `unknown glossary term "${term}": no content/glossary/<locale>/${term}.md`,
			})),
		...concerns.flatMap(({ article, paragraphs }) => {
			const target = known.articles.get(article);
			if (!target)
				return [
					{
						file,
						message: `unknown article "${article}": content/articles/ has ${[...known.articles.keys()].join(', ')}`,
					},
				];
			return [
				...paragraphs
					.filter((paragraph) => !target.paragraphs.has(paragraph))
					.map((paragraph) => ({
						file,
						message: `unknown paragraph "${paragraph}" of ${article}: ${target.file} has ${[...target.paragraphs].join(', ')}`,
					})),
				...duplicatesIn(paragraphs, `paragraph of ${article}`).map((message) => ({
					file,
					message,
				})),
			];
		}),
		...duplicatesIn(
			concerns.map(({ article }) => article),
			'article',
		).map((message) => ({ file, message: `${message}: list its paragraphs together` })),
		...duplicatesIn(terms, 'term').map((message) => ({ file, message })),
		...(body?.trim()
			? []
			: [
					{
						file,
						message: 'has no description: write one or two sentences after the front matter',
					},
				]),
	]);
}

function duplicatesIn(ids: readonly string[], what: string): string[] {
	return [...new Set(ids.filter((id, index) => ids.indexOf(id) !== index))].map(
		(id) => `lists ${what} "${id}" twice`,
	);
}
