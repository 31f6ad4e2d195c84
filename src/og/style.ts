/**
 * The look of a preview card. Colours are the site's light-scheme tokens (styles/global.css;
 * tests/unit/og/style.test.ts keeps them in step); sizes are in pixels of the 1200 × 630 image,
 * large enough to read when a feed shows the card a third of that size.
 */
export const cardSize = { width: 1200, height: 630 } as const;

export const palette = {
	paper: '#fbf9f4',
	ink: '#1b1a17',
	muted: '#595650',
	rule: '#dcd6c8',
	accent: '#8a1c1c',
} as const;

/** The band of accent colour along the start edge (the right one on Arabic cards). */
export const band = 14;
/** Space between the text and the image's edges. */
export const margin = { inline: 88, top: 64 } as const;

export const kicker = { size: 30, baseline: 104 } as const;
export const footer = { ruleY: 528, size: 28, baseline: 582 } as const;
/** Where the title and body may go, between the kicker and the footer rule. */
export const content = { top: 140, bottom: 500 } as const;

/** Title sizes, largest first: the first at which the whole title fits is used. */
export const titleSizes = [80, 72, 64, 58, 52, 46, 43, 40] as const;
export const body = { size: 34, minLines: 2, gap: 20 } as const;
/** Quotations get a rule on the start side, like the site's block quotations. */
export const quote = { rule: 6, indent: 34 } as const;

/** Line heights as multiples of the font size: Naskh needs room above and below its letters. */
export const lineHeight = {
	ar: { title: 1.5, body: 1.6 },
	en: { title: 1.22, body: 1.35 },
} as const;
