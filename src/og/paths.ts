import type { Locale } from '../i18n/config';

/** Which preview card: the article, one paragraph, one note, or one glossary term. */
export type PreviewCardRef = { kind: 'article' } | { kind: 'paragraph'; n: number } | { kind: 'note'; slug: string } | { kind: 'term'; slug: string };

/** Site path (without base) of a card's 1200×630 PNG, e.g. `/ar/og/p/4.png`. */
export function previewImagePath(locale: Locale, card: PreviewCardRef): string {
	switch (card.kind) {
		case 'article':
			return `/${locale}/og/article.png`;
		case 'paragraph':
			return `/${locale}/og/p/${card.n}.png`;
		case 'note':
			return `/${locale}/og/n/${card.slug}.png`;
		case 'term':
			return `/${locale}/og/glossary/${card.slug}.png`;
	}
}

