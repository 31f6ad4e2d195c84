import { isLocale, type Locale } from '../i18n/config';

/** localStorage key for the language a reader last chose with the language switch. */
export const localeStorageKey = 'close-reading:locale';

/** The reader's chosen locale, if any. Storage can be unavailable (privacy modes): then none. */
export function readLocalePreference(): Locale | undefined {
	try {
		const stored = localStorage.getItem(localeStorageKey);
		return isLocale(stored) ? stored : undefined;
	} catch {
		return undefined;
	}
}

/** Remembers the locale a reader switched to, so `/` sends them there next time. */
export function saveLocalePreference(locale: Locale): void {
	try {
		localStorage.setItem(localeStorageKey, locale);
	} catch {
		// Nothing to do: the choice still applies to this visit through the link itself.
	}
}
