import { execFile } from 'node:child_process';
import {
	cpSync,
	mkdirSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	rmSync,
	symlinkSync,
	unlinkSync,
	writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { previewCacheDir } from '../../src/og/preview-cache';

const root = resolve(import.meta.dirname, '../..');
/** Generated or installed folders: not copied (node_modules is linked instead). */
const skipped = new Set([
	'node_modules',
	'dist',
	'.astro',
	'.git',
	'screenshots',
	'test-results',
	'playwright-report',
	'bench-results',
]);

export interface BuildOptions {
	/** Added to the environment, e.g. `{ BASE_PATH: '/repo/' }`. */
	env?: Record<string, string>;
	/**
	 * Run the project's `npm run build`, with whatever steps it has after `astro build` (such as
	 * indexing the search), instead of `astro build` alone.
	 */
	npmScript?: boolean;
}

/** A throwaway copy of the project, to break on purpose and build. */
export interface ScratchProject {
	dir: string;
	/** Rewrites a file (path from the project root) through `edit`. */
	edit(path: string, edit: (text: string) => string): void;
	remove(path: string): void;
	/** Builds the copy (`astro build`, or `npm run build`); resolves with the exit code and everything printed. */
	build(options?: BuildOptions): Promise<{ code: number; output: string }>;
	dispose(): void;
}

export function scratchProject(): ScratchProject {
	const dir = mkdtempSync(join(tmpdir(), 'close-reading-'));
	cpSync(root, dir, {
		recursive: true,
		filter: (source) => !skipped.has(relative(root, source).split(/[\\/]/)[0]!),
	});
	linkInstalledPackages(dir);
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
		build: ({ env = {}, npmScript = false } = {}) =>
			new Promise((done) => {
				const [command, args] = npmScript
					? ['npm', ['run', 'build']]
					: [process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build']];
				execFile(
					command,
					args,
					{
						cwd: dir,
						env: { ...buildEnvironment(), ...env, NO_COLOR: '1', FORCE_COLOR: '0' },
						maxBuffer: 64 * 1024 * 1024,
					},
					(error, stdout, stderr) => {
						done({
							code: error ? (typeof error.code === 'number' ? error.code : 1) : 0,
							output: `${stdout}\n${stderr}`,
						});
					},
				);
			}),
		dispose: () => rmSync(dir, { recursive: true, force: true }),
	};
}

/**
 * The copy's node_modules: every installed package linked from the project's, but its own
 * caches (Vite's, Astro's content store, the font cuts), so that copies can build side by side
 * and never clear or rewrite the project's own. The preview images alone are shared: their
 * cache is keyed by content and written by rename, so concurrent builds cannot collide on it.
 */
function linkInstalledPackages(dir: string): void {
	const installed = join(root, 'node_modules');
	const modules = join(dir, 'node_modules');
	mkdirSync(modules);
	for (const entry of readdirSync(installed)) {
		if (entry === '.cache' || entry === '.astro' || entry === '.vite') continue;
		symlinkSync(join(installed, entry), join(modules, entry));
	}
	const previews = previewCacheDir;
	mkdirSync(join(root, previews), { recursive: true });
	mkdirSync(join(dir, previews, '..'), { recursive: true });
	symlinkSync(join(root, previews), join(dir, previews), 'dir');
}

/**
 * The test runner's environment without what Vitest puts in it for the code under test: Astro
 * would take `BASE_URL=/` from there over the project's base path, and `NODE_ENV=test` over a
 * production build.
 */
function buildEnvironment(): NodeJS.ProcessEnv {
	const {
		BASE_URL: _base,
		MODE: _mode,
		DEV: _dev,
		PROD: _prod,
		SSR: _ssr,
		NODE_ENV: _node,
		...rest
	} = process.env;
	return rest;
}

/**
 * Builds a copy of the project with something broken by `breakIt`, then deletes the copy:
 * resolves with the exit code and everything the build printed.
 */
export async function buildBroken(
	breakIt: (project: ScratchProject) => void,
): Promise<{ code: number; output: string }> {
	const project = scratchProject();
	try {
		breakIt(project);
		return await project.build();
	} finally {
		project.dispose();
	}
}
