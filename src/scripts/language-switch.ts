import type { Locale } from '../i18n/config';
import { saveLocalePreference } from './locale-preference';

/**
 * Enhances the language switch: the link to the other language carries the current `#fragment`
 * (so `/en/<article>/#p4` switches to `/ar/<article>/#p4`), and a click remembers the choice for `/`.
 * Without JavaScript the link still works and opens the top of the other page.
 */
export function enhanceLanguageSwitch(): void {
	const links = document.querySelectorAll<HTMLAnchorElement>('a[data-language-switch]');
	const keepFragment = () => {
		for (const link of links) link.hash = location.hash;
	};
	for (const link of links) {
		link.addEventListener('click', () => {
			keepFragment();
			// The build writes each link's hreflang from the locale table (LanguageSwitch.astro).
			saveLocalePreference(link.hreflang as Locale);
		});
	}
	keepFragment();
	addEventListener('hashchange', keepFragment);
}
