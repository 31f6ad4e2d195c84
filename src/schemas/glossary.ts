import { z } from 'astro/zod';
import { partialDateSchema, citationSchema, updateSchema } from './shared';
import { aliasForms, termKinds } from './vocabulary';

/** Front matter of `content/glossary/<locale>/<id>.md`: the same id in every language. */
export const glossarySchema = z.object({
	/** The term's name in this language, as the glossary lists it. */
	name: z.string().min(1),
	kind: z.enum(termKinds),
	/** One or two sentences: what the popover shows. The body is the full definition. */
	summary: z.string().min(1),
	/** Spellings: the article's form, standard Arabic forms, English and Spanish names. */
	aliases: z
		.array(
			z.object({
				text: z.string().min(1),
				/** BCP 47 tag of the spelling's language. */
				lang: z.string().min(2),
				form: z.enum(aliasForms),
			}),
		)
		.min(1),
	/** Key dates, each with what happened, in this language. */
	dates: z.array(z.object({ date: partialDateSchema, label: z.string().min(1) })).default([]),
	sources: z.array(citationSchema).min(1),
	/** Corrections, oldest first: the same dates in every language. */
	updates: z.array(updateSchema).default([]),
});
