import type { Locale } from '../i18n/config';
import type { PreviewCardRef } from './card';

/**
 * Where a preview image is published, as a site path without the base:
 * `/ar/og/article.png`, `/ar/og/p/4.png`, `/en/og/n/turn-180.png`, `/en/og/glossary/lima-group.png`.
 * Wrap it with `joinBase` (and the site URL, for `og:image`).
 */
export function previewImagePath(locale: Locale, card: PreviewCardRef): string {
	return `/${locale}/og/${previewImageName(card)}.png`;
}

/** The image's name under `/<locale>/og/`, without `.png`: the `[...card]` route parameter. */
export function previewImageName(card: PreviewCardRef): string {
	switch (card.kind) {
		case 'article':
			return 'article';
		case 'paragraph':
			return `p/${card.n}`;
		case 'note':
			return `n/${card.slug}`;
		case 'term':
			return `glossary/${card.slug}`;
	}
}
