import { z } from 'astro/zod';
import { datePrecision, partialDateStart } from '../utils/dates';
import {
	articleSlugSchema,
	paragraphIdSchema,
	partialDateSchema,
	citationSchema,
	updateSchema,
} from './shared';
import { topicIdSchema } from './topic';

/** Glossary ids: the file names in `content/glossary/<locale>/`. */
const termIdSchema = z
	.string()
	.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'a glossary id such as lima-group');

/**
 * Front matter of `content/timeline/<locale>/<id>.md`: one event, the same id in every language.
 * The body is the event's short description. Dates, topics, terms and paragraphs must agree
 * across languages (checked when the collection loads, with the file named).
 */
export const timelineSchema = z
	.object({
		/** When it happened, as precisely as is known: `YYYY-MM-DD`, `YYYY-MM` or `YYYY`. */
		date: partialDateSchema,
		/** Last day (or month, or year) of an event that spans several, at the same precision. */
		end: partialDateSchema.optional(),
		/** A short headline, in this language. */
		title: z.string().min(1),
		/** The threads it belongs to: ids of content/topics.yaml. */
		topics: z.array(topicIdSchema).min(1),
		/** Glossary terms the event concerns. */
		terms: z.array(termIdSchema).default([]),
		/**
		 * The paragraphs the event concerns, article by article (the article is its folder name in
		 * `content/articles/`); each of them links back to the event.
		 */
		concerns: z
			.array(
				z
					.object({ article: articleSlugSchema, paragraphs: z.array(paragraphIdSchema).min(1) })
					.strict(),
			)
			.default([]),
		sources: z.array(citationSchema).min(1),
		/** Corrections, oldest first: the same dates in every language. */
		updates: z.array(updateSchema).default([]),
	})
	// An unknown key is an error, not ignored: the `paragraphs:` of old events, without their
	// article, would otherwise vanish without a word.
	.strict()
	.refine(({ date, end }) => end === undefined || datePrecision(end) === datePrecision(date), {
		message:
			'must be written at the same precision as date (both YYYY-MM-DD, both YYYY-MM or both YYYY)',
		path: ['end'],
	})
	.refine(
		({ date, end }) =>
			end === undefined ||
			(partialDateStart(end)?.getTime() ?? 0) > (partialDateStart(date)?.getTime() ?? 0),
		{
			message: 'must come after date',
			path: ['end'],
		},
	);
