import type en from './en';

type English = typeof en;

/** A message with a count, by plural category: `other` always, the rest as the locale has them. */
export type PluralMessage = { other: string } & Partial<Record<Intl.LDMLPluralRule, string>>;

/** A key of a plain message, e.g. `'paragraph.link'`: what `t()` takes. */
export type UiKey = { [K in keyof English]: English[K] extends string ? K : never }[keyof English];

/** A key of a message with a count, e.g. `'search.results'`: what `plural()` takes. */
export type PluralKey = Exclude<keyof English, UiKey>;

/** A complete dictionary: every key, each a string or, for counts, a plural message. */
export type UiDictionary = {
	[K in keyof English]: English[K] extends string ? string : PluralMessage;
};
