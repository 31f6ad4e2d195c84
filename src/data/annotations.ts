import { localeCodes, type Locale } from '../i18n/config';
import { loadArticles, type Article } from './articles';
import { checkNoteAnchors } from './checks/note-anchors';
import { assertNoProblems } from './checks/problems';
import { checkSharedFields } from './checks/translation-pairs';
import { updateDates } from './update-dates';
import { citedIds } from './checks/source-citations';
import { loadLocalized, type LocalizedItem } from './localized-collection';

/** A note, with the article it belongs to (`article`, the folder it sits in). */
export type Note = LocalizedItem<'notes'> & { article: string };
export type Term = LocalizedItem<'glossary'>;

let notes: Promise<Record<Locale, Note[]>> | undefined;
let glossary: Promise<Record<Locale, Term[]>> | undefined;

/**
 * Every article's notes in every language, checked: each exists in every language with the same
 * kind, verdict, paragraph and sources, and each is anchored in its own article, in its own language, on
 * the words it quotes. Within a language they come in reading order: by article (newest first),
 * by paragraph, then by position in the paragraph.
 */
export function loadNotes(): Promise<Record<Locale, Note[]>> {
	notes ??= (async () => {
		const [byLocale, articles] = await Promise.all([loadLocalized('notes'), loadArticles()]);
		const all = localeCodes.flatMap((locale) => byLocale[locale]) as Note[];
		const problems = checkSharedFields(
			all.map((note) => ({
				...note,
				fields: {
					kind: note.entry.data.kind,
					verdict: note.entry.data.verdict,
					paragraph: note.entry.data.paragraph,
					updates: updateDates(note.entry.data.updates),
					sources: citedIds(note.entry.data.sources),
				},
			})),
			['kind', 'verdict', 'paragraph', 'updates', 'sources'],
		);
		const order = new Map<string, number>();
		for (const article of articles) {
			for (const locale of localeCodes) {
				const version = article.versions[locale];
				const own = byLocale[locale].filter((note) => note.article === article.slug);
				problems.push(
					...checkNoteAnchors(
						own.map((note) => ({ ...note, ...note.entry.data })),
						version,
					),
				);
				version.annotations
					.filter(({ directive }) => directive === 'note')
					.forEach(({ ref }) => order.set(`${locale}/${ref}`, order.size));
			}
		}
		for (const locale of localeCodes)
			byLocale[locale].sort(
				(a, b) => (order.get(`${locale}/${a.slug}`) ?? 0) - (order.get(`${locale}/${b.slug}`) ?? 0),
			);
		assertNoProblems(problems);
		return byLocale as Record<Locale, Note[]>;
	})();
	return notes;
}

/** One article's notes in one language, in reading order. */
export async function notesOf(article: Article, locale: Locale): Promise<Note[]> {
	return (await loadNotes())[locale].filter((note) => note.article === article.slug);
}

/** The glossary in every language, checked to exist in every language with the same corrections. */
export function loadGlossary(): Promise<Record<Locale, Term[]>> {
	glossary ??= (async () => {
		const byLocale = await loadLocalized('glossary');
		assertNoProblems(
			checkSharedFields(
				localeCodes
					.flatMap((locale) => byLocale[locale])
					.map((term) => ({
						...term,
						fields: {
							updates: updateDates(term.entry.data.updates),
							sources: citedIds(term.entry.data.sources),
						},
					})),
				['updates', 'sources'],
			),
		);
		return byLocale;
	})();
	return glossary;
}

/**
 * The static paths of a page per note and language (`getStaticPaths` of `notes/[note]` and of the
 * share page `n/[note]`), each with its note and the note's article as props.
 */
export async function notePages(): Promise<
	{ params: { lang: Locale; note: string }; props: { note: Note; article: Article } }[]
> {
	const [byLocale, articles] = await Promise.all([loadNotes(), loadArticles()]);
	return localeCodes.flatMap((lang) =>
		byLocale[lang].map((note) => ({
			params: { lang, note: note.slug },
			props: { note, article: articles.find(({ slug }) => slug === note.article)! },
		})),
	);
}
