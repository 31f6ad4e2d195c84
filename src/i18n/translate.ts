import { locales, type Locale } from './config';
import { dictionaries, type UiKey } from './ui';

/** Values for `{{name}}` placeholders. */
export type Placeholders = Record<string, string | number>;

/**
 * Fills `{{name}}` placeholders. Named (not positional) so a translation can reorder them.
 * An unknown placeholder throws: a silent `{{n}}` on the page is worse than a failed build.
 */
export function interpolate(template: string, values: Placeholders = {}): string {
	return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (_match, name: string) => {
		const value = values[name];
		if (value === undefined) throw new Error(`Missing value for placeholder {{${name}}} in "${template}"`);
		return String(value);
	});
}

/** A translation function bound to one locale, with the locale's direction and tag at hand. */
export interface Translator {
	(key: UiKey, values?: Placeholders): string;
	/** The locale this translator speaks. */
	locale: Locale;
	/** `lang` attribute value. */
	lang: string;
	/** `dir` attribute value. */
	dir: 'rtl' | 'ltr';
}

/**
 * @example
 * const t = useTranslations('ar');
 * t('paragraph.link', { n: 4 }); // 'رابط الفقرة 4'
 * t.dir; // 'rtl'
 */
export function useTranslations(locale: Locale): Translator {
	const dictionary = dictionaries[locale];
	const t = (key: UiKey, values?: Placeholders) => interpolate(dictionary[key], values);
	return Object.assign(t, { locale, lang: locales[locale].lang, dir: locales[locale].dir });
}
