import { readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildCaches } from '../../src/build-caches';
import {
	buildCopy,
	copyProject,
	type BuildOptions,
	type BuildResult,
} from '../../scripts/project-copy';

/** A throwaway copy of the project, to break on purpose and build. */
export interface ScratchProject {
	dir: string;
	/** Rewrites a file (path from the project root) through `edit`. */
	edit(path: string, edit: (text: string) => string): void;
	remove(path: string): void;
	/** Builds the copy (`astro build`, or `npm run build`); resolves with the exit code and everything printed. */
	build(options?: BuildOptions): Promise<BuildResult>;
	dispose(): void;
}

/**
 * A copy with its own caches, so that two can build at once, sharing only the preview images
 * (the same cards as the project's, drawn once) and starting from a copy of the project's font
 * cuts (1.3 s of a build that would otherwise cut the same faces again).
 */
export function scratchProject(): ScratchProject {
	const dir = copyProject({
		sharedCaches: [buildCaches.previews],
		copiedCaches: [buildCaches.fonts],
	});
	return {
		dir,
		edit(path, edit) {
			const file = join(dir, path);
			const before = readFileSync(file, 'utf8');
			const after = edit(before);
			if (after === before) throw new Error(`the edit did not change ${path}`);
			writeFileSync(file, after);
		},
		remove: (path) => unlinkSync(join(dir, path)),
		build: (options) => buildCopy(dir, options),
		dispose: () => rmSync(dir, { recursive: true, force: true }),
	};
}

/**
 * Builds a copy of the project with something broken by `breakIt`, then deletes the copy:
 * resolves with the exit code and everything the build printed.
 */
export async function buildBroken(
	breakIt: (project: ScratchProject) => void,
): Promise<BuildResult> {
	const project = scratchProject();
	try {
		breakIt(project);
		return await project.build();
	} finally {
		project.dispose();
	}
}
