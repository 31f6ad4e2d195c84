import { z } from 'astro/zod';
import { sourceKinds, verdicts } from './vocabulary';

/** Every value of a vocabulary, each required: a verdict or kind left undefined fails the build. */
function everyOf<const T extends readonly string[], S extends z.ZodType>(values: T, schema: S) {
	return z
		.object(Object.fromEntries(values.map((value) => [value, schema])) as Record<T[number], S>)
		.strict();
}

/**
 * Front matter of `content/pages/<locale>/<id>.md`: the desk's own pages, such as how it checks
 * (`method.md`). The same id in every language.
 */
export const pageSchema = z
	.object({
		title: z.string().min(1),
		/** One or two sentences: the standfirst, and the description link previews show. */
		description: z.string().min(1),
		/** The method page: what each verdict means, and the test applied before giving it. */
		verdicts: everyOf(
			verdicts,
			z.object({ means: z.string().min(1), test: z.string().min(1) }).strict(),
		).optional(),
		/** The method page: what each kind of source is, and how it is used. */
		sourceKinds: everyOf(sourceKinds, z.string().min(1)).optional(),
	})
	.strict();
