import { locales, type Locale } from './config';
import { dictionaries, type PluralKey, type PluralMessage, type UiKey } from './ui';

/** Values for `{{name}}` placeholders. */
export type Placeholders = Record<string, string | number>;

/**
 * Fills `{{name}}` placeholders. Named (not positional) so a translation can reorder them.
 * An unknown placeholder throws: a silent `{{n}}` on the page is worse than a failed build.
 */
export function interpolate(template: string, values: Placeholders = {}): string {
	return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (_match, name: string) => {
		const value = values[name];
		if (value === undefined)
			throw new Error(`Missing value for placeholder {{${name}}} in "${template}"`);
		return String(value);
	});
}

/** A translation function bound to one locale (its `lang` and `dir` are in the route context). */
export type Translator = (key: UiKey, values?: Placeholders) => string;

/**
 * @example
 * const t = useTranslations('ar');
 * t('paragraph.link', { n: 4 }); // 'رابط الفقرة 4'
 */
export function useTranslations(locale: Locale): Translator {
	const dictionary = dictionaries[locale];
	return (key, values) => interpolate(dictionary[key], values);
}

/**
 * A message with a count, in the form the locale's plural rules pick for it (Arabic has six forms,
 * English two). `{{n}}` is the count; other placeholders come in `values`.
 *
 * @example
 * plural('ar', 'search.results', 3, { query: 'ليما' }); // '3 نتائج عن «ليما».'
 */
export function plural(
	locale: Locale,
	key: PluralKey,
	n: number,
	values: Placeholders = {},
): string {
	const message: PluralMessage = dictionaries[locale][key];
	const category = new Intl.PluralRules(locales[locale].intl).select(n);
	return interpolate(message[category] ?? message.other, { ...values, n });
}

/** The categories a locale's plural rules use (`one`, `other` in English; six in Arabic). */
export function pluralCategories(locale: Locale): Intl.LDMLPluralRule[] {
	return new Intl.PluralRules(locales[locale].intl).resolvedOptions().pluralCategories;
}
