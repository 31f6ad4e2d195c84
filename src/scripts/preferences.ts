/**
 * A reader's preferences: colour theme, text size and the annotation layers they hide. Kept in
 * localStorage and applied by a tiny inline script at the top of every page (see
 * `preferencesScript`), before anything is painted: no flash of the wrong theme, no shift.
 * Without JavaScript the page simply follows the system theme at the default size.
 */
export const preferenceKeys = {
	theme: 'close-reading:theme',
	textSize: 'close-reading:text-size',
	hiddenLayers: 'close-reading:hidden-layers',
} as const;

/** `system` follows the operating system (`prefers-color-scheme`); it is what nothing stored means. */
export const themes = ['system', 'light', 'dark'] as const;

/** Steps of the root font size; every size on the site is in rem, so everything scales. */
export const textSizes = ['normal', 'large', 'larger'] as const;

/**
 * Copies the stored preferences onto `<html>` as `data-theme`, `data-text-size` and
 * `data-hidden-layers`, and marks the page as scripted (`.js`). Self-contained: its source is
 * inlined into every page.
 */
export function applyStoredPreferences(
	keys: typeof preferenceKeys,
	allowed: Record<'theme' | 'textSize', readonly string[]>,
): void {
	const root = document.documentElement;
	root.classList.add('js');
	try {
		const theme = localStorage.getItem(keys.theme);
		if (theme && allowed.theme.includes(theme)) root.dataset['theme'] = theme;
		const size = localStorage.getItem(keys.textSize);
		if (size && allowed.textSize.includes(size)) root.dataset['textSize'] = size;
		const hidden: unknown = JSON.parse(localStorage.getItem(keys.hiddenLayers) ?? '[]');
		if (Array.isArray(hidden) && hidden.length > 0) root.dataset['hiddenLayers'] = hidden.join(' ');
	} catch {
		// Storage off or unreadable: the defaults apply.
	}
}

/** The inline script for `<head>`: `applyStoredPreferences` with this site's keys and values. */
export function preferencesScript(): string {
	const allowed = { theme: themes, textSize: textSizes };
	// Line breaks and indentation go: every statement in the function ends with ; or }.
	const source = applyStoredPreferences.toString().replace(/\n\s*/g, '');
	return `(${source})(${JSON.stringify(preferenceKeys)},${JSON.stringify(allowed)});`;
}

/** Reads one stored preference; `undefined` when unset, unknown, or storage is off. */
export function readPreference<T extends string>(
	key: string,
	allowed: readonly T[],
): T | undefined {
	try {
		const value = localStorage.getItem(key);
		return allowed.find((candidate) => candidate === value);
	} catch {
		return undefined;
	}
}

/** Stores a preference (or forgets it, for the default), and applies it to the page at once. */
export function savePreference(
	key: string,
	value: string | undefined,
	attribute: 'theme' | 'textSize',
): void {
	const root = document.documentElement;
	if (value === undefined) delete root.dataset[attribute];
	else root.dataset[attribute] = value;
	try {
		if (value === undefined) localStorage.removeItem(key);
		else localStorage.setItem(key, value);
	} catch {
		// Storage off: the choice holds until the page is left.
	}
}
