import type { Update } from '../schemas/shared';

/** An entry's correction dates as one comparable value, for the check that languages agree. */
export function updateDates(updates: readonly Update[]): string {
	return updates.length === 0 ? 'none' : updates.map(({ date }) => date).join(', ');
}

/** The day an entry was last corrected, if ever (dates are YYYY-MM-DD, so they sort as text). */
export function lastUpdated(updates: readonly Update[]): string | undefined {
	return updates
		.map(({ date }) => date)
		.sort()
		.at(-1);
}
