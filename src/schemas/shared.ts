import { z } from 'astro/zod';

import { datePrecision, partialDateStart } from '../utils/dates';
import { sourceKinds } from './vocabulary';

/**
 * A date at day, month or year precision, written `YYYY-MM-DD`, `YYYY-MM` or `YYYY`: how much is
 * written is how much is known. It must exist in the calendar (no 30 February).
 */
export const partialDateSchema = z.preprocess(
	toIsoString,
	z
		.string()
		.regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'use YYYY-MM-DD, YYYY-MM or YYYY')
		// Only for the right shape (the regex reports the rest): 2021-02-30 has it but does not exist.
		.refine(
			(value) => datePrecision(value) === undefined || partialDateStart(value) !== undefined,
			{ message: 'is not a date in the calendar' },
		),
);

/** One cited source. */
export const sourceSchema = z.object({
	/** Title as published, in its own language. */
	title: z.string().min(1),
	/** BCP 47 tag of the title's language (`es`, `en`, `ar`), so it is read and laid out right. */
	lang: z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/),
	/** Who published it (the outlet or institution). */
	publisher: z.string().min(1),
	url: z.url(),
	/** Publication date when known: `YYYY-MM-DD`, `YYYY-MM` or `YYYY`. */
	date: partialDateSchema.optional(),
	kind: z.enum(sourceKinds),
});

/**
 * A correction, as the desk logs it: the day it was made and what changed and why, in this
 * language. Logged for a change of fact, date, verdict or source; a change of wording alone is
 * not a correction (see the method page).
 */
export const updateSchema = z
	.object({
		date: partialDateSchema.refine((value) => /^\d{4}-\d{2}-\d{2}$/.test(String(value)), {
			message: 'a correction is dated to the day: YYYY-MM-DD',
		}),
		change: z.string().min(1),
	})
	.strict();

export type Update = z.infer<typeof updateSchema>;

/** An article, by its folder name in `content/articles/` (its address). */
export const articleSlugSchema = z
	.string()
	.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'an article folder name such as peru-integration');

/** Paragraph ids of an article: `p1`, `p2`, … */
export const paragraphIdSchema = z.string().regex(/^p[1-9]\d*$/, 'a paragraph id such as p4');

export type Source = z.infer<typeof sourceSchema>;

/** YAML reads an unquoted 2021-08-09 as a Date and 2013 as a number: keep them as written. */
function toIsoString(value: unknown): unknown {
	if (value instanceof Date) return value.toISOString().slice(0, 10);
	return typeof value === 'number' ? String(value) : value;
}
