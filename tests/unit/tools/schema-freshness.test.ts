import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { forgetContentStoreOnSchemaChange } from '../../../src/integrations/schema-freshness';

const roots: string[] = [];
afterEach(() => {
	for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});

/** A project with one schema, a content config and a content store. */
function project() {
	const root = mkdtempSync(join(tmpdir(), 'schema-freshness-'));
	roots.push(root);
	mkdirSync(join(root, 'src/schemas'), { recursive: true });
	mkdirSync(join(root, 'node_modules/.astro'), { recursive: true });
	writeFileSync(join(root, 'src/content.config.ts'), 'export const collections = {};');
	writeFileSync(join(root, 'src/schemas/note.ts'), 'export const noteSchema = 1;');
	const store = join(root, 'node_modules/.astro/data-store.json');
	writeFileSync(store, '{}');
	return { root, store };
}

describe('forgetContentStoreOnSchemaChange', () => {
	it('keeps the store while the schemas stay the same', () => {
		const { root, store } = project();
		expect(forgetContentStoreOnSchemaChange(root)).toBe(false);
		expect(forgetContentStoreOnSchemaChange(root)).toBe(false);
		expect(existsSync(store)).toBe(true);
	});

	it('deletes the store once a schema changed since the last build', () => {
		const { root, store } = project();
		forgetContentStoreOnSchemaChange(root);
		writeFileSync(join(root, 'src/schemas/note.ts'), 'export const noteSchema = 2;');
		expect(forgetContentStoreOnSchemaChange(root)).toBe(true);
		expect(existsSync(store)).toBe(false);
		writeFileSync(store, '{}');
		expect(forgetContentStoreOnSchemaChange(root)).toBe(false);
		expect(existsSync(store)).toBe(true);
	});
});
