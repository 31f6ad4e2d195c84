import type { ContentProblem } from './problems';

interface MarkedTopic {
	id: string;
	mark: { shape: string; colour: string };
}

/** Two topics with one shape and one colour would be one lane to a reader's eye. */
export function checkTopicMarks(file: string, topics: readonly MarkedTopic[]): ContentProblem[] {
	const firstWith = new Map<string, string>();
	return topics.flatMap(({ id, mark: { shape, colour } }) => {
		const key = `${shape} ${colour}`;
		const first = firstWith.get(key);
		if (first === undefined) {
			firstWith.set(key, id);
			return [];
		}
		return [
			{
				file,
				message: `topic "${id}" has the same mark as "${first}" (${shape}, ${colour}): give it another shape or colour`,
			},
		];
	});
}
