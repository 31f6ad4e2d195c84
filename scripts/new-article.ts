/**
 * Starts a new article: the folder, the text as received, and one Markdown file per locale with
 * the front matter to fill and one block per paragraph (the original's verbatim, the translations'
 * empty, for the build to report until they are written).
 *
 *   npm run new-article <slug> [path/to/original.txt]
 *
 * The original is in the site's original language (Arabic): the interface calls it the original
 * and lays the side-by-side view out around it, and the build checks it.
 *
 * Run it without a path to get an empty original.txt to paste the text into, then run it again.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { defaultLocale, localeCodes, locales, type Locale } from '../src/i18n/config.ts';
import {
	articleMarkdown,
	nextSteps,
	OriginalTextError,
	slugProblem,
	splitParagraphs,
	stripFinalNewline,
} from './new-article/scaffold.ts';

const usage = 'Usage: npm run new-article <slug> [path/to/original.txt]';
const root = fileURLToPath(new URL('..', import.meta.url));

function parseCommandLine() {
	return parseArgs({
		allowPositionals: true,
		options: {},
	});
}

function main(): number {
	let parsed: ReturnType<typeof parseCommandLine>;
	try {
		parsed = parseCommandLine();
	} catch (error) {
		return fail(`${(error as Error).message}\n${usage}`);
	}
	const { positionals } = parsed;
	const [slug, source, ...extra] = positionals;
	if (slug === undefined || extra.length > 0) return fail(usage);
	const originalLocale = defaultLocale;
	const problem = slugProblem(slug);
	if (problem) return fail(problem);

	const dir = join(root, 'content/articles', slug);
	const show = (path: string) => relative(root, path) || '.';
	const existing = localeCodes
		.map((locale) => join(dir, `${locale}.md`))
		.filter((path) => existsSync(path));
	if (existing.length > 0) {
		return fail(
			`${show(dir)}/ already has ${existing.map(show).join(', ')}: not overwriting them (nothing was changed)`,
		);
	}

	// The text as received: from the path given, else what is already in the folder, else nothing yet.
	const originalFile = join(dir, 'original.txt');
	const present = existsSync(originalFile) ? readFileSync(originalFile, 'utf8') : undefined;
	let received = present ?? '';
	if (source !== undefined) {
		// npm runs scripts from the project root; a relative path means the editor's own folder.
		const sourcePath = resolve(process.env['INIT_CWD'] ?? process.cwd(), source);
		if (!existsSync(sourcePath)) return fail(`${source} does not exist`);
		received = readFileSync(sourcePath, 'utf8');
		if (
			present !== undefined &&
			stripFinalNewline(present) !== '' &&
			stripFinalNewline(present) !== stripFinalNewline(received)
		) {
			return fail(
				`${show(originalFile)} already holds a different text; it is the text as received, so it is not replaced`,
			);
		}
	}

	// No trailing newline: the build compares paragraph N with line N, and a final newline would be
	// one more, empty, line. Nothing else about the text changes.
	const text = stripFinalNewline(received);
	let paragraphs: string[];
	try {
		paragraphs = splitParagraphs(text);
	} catch (error) {
		if (!(error instanceof OriginalTextError)) throw error;
		return fail(`${source ?? show(originalFile)}: ${error.message}\nNothing was written.`);
	}

	mkdirSync(dir, { recursive: true });
	if (present !== text) writeFileSync(originalFile, text);
	if (received !== text)
		console.log(
			`Wrote ${show(originalFile)} without its final newline (the build counts its lines).`,
		);
	for (const locale of localeCodes) {
		const notes = join(dir, 'notes', locale);
		mkdirSync(notes, { recursive: true });
		if (!existsSync(join(notes, '.gitkeep'))) writeFileSync(join(notes, '.gitkeep'), '');
	}

	if (paragraphs.length === 0) {
		const again = `npm run new-article ${slug}`;
		console.log(
			`${show(originalFile)} is empty. Paste the text as received into it, one paragraph per line ` +
				`(no blank lines), then run the command again:\n  ${again}`,
		);
		return 0;
	}

	const markdown = articleMarkdown(originalLocale, paragraphs);
	for (const locale of localeCodes) {
		// 'wx': never overwrite a file that appeared since the check above.
		writeFileSync(join(dir, `${locale}.md`), markdown[locale], { flag: 'wx' });
	}
	const files = localeCodes.map(
		(locale: Locale) =>
			`${locale}.md (${locales[locale].label}, ${locale === originalLocale ? 'the original' : 'to translate'})`,
	);
	console.log(
		`Created ${show(dir)}/ with ${paragraphs.length} paragraphs: original.txt, ${files.join(', ')}, notes/.`,
	);
	console.log(nextSteps(originalLocale));
	return 0;
}

function fail(message: string): number {
	console.error(message);
	return 1;
}

process.exitCode = main();
