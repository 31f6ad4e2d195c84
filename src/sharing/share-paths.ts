import type { Locale } from '../i18n/config';
import { localePath } from '../i18n/routing';
import { paragraphNumber } from '../markdown/paragraph-ids';

/**
 * Short share addresses. Link-preview crawlers drop `#fragments`, so `/ar/#p4` would preview the
 * whole article; `/ar/p/4/` is a small page of its own whose preview is paragraph 4, and which
 * sends a reader on to `/ar/#p4`. Notes likewise: `/ar/n/<note>/` → `/ar/#note-<note>`.
 * Site paths, without the base.
 */

/** `paragraphSharePath('ar', 'p4')` is `/ar/p/4/`. */
export function paragraphSharePath(locale: Locale, paragraphId: string): string {
	return localePath(locale, `p/${paragraphNumber(paragraphId)}`);
}

/** `noteSharePath('en', 'leavers')` is `/en/n/leavers/`. */
export function noteSharePath(locale: Locale, noteSlug: string): string {
	return localePath(locale, `n/${noteSlug}`);
}
