import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { Locale } from '../i18n/config';
import { noteKinds, type NoteKind } from '../schemas/vocabulary';

/** What the Markdown plugins need to know about the notes and terms an article may mark, in one language. */
export interface AnnotationRegistry {
	/** The article's own notes: note id → its kind. */
	notes: ReadonlyMap<string, NoteKind>;
	/** Glossary term ids (site-wide). */
	terms: ReadonlySet<string>;
}

const cache = new Map<string, AnnotationRegistry>();

/**
 * Reads which notes an article has and which glossary terms exist, for one locale, straight from
 * `content/`, so that a plugin can reject an unknown id at its line. Only ids and note kinds are
 * read here; the content collections validate everything else.
 *
 * @param root the folder holding `content/` (the project root)
 */
export function readRegistry(
	locale: Locale,
	article: string,
	root = process.cwd(),
): AnnotationRegistry {
	const key = `${root}|${article}|${locale}`;
	let registry = cache.get(key);
	if (!registry) {
		registry = {
			notes: new Map(
				entries(join(root, 'content/articles', article, 'notes', locale)).map(([id, data]) => [
					id,
					noteKind(data),
				]),
			),
			terms: new Set(entries(join(root, 'content/glossary', locale)).map(([id]) => id)),
		};
		cache.set(key, registry);
	}
	return registry;
}

function entries(dir: string): [string, Record<string, unknown>][] {
	if (!existsSync(dir)) return [];
	return readdirSync(dir)
		.filter((file) => file.endsWith('.md'))
		.map((file) => [file.slice(0, -3), frontmatter(readFileSync(join(dir, file), 'utf8'))]);
}

function frontmatter(source: string): Record<string, unknown> {
	const match = /^---\r?\n([\s\S]*?)\r?\n---/.exec(source);
	try {
		return (match ? parse(match[1]!) : {}) ?? {};
	} catch {
		// Broken YAML is reported, with its position, by the collection's own validation.
		return {};
	}
}

function noteKind(data: Record<string, unknown>): NoteKind {
	const kind = data['kind'];
	return noteKinds.find((known) => known === kind) ?? 'context';
}
