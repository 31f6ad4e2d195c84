import type en from './en';

/** A key of the interface dictionaries, e.g. `'paragraph.link'`. */
export type UiKey = keyof typeof en;

/** A complete dictionary: every key, each a string. */
export type UiDictionary = Record<UiKey, string>;
