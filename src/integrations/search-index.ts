import { existsSync } from 'node:fs';
import { readFile, rm, stat, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { bundleFolder, recordsFile, toPagefindRecord, type SearchRecord } from '../search/records';

/** Pagefind's ready-made interfaces, which the site does not use (it has its own, see scripts/search.ts). */
const unusedFiles = /^pagefind-(ui|modular-ui|component-ui|highlight)\.(js|css)$/;

/**
 * Builds the search index after the site: one Pagefind index per language, from the records the
 * build wrote to `search-records.json` (one per paragraph, note, term and event), into
 * `dist/pagefind/`. A problem fails the build with what went wrong.
 */
export function searchIndex(): AstroIntegration {
	return {
		name: 'close-reading:search-index',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const out = fileURLToPath(dir);
				const source = join(out, recordsFile);
				if (!existsSync(source))
					throw new Error(
						`Search index: ${source} is missing; src/pages/search-records.json.ts should have written it`,
					);
				const records = JSON.parse(await readFile(source, 'utf8')) as SearchRecord[];
				const bundle = join(out, bundleFolder);
				try {
					const { index, errors } = await pagefind.createIndex({});
					if (!index) throw new Error(errors.join('; '));
					for (const record of records) {
						const added = await index.addCustomRecord(toPagefindRecord(record));
						if (added.errors.length > 0)
							throw new Error(`${record.url}: ${added.errors.join('; ')}`);
					}
					const written = await index.writeFiles({ outputPath: bundle });
					if (written.errors.length > 0) throw new Error(written.errors.join('; '));
				} catch (error) {
					throw new Error(`Search index: Pagefind failed: ${(error as Error).message}`, {
						cause: error,
					});
				} finally {
					await pagefind.close();
				}
				for (const name of await readdir(bundle))
					if (unusedFiles.test(name)) await rm(join(bundle, name));
				await rm(source);
				const languages = Map.groupBy(records, ({ language }) => language);
				const counts = [...languages]
					.map(([language, inLanguage]) => `${inLanguage.length} ${language}`)
					.join(', ');
				logger.info(
					`${records.length} records indexed (${counts}), ${Math.round((await folderBytes(bundle)) / 1024)} KB in ${bundleFolder}/`,
				);
			},
		},
	};
}

async function folderBytes(folder: string): Promise<number> {
	let total = 0;
	for (const entry of await readdir(folder, { withFileTypes: true, recursive: true })) {
		if (entry.isFile()) total += (await stat(join(entry.parentPath, entry.name))).size;
	}
	return total;
}
