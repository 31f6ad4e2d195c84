import { loadGlossary, loadNotes } from '../data/annotations';
import { loadArticles } from '../data/articles';
import { loadTimeline } from '../data/timeline';
import { localeCodes, locales, type Locale } from '../i18n/config';
import { useTranslations } from '../i18n/translate';
import { paragraphNumber } from '../content-model/paragraph-ids';
import { paths } from '../routing/urls';
import { formatPartialDate, formatPartialDateRange } from '../utils/dates';
import { plainText, type SearchRecord } from './records';
import { mentionedTerms, type TermNames } from './term-names';

/**
 * Every searchable place of the site in every language: each paragraph of every article, each
 * note (where it sits in its article), each glossary term (its page) and each timeline event (on
 * the timeline). Paragraphs and notes name their article. Runs inside the build, where the
 * content collections load.
 */
export async function collectSearchRecords(): Promise<SearchRecord[]> {
	const [articles, notes, glossary, timeline] = await Promise.all([
		loadArticles(),
		loadNotes(),
		loadGlossary(),
		loadTimeline(),
	]);
	// Every term's names in every language: the Arabic entry's and the English entry's alike.
	const termNames: TermNames[] = glossary[localeCodes[0]!].map(({ slug }) => ({
		id: slug,
		names: localeCodes.flatMap((locale) => {
			const term = glossary[locale].find((candidate) => candidate.slug === slug);
			return term ? [term.entry.data.name, ...term.entry.data.aliases.map(({ text }) => text)] : [];
		}),
	}));
	const namesIn = (text: string, annotated: readonly string[] = []) =>
		mentionedTerms(text, annotated, termNames).flatMap(({ names }) => names);
	const severalArticles = articles.length > 1;
	return localeCodes.flatMap((locale) => {
		const t = useTranslations(locale);
		const language = locales[locale].lang;
		const titleOf = (slug: string) =>
			articles.find((article) => article.slug === slug)!.versions[locale].entry.data.title;
		const paragraphs: SearchRecord[] = articles.flatMap(({ slug, versions }) =>
			versions[locale].paragraphs.map(({ id, text }) => ({
				url: paths.paragraph(locale, slug, id),
				language,
				kind: 'paragraph' as const,
				title: t('paragraph.short', { n: paragraphNumber(id) }),
				detail: titleOf(slug),
				text,
				keywords: [],
				names: namesIn(
					text,
					versions[locale].annotations
						.filter(({ directive, paragraph }) => directive === 'term' && paragraph === id)
						.map(({ ref }) => ref),
				),
			})),
		);
		const noteRecords: SearchRecord[] = notes[locale].map(
			({ slug, article, entry: { data, body = '' } }) => ({
				url: paths.noteInArticle(locale, article, slug),
				language,
				kind: 'note',
				title: data.title,
				// With several articles, a note says which one it reads.
				detail: [
					t(`note.kind.${data.kind}`),
					data.verdict && t(`verdict.${data.verdict}`),
					severalArticles && titleOf(article),
				]
					.filter(Boolean)
					.join(' · '),
				text: plainText(body),
				keywords: [data.quote],
				names: namesIn(`${data.title} ${data.quote} ${body}`),
			}),
		);
		const terms: SearchRecord[] = glossary[locale].map(({ slug, entry: { data, body = '' } }) => ({
			url: paths.term(locale, slug),
			language,
			kind: 'term',
			title: data.name,
			detail: t(`term.kind.${data.kind}`),
			text: plainText(`${data.summary} ${body}`),
			keywords: [],
			names: [...(termNames.find(({ id }) => id === slug)?.names ?? [])],
		}));
		const events: SearchRecord[] = timeline[locale].map(({ slug, entry: { data, body = '' } }) => ({
			url: paths.event(locale, slug),
			language,
			kind: 'event',
			title: data.title,
			detail: eventDate(locale, data.date, data.end),
			text: plainText(body),
			keywords: [],
			names: namesIn(`${data.title} ${body}`, data.terms),
		}));
		return [...paragraphs, ...noteRecords, ...terms, ...events];
	});
}

function eventDate(locale: Locale, date: string, end: string | undefined): string {
	if (!end) return formatPartialDate(locale, date);
	const { start, separator, end: last } = formatPartialDateRange(locale, date, end);
	return `${start}${separator}${last}`;
}
