import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { listFiles } from '../../src/hosting/site-files.ts';
import { buildCopy, copyProject } from '../project-copy.ts';
import { addArticleCopies, editOneNote } from './article-copies.ts';

export interface BuildTimes {
	/** Articles in the copy: the real one and its generated copies. */
	articles: number;
	pages: number;
	images: number;
	/** A build with no cache at all, as CI and a fresh clone run it. */
	coldSeconds: number;
	/** The next build, with the caches the cold one left, after one note was edited. */
	warmSeconds: number;
	/** The copy, with its dist/ from the warm build; remove it with `disposeCopy`. */
	dir: string;
}

/**
 * Builds a fresh copy of the project with `articles` articles (the real one and copies of it),
 * twice: cold, then warm after editing one note. Fails with the build's output if either fails.
 */
export async function measureBuilds(articles: number): Promise<BuildTimes> {
	const dir = copyProject();
	addArticleCopies(dir, articles - 1);
	const cold = await buildCopy(dir);
	if (cold.code !== 0)
		throw new Error(`The cold build of ${articles} articles failed:\n${cold.output}`);
	editOneNote(dir, 1);
	const warm = await buildCopy(dir);
	if (warm.code !== 0)
		throw new Error(`The warm build of ${articles} articles failed:\n${warm.output}`);
	const files = listFiles(join(dir, 'dist'));
	return {
		articles,
		pages: files.filter((file) => file.endsWith('.html')).length,
		images: files.filter((file) => file.endsWith('.png')).length,
		coldSeconds: cold.seconds,
		warmSeconds: warm.seconds,
		dir,
	};
}

export function disposeCopy({ dir }: BuildTimes): void {
	rmSync(dir, { recursive: true, force: true });
}
