import type { ContentProblem } from './problems';

/** A timeline event as the reference check needs it. */
export interface EventReferenceInput {
	file: string;
	terms: readonly string[];
	paragraphs: readonly string[];
	/** The Markdown body: the event's description. */
	body: string | undefined;
}

/** What an event may point at. */
export interface KnownTargets {
	/** Glossary ids (file names in `content/glossary/<locale>/`). */
	terms: ReadonlySet<string>;
	/** Paragraph ids of the article, and the file that defines them. */
	paragraphs: ReadonlySet<string>;
	articleFile: string;
}

/**
 * Every event links to glossary terms and article paragraphs, and both link back to it: a
 * misspelt id would leave a link to nothing, so it fails the build. An event also needs its
 * description, in every language.
 */
export function checkEventReferences(events: readonly EventReferenceInput[], known: KnownTargets): ContentProblem[] {
	return events.flatMap(({ file, terms, paragraphs, body }) => [
		...terms
			.filter((term) => !known.terms.has(term))
			.map((term) => ({ file, message: `unknown glossary term "${term}": no content/glossary/<locale>/${term}.md` })),
		...paragraphs
			.filter((paragraph) => !known.paragraphs.has(paragraph))
			.map((paragraph) => ({ file, message: `unknown paragraph "${paragraph}": ${known.articleFile} has ${[...known.paragraphs].join(', ')}` })),
		...duplicatesIn(terms, 'term').map((message) => ({ file, message })),
		...duplicatesIn(paragraphs, 'paragraph').map((message) => ({ file, message })),
		...(body?.trim() ? [] : [{ file, message: 'has no description: write one or two sentences after the front matter' }]),
	]);
}

function duplicatesIn(ids: readonly string[], what: string): string[] {
	return [...new Set(ids.filter((id, index) => ids.indexOf(id) !== index))].map((id) => `lists ${what} "${id}" twice`);
}
