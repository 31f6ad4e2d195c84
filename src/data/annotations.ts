import { localeCodes, type Locale } from '../i18n/config';
import { loadArticles } from './article';
import { checkNoteAnchors } from './checks/note-anchors';
import { assertNoProblems } from './checks/problems';
import { checkSharedFields } from './checks/translation-pairs';
import { loadLocalized, type LocalizedItem } from './localized-collection';

export type Note = LocalizedItem<'notes'>;
export type Term = LocalizedItem<'glossary'>;

let notes: Promise<Record<Locale, Note[]>> | undefined;
let glossary: Promise<Record<Locale, Term[]>> | undefined;

/**
 * The notes in every language, checked: each exists in every language with the same kind,
 * verdict and paragraph, and each is anchored in its own language's article on the words it quotes.
 * Within a language they come in reading order (by paragraph, then by position in the paragraph).
 */
export function loadNotes(): Promise<Record<Locale, Note[]>> {
	notes ??= (async () => {
		const [byLocale, articles] = await Promise.all([loadLocalized('notes'), loadArticles()]);
		const all = localeCodes.flatMap((locale) => byLocale[locale]);
		const problems = checkSharedFields(
			all.map((note) => ({ ...note, fields: { kind: note.entry.data.kind, verdict: note.entry.data.verdict, paragraph: note.entry.data.paragraph } })),
			['kind', 'verdict', 'paragraph'],
		);
		for (const locale of localeCodes) {
			const article = articles[locale];
			problems.push(...checkNoteAnchors(byLocale[locale].map((note) => ({ ...note, ...note.entry.data })), article));
			const order = article.annotations.filter(({ directive }) => directive === 'note').map(({ ref }) => ref);
			byLocale[locale].sort((a, b) => order.indexOf(a.slug) - order.indexOf(b.slug));
		}
		assertNoProblems(problems);
		return byLocale;
	})();
	return notes;
}

/** The glossary in every language, checked to exist in every language. */
export function loadGlossary(): Promise<Record<Locale, Term[]>> {
	glossary ??= loadLocalized('glossary');
	return glossary;
}

/**
 * The static paths of a page per note and language (`getStaticPaths` of `notes/[note]` and of the
 * share page `n/[note]`), each with its note as a prop.
 */
export async function notePages(): Promise<{ params: { lang: Locale; note: string }; props: { note: Note } }[]> {
	const byLocale = await loadNotes();
	return localeCodes.flatMap((lang) => byLocale[lang].map((note) => ({ params: { lang, note: note.slug }, props: { note } })));
}
