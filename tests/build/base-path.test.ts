import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkHostingFiles, parseSitemap } from '../../scripts/checks/hosting';
import { checkLinks, htmlLinks } from '../../scripts/checks/links';
import { listFiles } from '../../src/hosting/site-files';
import { resolveRequest } from '../../scripts/static-files';
import { localeCodes } from '../../src/i18n/config';
import { scratchProject, type ScratchProject } from './scratch-project';

/**
 * A GitHub Pages project site lives under `/<repo>/`. One build of a copy of the project with
 * BASE_PATH set, checked with the gates' own checkers: everything must resolve under the base,
 * and nothing may point at the root of the domain, where the site is not.
 */
const base = '/peru-turn/';
const origin = 'https://reader.github.io';
const site = `${origin}${base}`;

let project: ScratchProject;
let out: string;

beforeAll(async () => {
	project = scratchProject();
	const { code, output } = await project.build({
		env: { BASE_PATH: base, SITE_URL: origin },
		npmScript: true,
	});
	if (code !== 0) throw new Error(`the build under ${base} failed:\n${output}`);
	out = join(project.dir, 'dist');
}, 120_000);

afterAll(() => project?.dispose());

/** The site's own text files: pages, styles, its scripts (a search index's bundle finds its own folder). */
const ownTextFiles = () =>
	listFiles(out).filter(
		(file) =>
			/\.(html|css|xml|txt)$/.test(file) ||
			(file.startsWith('_astro/') && file.endsWith('.js')) ||
			file === '_headers',
	);

describe(`the site built under ${base}`, () => {
	it('every link, asset, share image, sitemap URL and script address resolves under the base', () => {
		expect(checkLinks(out, site)).toEqual([]);
	});

	it('no file refers to a top-level file or folder without the base', () => {
		const topLevel = readdirSync(out).map((name) => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
		const rootPath = new RegExp(
			`(?<=["'(=,\\s]|^)/(?:${topLevel.join('|')})(?=[/"'?#)\\s]|$)`,
			'gm',
		);
		const escapes = ownTextFiles().flatMap((file) =>
			[...readFileSync(join(out, file), 'utf8').matchAll(rootPath)].map(
				(match) => `${file}: ${match[0]}`,
			),
		);
		expect(escapes).toEqual([]);
	});

	it('writes robots.txt, the sitemap and _headers for the base', () => {
		expect(checkHostingFiles(out, site, localeCodes)).toEqual([]);
		expect(readFileSync(join(out, '_headers'), 'utf8')).toContain(`\n${base}_astro/*\n`);
	});

	it('a host serving the folder under the base answers every sitemap URL, and the nearest 404 page elsewhere', () => {
		const urls = parseSitemap(readFileSync(join(out, 'sitemap.xml'), 'utf8'));
		expect(urls.length).toBeGreaterThan(100);
		const failing = urls
			.map(({ loc }) => new URL(loc).pathname)
			.filter((path) => resolveRequest(out, base, path, false).status !== 200);
		expect(failing).toEqual([]);
		const missing = resolveRequest(out, base, `${base}en/glossary/no-such-term/`, false);
		expect(missing.status).toBe(404);
		expect(missing.body.toString()).toContain('<html lang="en" dir="ltr">');
	});

	it('the 404 pages link with absolute paths, so they work at any depth', () => {
		for (const file of ['404.html', ...localeCodes.map((code) => `${code}/404.html`)]) {
			const relative = htmlLinks(readFileSync(join(out, file), 'utf8')).filter(
				(link) => !link.startsWith(base) && !link.startsWith(origin) && !link.startsWith('#'),
			);
			expect(relative, file).toEqual([]);
		}
	});

	it('the search bundle, when the build has one, is at <base>pagefind/pagefind.js and loaded from there', () => {
		const files = listFiles(out);
		// Nothing to check in a build without search.
		if (!files.some((file) => file.startsWith('pagefind/'))) return;
		expect(files).toContain('pagefind/pagefind.js');
		const mentions = ownTextFiles().filter((file) =>
			readFileSync(join(out, file), 'utf8').includes(`${base}pagefind/`),
		);
		expect(mentions.length, 'no page or script loads the search from the base').toBeGreaterThan(0);
	});
});
