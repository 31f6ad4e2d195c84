import { locales, type Locale } from '../i18n/config';

/** The Arabic alphabet in dictionary order, for the glossary's letter bar. */
export const arabicLetters = [...'ابتثجحخدذرزسشصضطظعغفقكلمنهوي'];
/** The Latin alphabet, for the English glossary. */
export const latinLetters = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'];

const diacritics = /[\u064B-\u065F\u0670\u0640]/g;
const alefForms = /[أإآٱ]/g;

/**
 * The form a name is filed under, as an Arabic dictionary files it: without diacritics or
 * tatweel, hamza-seated alefs as plain alef, and without the article "ال" at the start.
 * English names are filed as written, without a leading "The".
 */
export function sortKey(name: string, locale: Locale): string {
	if (locales[locale].dir === 'rtl') {
		return name
			.replace(diacritics, '')
			.replace(alefForms, 'ا')
			.replace(/^ال(?=..)/, '')
			.trim();
	}
	return name
		.replace(/^the\s+/i, '')
		.normalize('NFD')
		.replace(/\p{Mn}/gu, '')
		.trim();
}

/** The letter a name is listed under in the letter bar. */
export function indexLetter(name: string, locale: Locale): string {
	const first = sortKey(name, locale).charAt(0);
	return locales[locale].dir === 'rtl' ? first : first.toUpperCase();
}

/** Sorts items by the dictionary form of their name in that language. */
export function sortByName<T>(
	items: readonly T[],
	locale: Locale,
	nameOf: (item: T) => string,
): T[] {
	const collator = new Intl.Collator(locales[locale].intl, { sensitivity: 'base', numeric: true });
	return [...items].sort((a, b) =>
		collator.compare(sortKey(nameOf(a), locale), sortKey(nameOf(b), locale)),
	);
}
