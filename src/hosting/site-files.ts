import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** Every file under `dir`, as forward-slash paths relative to it. */
export function listFiles(dir: string): string[] {
	return readdirSync(dir, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile())
		.map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'))
		.sort();
}

/** The built HTML pages, as site paths: `ar/index.html` → `/ar/`, `404.html` → `/404.html`. */
export function listPages(dir: string): string[] {
	return listFiles(dir)
		.filter((file) => file.endsWith('.html'))
		.map((file) => `/${file.replace(/(^|\/)index\.html$/, '$1')}`);
}
