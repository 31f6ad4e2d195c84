/** One thing wrong with the content, tied to the file an editor has to open. */
export interface ContentProblem {
	/** Path from the project root, e.g. `content/articles/peru-integration/en.md`. */
	file: string;
	message: string;
}

/** Thrown at build time; its message lists every problem, one per line, file first. */
export class ContentCheckError extends Error {
	constructor(readonly problems: ContentProblem[]) {
		super(
			`The content has ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n` +
				problems.map(({ file, message }) => `  ${file}: ${message}`).join('\n'),
		);
		this.name = 'ContentCheckError';
	}
}

/** Throws a `ContentCheckError` when there is anything to report. */
export function assertNoProblems(problems: ContentProblem[]): void {
	if (problems.length > 0) throw new ContentCheckError(problems);
}
