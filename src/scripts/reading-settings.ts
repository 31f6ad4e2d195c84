import { preferenceKeys, readPreference, savePreference, textSizes, themes } from './preferences';

/**
 * The display settings in the header: shows the stored theme and text size as checked, and
 * stores and applies a change at once. The first value of each list is the default, stored as
 * nothing.
 */
export function enhanceReadingSettings(): void {
	const settings = document.querySelector<HTMLElement>('[data-reading-settings]');
	if (!settings) return;
	const groups = [
		{ name: 'theme', key: preferenceKeys.theme, values: themes, attribute: 'theme' },
		{ name: 'text-size', key: preferenceKeys.textSize, values: textSizes, attribute: 'textSize' },
	] as const;
	for (const { name, key, values, attribute } of groups) {
		const radios = [...settings.querySelectorAll<HTMLInputElement>(`input[name="${name}"]`)];
		const stored = readPreference(key, values) ?? values[0];
		for (const radio of radios) {
			radio.checked = radio.value === stored;
			radio.addEventListener('change', () => {
				if (radio.checked)
					savePreference(key, radio.value === values[0] ? undefined : radio.value, attribute);
			});
		}
	}
	// Escape closes the panel and gives focus back to its toggle.
	settings.addEventListener('keydown', (event) => {
		if (event.key !== 'Escape' || !settings.hasAttribute('open')) return;
		settings.removeAttribute('open');
		settings.querySelector('summary')?.focus();
	});
}
