/**
 * Throwaway copies of the project, built for real: by the build tests (a copy broken on purpose,
 * a second article, a base path) and by `npm run bench:scale` (a copy with generated articles).
 */
import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';

export const projectRoot = resolve(import.meta.dirname, '..');

/** Generated or installed folders: not copied (the packages are linked instead). */
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

/** Folders of node_modules that are caches, not packages: each copy starts with its own. */
const caches = new Set(['.cache', '.astro', '.vite']);

export interface CopyOptions {
	/**
	 * Cache folders (paths from the project root) to share with the project rather than start
	 * empty: only caches keyed by content and written by rename, which concurrent builds cannot
	 * corrupt (the preview images).
	 */
	sharedCaches?: string[];
	/**
	 * Cache folders to copy from the project, when it has them, so the copy starts warm but writes
	 * its own: caches that are rewritten in place, such as the font cuts (each copy cuts again only
	 * if its text needs other characters).
	 */
	copiedCaches?: string[];
}

/**
 * Copies the project's sources into a new temporary folder, with every installed package linked
 * from the project's node_modules but its own caches (Vite's, Astro's content store, the font
 * cuts): copies can then build side by side and never clear or rewrite the project's caches.
 */
export function copyProject({ sharedCaches = [], copiedCaches = [] }: CopyOptions = {}): string {
	const dir = mkdtempSync(join(tmpdir(), 'close-reading-'));
	cpSync(projectRoot, dir, {
		recursive: true,
		filter: (source) => !skipped.has(relative(projectRoot, source).split(/[\\/]/)[0]!),
	});
	const installed = join(projectRoot, 'node_modules');
	const modules = join(dir, 'node_modules');
	mkdirSync(modules);
	for (const entry of readdirSync(installed)) {
		if (!caches.has(entry)) symlinkSync(join(installed, entry), join(modules, entry));
	}
	for (const cache of sharedCaches) {
		mkdirSync(join(projectRoot, cache), { recursive: true });
		mkdirSync(join(dir, cache, '..'), { recursive: true });
		symlinkSync(join(projectRoot, cache), join(dir, cache), 'dir');
	}
	for (const cache of copiedCaches) {
		const source = join(projectRoot, cache);
		if (existsSync(source)) cpSync(source, join(dir, cache), { recursive: true });
	}
	return dir;
}

export interface BuildOptions {
	/** Added to the environment, e.g. `{ BASE_PATH: '/repo/' }`. */
	env?: Record<string, string>;
	/**
	 * Run the project's `npm run build`, with whatever steps it has after `astro build` (such as
	 * indexing the search), instead of `astro build` alone.
	 */
	npmScript?: boolean;
}

export interface BuildResult {
	/** The exit code: 0 when the build succeeded. */
	code: number;
	/** Everything the build printed, standard output then standard error. */
	output: string;
	/** Wall time of the build, in seconds. */
	seconds: number;
}

/** Builds a copy (`astro build`, or `npm run build`) with the project's own Node and Astro. */
export function buildCopy(
	dir: string,
	{ env = {}, npmScript = false }: BuildOptions = {},
): Promise<BuildResult> {
	const [command, args] = npmScript
		? ['npm', ['run', 'build']]
		: [process.execPath, [join(projectRoot, 'node_modules/astro/bin/astro.mjs'), 'build']];
	const started = performance.now();
	return new Promise((done) => {
		execFile(
			command,
			args,
			{
				cwd: dir,
				env: {
					...buildEnvironment(),
					ASTRO_TELEMETRY_DISABLED: '1',
					...env,
					NO_COLOR: '1',
					FORCE_COLOR: '0',
				},
				maxBuffer: 64 * 1024 * 1024,
			},
			(error, stdout, stderr) => {
				done({
					code: error ? (typeof error.code === 'number' ? error.code : 1) : 0,
					output: `${stdout}\n${stderr}`,
					seconds: (performance.now() - started) / 1000,
				});
			},
		);
	});
}

/**
 * The environment without what a test runner puts in it for the code under test: Astro would
 * take `BASE_URL=/` from there over the project's base path, and `NODE_ENV=test` over a
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
