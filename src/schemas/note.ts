import { z } from 'astro/zod';
import { paragraphIdSchema, citationSchema, updateSchema } from './shared';
import { noteKinds, verdicts } from './vocabulary';

/** Front matter of `content/articles/<slug>/notes/<locale>/<id>.md`: the same id in every language. */
export const noteSchema = z
	.object({
		kind: z.enum(noteKinds),
		/** Only for fact-checks. */
		verdict: z.enum(verdicts).optional(),
		/** A short headline for the note, in this language. */
		title: z.string().min(1),
		/** The paragraph the note is anchored to. */
		paragraph: paragraphIdSchema,
		/** The annotated words, exactly as they appear in that paragraph of this language's article. */
		quote: z.string().min(1),
		/** At least one source, by its id in `content/sources/`. */
		sources: z.array(citationSchema).min(1),
		/** Corrections, oldest first: the same dates in every language. */
		updates: z.array(updateSchema).default([]),
	})
	.refine(({ kind, verdict }) => (kind === 'fact-check') === (verdict !== undefined), {
		message: 'a fact-check needs a verdict, and only a fact-check has one',
		path: ['verdict'],
	});
