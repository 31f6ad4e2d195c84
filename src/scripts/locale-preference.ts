import type { Locale } from '../i18n/config';

/** localStorage key for the language a reader last chose with the language switch. */
export const localeStorageKey = 'close-reading:locale';

/** Remembers the locale a reader switched to, so `/` sends them there next time. */
export function saveLocalePreference(locale: Locale): void {
	try {
		localStorage.setItem(localeStorageKey, locale);
	} catch {
		// Nothing to do: the choice still applies to this visit through the link itself.
	}
}
