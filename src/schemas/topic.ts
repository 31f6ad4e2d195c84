import { z } from 'astro/zod';
import { inEveryLocale } from './shared';
import { markColours, markShapes } from './vocabulary';

/** The one file of topics, from the project root. */
export const topicsFile = 'content/topics.yaml';

/** A topic's id: what events name in `topics:`, and the value of `?topic=` on the timeline. */
export const topicIdSchema = z
	.string()
	.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'a topic id such as lima-group');

/**
 * One entry of `content/topics.yaml`: a thread the timeline follows, named in every language,
 * with its own mark on the time axis.
 */
export const topicSchema = z
	.object({
		id: topicIdSchema,
		names: inEveryLocale,
		mark: z.object({ shape: z.enum(markShapes), colour: z.enum(markColours) }).strict(),
		/** The topic's place in the file, counted from 0: set by the loader (content.config.ts). */
		position: z.number().int().nonnegative(),
	})
	.strict();
