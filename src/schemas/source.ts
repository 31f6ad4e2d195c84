import { z } from 'astro/zod';
import { inEveryLocale, partialDateSchema } from './shared';
import { sourceKinds } from './vocabulary';

/** A correction of the source's entry (its address, its label, the copy cited), in every language. */
const sourceUpdateSchema = z
	.object({
		date: partialDateSchema.refine((value) => /^\d{4}-\d{2}-\d{2}$/.test(String(value)), {
			message: 'a correction is dated to the day: YYYY-MM-DD',
		}),
		change: inEveryLocale,
	})
	.strict();

/**
 * One source, described once: `content/sources/<id>.yaml`. Notes, terms and events cite it by id;
 * every page that shows it takes its title, publisher and kind from here.
 */
export const sourceSchema = z
	.object({
		url: z.url(),
		/** The title as published, in its own language and spelling. */
		title: z.string().min(1),
		/** BCP 47 tag of the title's language (`es`, `en`, `ar`), so it is read and laid out right. */
		lang: z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/),
		/** Who published the page, as each language's readers know the name. */
		publisher: inEveryLocale,
		/** The news agency whose copy the publisher republished, when it is one. */
		wire: inEveryLocale.optional(),
		/** A hosted copy's original: the document and its author, e.g. UN document A/66/647. */
		copyOf: inEveryLocale.optional(),
		/** Publication date when known: `YYYY-MM-DD`, `YYYY-MM` or `YYYY`. */
		date: partialDateSchema.optional(),
		kind: z.enum(sourceKinds),
		/** For state media: the state that owns or controls it, as an ISO 3166 code (`CU`, `CN`). */
		state: z
			.string()
			.regex(/^[A-Z]{2}$/, 'an ISO 3166 country code in capitals, such as CU')
			.optional(),
		/** What a reader should know about the source that its kind does not say. */
		note: inEveryLocale.optional(),
		/** Corrections of this entry, oldest first. */
		updates: z.array(sourceUpdateSchema).default([]),
	})
	.strict();

export type SourceEntry = z.output<typeof sourceSchema>;
