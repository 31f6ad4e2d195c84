import { loadGlossary, loadNotes } from '../data/annotations';
import { loadArticles } from '../data/articles';
import { ownSegments } from '../data/own-segments';
import type { Locale } from '../i18n/config';
import { useTranslations } from '../i18n/translate';
import { paragraphNumber } from '../content-model/paragraph-ids';
import type { PreviewImageRef } from '../routing/urls';
import type { PreviewCard } from './card';

/** A card with the thing it previews. */
export interface PreviewCardEntry {
	ref: PreviewImageRef;
	card: PreviewCard;
}

/**
 * Every preview card of a locale, from the checked content: the publication (its name and
 * purpose), each article (title and standfirst), each paragraph and each segment of a paragraph
 * cut into several (its text exactly as the article has it), each note (title and the words it quotes) and each glossary term (name and summary).
 */
export function loadPreviewCards(locale: Locale): Promise<PreviewCardEntry[]> {
	loading[locale] ??= buildCards(locale);
	return loading[locale];
}

const loading: Partial<Record<Locale, Promise<PreviewCardEntry[]>>> = {};

async function buildCards(locale: Locale): Promise<PreviewCardEntry[]> {
	const [articles, notes, glossary] = await Promise.all([
		loadArticles(),
		loadNotes(),
		loadGlossary(),
	]);
	const t = useTranslations(locale);
	const base = { locale, siteName: t('site.name') };
	const join = (...parts: (string | false | undefined)[]) => parts.filter(Boolean).join(' · ');

	return [
		{
			ref: { kind: 'publication' },
			card: {
				...base,
				kicker: t('front.articles'),
				title: t('site.name'),
				body: t('site.purpose'),
			},
		},
		...articles.flatMap(({ slug, versions }): PreviewCardEntry[] => {
			const { title, standfirst } = versions[locale].entry.data;
			return [
				{
					ref: { kind: 'article', article: slug },
					card: { ...base, kicker: t('article.label'), title, body: standfirst },
				},
				...versions[locale].paragraphs.map(({ id, text }): PreviewCardEntry => {
					const n = paragraphNumber(id);
					return {
						ref: { kind: 'paragraph', article: slug, n },
						card: {
							...base,
							kicker: join(t('paragraph.short', { n }), title),
							title: text,
							quoted: 'title',
						},
					};
				}),
				...ownSegments(versions[locale].paragraphs).map(
					({ paragraph, segment, s }): PreviewCardEntry => {
						const n = paragraphNumber(paragraph.id);
						return {
							ref: { kind: 'segment', article: slug, n, s },
							card: {
								...base,
								kicker: join(t('segment.short', { n, s }), title),
								title: segment.text,
								quoted: 'title',
							},
						};
					},
				),
			];
		}),
		...notes[locale].map(({ slug, entry: { data } }): PreviewCardEntry => ({
			ref: { kind: 'note', slug },
			card: {
				...base,
				kicker: join(
					t('note.page'),
					t(`note.kind.${data.kind}`),
					data.verdict && t(`verdict.${data.verdict}`),
				),
				title: data.title,
				body: data.quote,
				quoted: 'body',
			},
		})),
		...glossary[locale].map(({ slug, entry: { data } }): PreviewCardEntry => ({
			ref: { kind: 'term', slug },
			card: {
				...base,
				kicker: join(t('glossary.title'), t(`term.kind.${data.kind}`)),
				title: data.name,
				body: data.summary,
			},
		})),
	];
}
