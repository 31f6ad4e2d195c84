import type { Locale } from '../config';
import ar from './ar';
import en from './en';
import type { UiDictionary } from './types';

export type { PluralKey, PluralMessage, UiDictionary, UiKey } from './types';

/** Interface strings per locale. `satisfies` makes a missing locale a type error. */
export const dictionaries = { ar, en } satisfies Record<Locale, UiDictionary>;
