/** Directive names for annotations: `:term[words]{#id}` and `:note[words]{#id}`. */
export const annotationDirectives = ['term', 'note'] as const;
export type AnnotationDirective = (typeof annotationDirectives)[number];

/** Ids of notes and terms are file names: lower-case ASCII words joined by hyphens. */
export const annotationIdPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Fragment of a note in the article page: the note itself, and the words that point to it. */
export const noteAnchor = (id: string) => `note-${id}`;
export const noteReference = (id: string) => `ref-${id}`;

/** One annotated span of the article, as the build recorded it. */
export interface AnnotationMention {
	directive: AnnotationDirective;
	/** Note or term id. */
	ref: string;
	/** Paragraph id, e.g. `p4`. */
	paragraph: string;
	/** The annotated words. */
	text: string;
	/** The sentence they stand in. */
	sentence: string;
}
