import { z } from 'astro/zod';
import { localeCodes, type Locale } from '../i18n/config';
import { datePrecision, partialDateStart } from '../utils/dates';

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

/** A source's id: its file name in `content/sources/`, e.g. `reuters-argentina-leaves-lima-group`. */
export const sourceIdSchema = z
	.string()
	.regex(
		/^[a-z0-9]+(-[a-z0-9]+)*$/,
		'a source id (its file name in content/sources/), such as xinhua-unasur-summit',
	);

/**
 * One citation of a registry source: its id, or `{ id, pinpoint }` to point into it (a quoted
 * phrase, a page, an article of a treaty). A `title` may be written for the editor's benefit;
 * it must then be the registry's title, word for word (checked, so the two cannot drift).
 */
export const citationSchema = z
	.union([
		sourceIdSchema,
		z
			.object({
				id: sourceIdSchema,
				pinpoint: z.string().min(1).optional(),
				title: z.string().min(1).optional(),
			})
			.strict(),
	])
	.transform((citation) => (typeof citation === 'string' ? { id: citation } : citation));

export type Citation = z.output<typeof citationSchema>;

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

/** YAML reads an unquoted 2021-08-09 as a Date and 2013 as a number: keep them as written. */
function toIsoString(value: unknown): unknown {
	if (value instanceof Date) return value.toISOString().slice(0, 10);
	return typeof value === 'number' ? String(value) : value;
}

/** Text the site shows in each of its languages: every locale required, none other allowed. */
export const inEveryLocale = z
	.object(
		Object.fromEntries(localeCodes.map((locale) => [locale, z.string().min(1)])) as Record<
			Locale,
			z.ZodString
		>,
	)
	.strict();
