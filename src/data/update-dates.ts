/** Anything dated as a correction is: a note's, a term's, an event's or a source's update. */
interface Dated {
	date: string;
}

/** An entry's correction dates as one comparable value, for the check that languages agree. */
export function updateDates(updates: readonly Dated[]): string {
	return updates.length === 0 ? 'none' : updates.map(({ date }) => date).join(', ');
}

/** The day an entry was last corrected, if ever (dates are YYYY-MM-DD, so they sort as text). */
export function lastUpdated(updates: readonly Dated[]): string | undefined {
	return updates
		.map(({ date }) => date)
		.sort()
		.at(-1);
}
