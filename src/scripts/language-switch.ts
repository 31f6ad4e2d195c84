import { isLocale } from '../i18n/config';
import { saveLocalePreference } from './locale-preference';

/**
 * Enhances the language switch: the link to the other language carries the current `#fragment`
 * (so `/en/#p4` switches to `/ar/#p4`), and a click remembers the choice for `/`.
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
			if (isLocale(link.hreflang)) saveLocalePreference(link.hreflang);
		});
	}
	keepFragment();
	addEventListener('hashchange', keepFragment);
}
