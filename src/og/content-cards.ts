import { loadArticles } from '../data/article';
import { loadGlossary, loadNotes } from '../data/annotations';
import type { Locale } from '../i18n/config';
import { useTranslations } from '../i18n/translate';
import { paragraphNumber } from '../markdown/paragraph-ids';
import type { PreviewCard, PreviewCardRef } from './card';
import { previewImageName } from './paths';

/** A card with the thing it previews. */
export interface PreviewCardEntry {
	ref: PreviewCardRef;
	card: PreviewCard;
}

/**
 * Every preview card of a locale, from the checked content: the article (title and standfirst),
 * each paragraph (its text exactly as the article has it), each note (title and the words it
 * quotes) and each glossary term (name and summary).
 */
export function loadPreviewCards(locale: Locale): Promise<PreviewCardEntry[]> {
	loading[locale] ??= buildCards(locale);
	return loading[locale];
}

const loading: Partial<Record<Locale, Promise<PreviewCardEntry[]>>> = {};

/**
 * The card of one thing, for the text alternative of its image:
 * `previewImageAlt(await previewCard('ar', { kind: 'paragraph', n: 4 }))`.
 * Fails the build, naming the card, if the thing does not exist.
 */
export async function previewCard(locale: Locale, ref: PreviewCardRef): Promise<PreviewCard> {
	const name = previewImageName(ref);
	const found = (await loadPreviewCards(locale)).find((entry) => previewImageName(entry.ref) === name);
	if (!found) throw new Error(`No preview card "${name}" in ${locale}: no such paragraph, note or term`);
	return found.card;
}

async function buildCards(locale: Locale): Promise<PreviewCardEntry[]> {
	const [articles, notes, glossary] = await Promise.all([loadArticles(), loadNotes(), loadGlossary()]);
	const article = articles[locale];
	const t = useTranslations(locale);
	const base = { locale, siteName: t('site.name') };
	const { title, standfirst } = article.entry.data;
	const join = (...parts: (string | false | undefined)[]) => parts.filter(Boolean).join(' · ');

	return [
		{ ref: { kind: 'article' }, card: { ...base, kicker: t('article.label'), title, body: standfirst } },
		...article.paragraphs.map(({ id, text }): PreviewCardEntry => {
			const n = paragraphNumber(id);
			return { ref: { kind: 'paragraph', n }, card: { ...base, kicker: join(t('paragraph.short', { n }), title), title: text, quoted: 'title' } };
		}),
		...notes[locale].map(({ slug, entry: { data } }): PreviewCardEntry => ({
			ref: { kind: 'note', slug },
			card: {
				...base,
				kicker: join(t('note.page'), t(`note.kind.${data.kind}`), data.verdict && t(`verdict.${data.verdict}`)),
				title: data.title,
				body: data.quote,
				quoted: 'body',
			},
		})),
		...glossary[locale].map(({ slug, entry: { data } }): PreviewCardEntry => ({
			ref: { kind: 'term', slug },
			card: { ...base, kicker: join(t('glossary.title'), t(`term.kind.${data.kind}`)), title: data.name, body: data.summary },
		})),
	];
}
