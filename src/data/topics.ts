import { getCollection, type CollectionEntry } from 'astro:content';
import { topicsFile } from '../schemas/topic';
import { checkTopicMarks } from './checks/topic-marks';
import { assertNoProblems } from './checks/problems';

/** A thread of the timeline (content/topics.yaml), with its place in the file. */
export type Topic = CollectionEntry<'topics'>['data'];

let topics: Promise<Topic[]> | undefined;

/**
 * The timeline's topics in the file's order (the filter's and the time axis's), checked: no two
 * share a mark, so each lane of the time axis can be told apart.
 */
export function loadTopics(): Promise<Topic[]> {
	topics ??= (async () => {
		const loaded = (await getCollection('topics'))
			.map(({ data }) => data)
			.sort((a, b) => a.position - b.position);
		assertNoProblems(checkTopicMarks(topicsFile, loaded));
		return loaded;
	})();
	return topics;
}
