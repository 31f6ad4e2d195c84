import { cpSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The article the copies are made of: the real one, with every page, share page and image it has. */
export const modelArticle = 'peru-integration';

/** The note that `editOneNote` changes between a cold and a warm build. */
export const editedNote = `content/articles/${modelArticle}/notes/en/leavers.md`;

/**
 * Adds `count` copies of the real article to a project copy, as an editor would add articles:
 * one folder each under content/articles/, with the original, both versions and every note.
 * Each copy is made its own article, not a duplicate the caches could answer from the real one:
 * every paragraph (in the text as received and in both versions) and every title ends with the
 * copy's number, so its pages, share pages and preview images all differ; and note ids, unique
 * across the site, get a suffix (`leavers-copy-3`) in their file names and where the text links
 * them. Nothing else in the project changes.
 */
export function addArticleCopies(projectDir: string, count: number): string[] {
	const articles = join(projectDir, 'content/articles');
	const source = join(articles, modelArticle);
	const slugs: string[] = [];
	for (let n = 1; n <= count; n++) {
		const slug = `${modelArticle}-copy-${n}`;
		const target = join(articles, slug);
		cpSync(source, target, { recursive: true });
		const mark = ` (${n})`;
		const suffix = (id: string) => `${id}-copy-${n}`;
		rewrite(join(target, 'original.txt'), (text) =>
			text.replaceAll(/^(.+)$/gm, (line) => `${line}${mark}`),
		);
		for (const version of readdirSync(target).filter((file) => file.endsWith('.md'))) {
			rewrite(join(target, version), (text) =>
				markTitle(text, mark)
					// The one line of text of each :::p block.
					.replaceAll(
						/^(:::p\{#p\d+\}\n)(.+)$/gm,
						(_match, open: string, line: string) => `${open}${line}${mark}`,
					)
					.replaceAll(
						/(:note\[[^\]]*\]\{#)([a-z0-9-]+)\}/g,
						(_match, start: string, id: string) => `${start}${suffix(id)}}`,
					),
			);
		}
		for (const locale of readdirSync(join(target, 'notes'))) {
			const dir = join(target, 'notes', locale);
			for (const note of readdirSync(dir)) {
				rewrite(join(dir, note), (text) => markTitle(text, mark));
				renameSync(join(dir, note), join(dir, `${suffix(note.replace(/\.md$/, ''))}.md`));
			}
		}
		slugs.push(slug);
	}
	return slugs;
}

function markTitle(text: string, mark: string): string {
	return text.replace(
		/^title: (["']?)(.+)\1$/m,
		(_match, quote: string, title: string) => `title: ${quote}${title}${mark}${quote}`,
	);
}

function rewrite(file: string, change: (text: string) => string): void {
	const before = readFileSync(file, 'utf8');
	const after = change(before);
	if (after === before) throw new Error(`bench: the copy did not change ${file}`);
	writeFileSync(file, after);
}

/** Edits one note's analysis, as an editor fixing a sentence would: the warm build's change. */
export function editOneNote(projectDir: string, round: number): void {
	rewrite(join(projectDir, editedNote), (text) => `${text.trimEnd()} (Benchmark edit ${round}.)\n`);
}
