/**
 * The one place where the site's locales are defined. Routing, `<html lang dir>`, date formatting,
 * content checks and the Astro `i18n` config all derive from this object.
 */

/** What the site needs to know about one locale. */
export interface LocaleConfig {
	/** Name of the language in that language, as shown in the language switch. */
	label: string;
	/** BCP 47 tag for `lang` attributes. */
	lang: string;
	/** Text direction of the language. */
	dir: 'rtl' | 'ltr';
	/**
	 * Locale handed to `Intl` formatters. Digits and calendar are explicit so that no reader (and no
	 * build machine) sees Eastern Arabic digits or a Hijri calendar by accident.
	 */
	intl: string;
	/** Open Graph locale (`og:locale`). */
	ogLocale: string;
}

export const locales = {
	ar: {
		label: 'العربية',
		lang: 'ar',
		dir: 'rtl',
		intl: 'ar-u-ca-gregory-nu-latn',
		ogLocale: 'ar_AR',
	},
	en: {
		label: 'English',
		lang: 'en',
		dir: 'ltr',
		intl: 'en-GB-u-ca-gregory-nu-latn',
		ogLocale: 'en_GB',
	},
} as const satisfies Record<string, LocaleConfig>;

/** A locale code used in URLs and content file names (`ar`, `en`). */
export type Locale = keyof typeof locales;

/** All locale codes, the original language first. */
export const localeCodes = Object.keys(locales) as Locale[];

/** The language the article was written in, and where `/` sends readers without a preference. */
export const defaultLocale: Locale = 'ar';

/** Type guard for strings that come from URLs, file paths or front matter. */
export function isLocale(value: unknown): value is Locale {
	return typeof value === 'string' && Object.hasOwn(locales, value);
}

/** The other locales, in definition order (with two locales: the one to switch to). */
export function otherLocales(locale: Locale): Locale[] {
	return localeCodes.filter((code) => code !== locale);
}

/** Languages written right to left, by primary subtag (a source's `lang`, not only the site's). */
const rightToLeft = new Set(['ar', 'fa', 'he', 'ur']);

/** The direction of text in a language, from its BCP 47 tag: `es` and `en-GB` ltr, `ar` rtl. */
export function directionOf(lang: string): 'rtl' | 'ltr' {
	return rightToLeft.has(lang.split('-')[0]!.toLowerCase()) ? 'rtl' : 'ltr';
}
