import type { AnnotationMention } from '../../content-model/annotation-ids';
import type { ContentProblem } from './problems';

/** A note as the anchor check needs it. */
export interface NoteAnchorInput {
	slug: string;
	file: string;
	paragraph: string;
	quote: string;
}

/** One language version of the article as the anchor check needs it. */
export interface ArticleAnchorInput {
	file: string;
	paragraphs: readonly { id: string; text: string }[];
	annotations: readonly AnnotationMention[];
}

/**
 * Each note is tied to the words it discusses: its quote must be in its paragraph, and the article
 * must mark exactly those words with `:note[…]{#id}` in that paragraph. An edit to either side
 * that breaks the tie fails the build instead of leaving a note pointing at nothing.
 */
export function checkNoteAnchors(
	notes: readonly NoteAnchorInput[],
	article: ArticleAnchorInput,
): ContentProblem[] {
	return notes.flatMap(({ slug, file, paragraph, quote }) => {
		const text = article.paragraphs.find(({ id }) => id === paragraph)?.text;
		if (text === undefined)
			return [{ file, message: `paragraph "${paragraph}" does not exist in ${article.file}` }];
		if (!text.includes(quote))
			return [
				{ file, message: `quote "${quote}" is not in paragraph ${paragraph} of ${article.file}` },
			];
		const anchor = article.annotations.find(
			({ directive, ref }) => directive === 'note' && ref === slug,
		);
		if (!anchor)
			return [
				{
					file,
					message: `is not anchored in ${article.file}: mark the quote in ${paragraph} with :note[${quote}]{#${slug}}`,
				},
			];
		if (anchor.paragraph !== paragraph)
			return [
				{
					file,
					message: `belongs to ${paragraph} but ${article.file} anchors it in ${anchor.paragraph}`,
				},
			];
		if (anchor.text !== quote)
			return [
				{
					file,
					message: `quote "${quote}" differs from the words ${article.file} marks: "${anchor.text}"`,
				},
			];
		return [];
	});
}
