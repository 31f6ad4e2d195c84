import { getCollection } from 'astro:content';
import type { Locale } from '../i18n/config';
import type { MarkColour, MarkShape } from '../schemas/vocabulary';
import { checkTopicMarks } from './checks/topic-marks';
import { assertNoProblems } from './checks/problems';

/** A thread of the timeline (content/topics.yaml). */
export interface Topic {
	id: string;
	names: Record<Locale, string>;
	mark: { shape: MarkShape; colour: MarkColour };
}

export const topicsFile = 'content/topics.yaml';

let topics: Promise<Topic[]> | undefined;

/**
 * The timeline's topics in the file's order (the filter's and the time axis's), checked: no two
 * share a mark, so each lane of the time axis can be told apart.
 */
export function loadTopics(): Promise<Topic[]> {
	topics ??= (async () => {
		const loaded = (await getCollection('topics'))
			.map(({ data: { position, ...topic } }) => ({ position, topic }))
			.sort((a, b) => a.position - b.position)
			.map(({ topic }) => topic);
		assertNoProblems(checkTopicMarks(topicsFile, loaded));
		return loaded;
	})();
	return topics;
}
