import { z } from 'astro/zod';

/** Where the text comes from. Labels are per language; URL and dates must agree across languages. */
export const provenanceSchema = z.object({
	/** Publisher as readers of this language know it, e.g. "Radio Habana Cuba, Arabic service". */
	publisher: z.string().min(1),
	/** Plain-language note on who the publisher is (state media, wire, …). */
	publisherNote: z.string().min(1),
	/** Section of the publication the piece ran in. */
	section: z.string().min(1),
	/** The original page. */
	url: z.url(),
	/** Publication day, or the window our research supports when the original shows no date. */
	published: z
		.object({
			earliest: z.coerce.date(),
			latest: z.coerce.date(),
			/** Why the date is approximate, shown beside it; leave out when the original is dated. */
			note: z.string().min(1).optional(),
		})
		.refine(({ earliest, latest }) => earliest <= latest, 'earliest must not be after latest'),
	/** Anything a reader should know about the text as published, e.g. where its headline came from. */
	textNote: z.string().min(1).optional(),
	/**
	 * How far the text was checked against the publisher's own copy, and what is published as
	 * received without that check: every article says it, so no reader takes more on trust than
	 * we could verify.
	 */
	checked: z.string().min(1),
});

/** Front matter of `content/articles/<slug>/<locale>.md`. */
export const articleSchema = z.object({
	/** Headline in this language. */
	title: z.string().min(1),
	/** Our one- or two-sentence introduction: what the piece is and how to read it. */
	standfirst: z.string().min(1),
	/** What kind of text the original is, in this language: "Opinion", "News report", "Speech". */
	genre: z.string().min(1),
	/** `original` for the text as received, `translation` for ours. */
	role: z.enum(['original', 'translation']),
	provenance: provenanceSchema,
});

export type ArticleFrontmatter = z.infer<typeof articleSchema>;
