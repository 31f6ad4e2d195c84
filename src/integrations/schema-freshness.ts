import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildCaches } from '../build-caches';

/**
 * Astro keeps the parsed content in a store between builds and clears it when the text of
 * `content.config.ts` changes (astro/dist/content/utils.js hashes that one file), not when a
 * schema it imports from `src/schemas/` does. A build after a schema change would then read
 * entries parsed by the old schema: a new field's default missing, a new rule unchecked. So before
 * Astro starts, this hashes the schemas with the config, and deletes the store when they changed
 * since the last build (the next build parses every entry again; nothing else is lost).
 */
export function forgetContentStoreOnSchemaChange(root = process.cwd()): boolean {
	const hash = createHash('sha256');
	const schemas = join(root, 'src/schemas');
	for (const file of readdirSync(schemas).sort())
		hash.update(file).update(readFileSync(join(schemas, file)));
	hash.update(readFileSync(join(root, 'src/content.config.ts')));
	const digest = hash.digest('hex');
	const record = join(root, buildCaches.schemaDigest);
	const previous = existsSync(record) ? readFileSync(record, 'utf8') : undefined;
	const store = join(root, 'node_modules/.astro/data-store.json');
	const stale = previous !== undefined && previous !== digest && existsSync(store);
	if (stale) rmSync(store);
	mkdirSync(join(record, '..'), { recursive: true });
	writeFileSync(record, digest);
	return stale;
}
