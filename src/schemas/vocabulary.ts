/**
 * The fixed vocabularies of the content model, free of any schema library so that client
 * scripts can import them without shipping a validator to the browser.
 */

/** What a note does: adds context, checks a claim, names loaded language, or traces the text's origin. */
export const noteKinds = ['context', 'fact-check', 'framing', 'provenance'] as const;

/** A fact-check's finding. `opinion` marks a claim that is a judgement, not a checkable fact. */
export const verdicts = [
	'accurate',
	'needs-context',
	'partly-inaccurate',
	'inaccurate',
	'unverified',
	'opinion',
] as const;

/** What a glossary term names. */
export const termKinds = ['person', 'organisation', 'place', 'event', 'concept'] as const;

/** Where a spelling comes from. */
export const aliasForms = ['article', 'arabic', 'english', 'spanish'] as const;

/**
 * Kinds of source, so readers can weigh them: state and partisan media are used for attribution
 * only; a hosted copy is a document's text on a site other than its author's.
 */
export const sourceKinds = [
	'official',
	'wire',
	'mainstream',
	'encyclopedic',
	'partisan',
	'state',
	'hosted-copy',
] as const;

/**
 * The marks a timeline topic may take on the time axis (content/topics.yaml): a shape
 * (src/pictures/topic-marks.ts draws each) and a colour of the site's palette, both readable in
 * light and dark.
 */
export const markShapes = ['square', 'circle', 'triangle', 'diamond', 'hexagon'] as const;
export const markColours = ['accent', 'context', 'provenance', 'framing', 'fact-check'] as const;

export type NoteKind = (typeof noteKinds)[number];
export type MarkShape = (typeof markShapes)[number];
