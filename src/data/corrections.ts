import type { Locale } from '../i18n/config';
import type { Update } from '../schemas/shared';
import { loadGlossary, loadNotes } from './annotations';
import { loadTimeline } from './timeline';

/** One line of the corrections log: what was corrected, when, and how. */
export interface Correction extends Update {
	item: { kind: 'note' | 'term' | 'event'; slug: string; title: string };
}

/** Every correction in one language, newest first (then by what was corrected). */
export async function loadCorrections(locale: Locale): Promise<Correction[]> {
	const [notes, glossary, timeline] = await Promise.all([
		loadNotes(),
		loadGlossary(),
		loadTimeline(),
	]);
	const corrections: Correction[] = [
		...notes[locale].flatMap(({ slug, entry }) =>
			entry.data.updates.map((update) => ({
				...update,
				item: { kind: 'note' as const, slug, title: entry.data.title },
			})),
		),
		...glossary[locale].flatMap(({ slug, entry }) =>
			entry.data.updates.map((update) => ({
				...update,
				item: { kind: 'term' as const, slug, title: entry.data.name },
			})),
		),
		...timeline[locale].flatMap(({ slug, entry }) =>
			entry.data.updates.map((update) => ({
				...update,
				item: { kind: 'event' as const, slug, title: entry.data.title },
			})),
		),
	];
	return corrections.sort(
		(a, b) => b.date.localeCompare(a.date) || a.item.title.localeCompare(b.item.title),
	);
}
