import type { Locale } from '../i18n/config';
import { locales } from '../i18n/config';

/** A stretch of text in the direction opposite to its surroundings. */
export interface BidiRun {
	start: number;
	end: number;
	/** Attributes for the isolating wrapper. */
	attributes: { dir: 'ltr' | 'rtl'; lang?: string };
}

const latin = 'A-Za-z0-9\\u00C0-\\u024F';
const arabic = '\\u0600-\\u06FF\\u0750-\\u077F\\u08A0-\\u08FF\\uFB50-\\uFDFF\\uFE70-\\uFEFF';

/**
 * Runs start and end on a letter or digit: punctuation at a run's edge belongs to the
 * surrounding sentence (an Arabic full stop after "2017" must stay on the Arabic side).
 * Inside a run, spaces and joining punctuation keep "Pedro Castillo" or "2–3" together.
 */
const latinRun = new RegExp(`[${latin}](?:[\\s.,'’/:\\-–]*[${latin}])*`, 'g');
const arabicRun = new RegExp(`[${arabic}](?:[\\s]*[${arabic}])*`, 'g');

/**
 * Finds the runs of opposite-direction text in text written in `locale`: Latin names and
 * numbers inside Arabic (isolated as LTR runs), Arabic words inside English (isolated
 * as RTL runs and tagged `lang="ar"` so screen readers switch voice).
 *
 * Punctuation and digits that Arabic itself uses (the Arabic comma, Arabic-Indic digits) fall
 * in the Arabic block and are never isolated.
 */
export function findBidiRuns(text: string, locale: Locale): BidiRun[] {
	const rtl = locales[locale].dir === 'rtl';
	const pattern = rtl ? latinRun : arabicRun;
	const attributes: BidiRun['attributes'] = rtl
		? { dir: 'ltr' }
		: { dir: 'rtl', lang: locales.ar.lang };
	return [...text.matchAll(pattern)].map((match) => ({
		start: match.index,
		end: match.index + match[0].length,
		attributes,
	}));
}

/** A piece of text: either plain, or a run to isolate with the given attributes. */
export type BidiPiece = string | { text: string; attributes: BidiRun['attributes'] };

/** Splits text into plain pieces and opposite-direction runs, in order. */
export function splitBidiRuns(text: string, locale: Locale): BidiPiece[] {
	const pieces: BidiPiece[] = [];
	let cursor = 0;
	for (const run of findBidiRuns(text, locale)) {
		if (run.start > cursor) pieces.push(text.slice(cursor, run.start));
		pieces.push({ text: text.slice(run.start, run.end), attributes: run.attributes });
		cursor = run.end;
	}
	if (cursor < text.length) pieces.push(text.slice(cursor));
	return pieces;
}
