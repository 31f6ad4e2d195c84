import { appendFileSync, cpSync, existsSync, readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkLinks } from '../../scripts/checks/links';
import { serveDist } from '../../scripts/serve-dist';
import { chromiumArgs, resolveChromium } from '../support/chromium';
import { scratchProject, type ScratchProject } from './scratch-project';

/**
 * The proof that the site is a publication: a copy of the project with a second article added as
 * nothing but a folder of Markdown and its sources (a synthetic one, tests/fixtures/articles/ and
 * tests/fixtures/sources/, never published), built for real. Both articles must then be everywhere an article is.
 */
const fixture = 'test-harbour-notice';
const first = 'peru-integration';

let project: ScratchProject;
let out: string;

beforeAll(async () => {
	project = scratchProject();
	cpSync(join('tests/fixtures/articles', fixture), join(project.dir, 'content/articles', fixture), {
		recursive: true,
	});
	// Its sources go to the register, as an editor's would: the check that every registered source
	// is cited then holds with the article added.
	cpSync('tests/fixtures/sources', join(project.dir, 'content/sources'), { recursive: true });
	// A timeline event on a topic of its own, concerning a paragraph of each article: topics are
	// content, added to the list like any entry.
	cpSync('tests/fixtures/timeline', join(project.dir, 'content/timeline'), { recursive: true });
	appendFileSync(
		join(project.dir, 'content/topics.yaml'),
		readFileSync('tests/fixtures/topics.yaml', 'utf8'),
	);
	const { code, output } = await project.build({ npmScript: true });
	if (code !== 0) throw new Error(`the build with a second article failed:\n${output}`);
	out = join(project.dir, 'dist');
}, 180_000);

afterAll(() => project?.dispose());

const page = (path: string) =>
	readFileSync(join(out, path.endsWith('/') ? `${path}index.html` : path), 'utf8');

describe('a second article, added as a folder', () => {
	it('is listed on both front pages, with the first', () => {
		expect(page('/en/')).toContain(`href="/en/${fixture}/"`);
		expect(page('/en/')).toContain(`href="/en/${first}/"`);
		expect(page('/ar/')).toContain('زهرستان');
		// Newest first: the fixture is dated 2026, the first article 2021.
		const list = page('/en/').slice(page('/en/').indexOf('<main'));
		expect(list.indexOf(`/en/${fixture}/`)).toBeLessThan(list.indexOf(`/en/${first}/`));
	});

	it('has every page, share page, file and image an article has', () => {
		const expected = ['ar', 'en'].flatMap((lang) => [
			`/${lang}/${fixture}/`,
			`/${lang}/${fixture}/parallel/`,
			`/${lang}/${fixture}/paragraphs.json`,
			...[1, 2, 3].map((n) => `/${lang}/${fixture}/p/${n}/`),
			...[1, 2, 3].map((n) => `/${lang}/og/${fixture}/p/${n}.png`),
			`/${lang}/og/${fixture}/article.png`,
			`/${lang}/notes/test-harbour-date/`,
			`/${lang}/n/test-harbour-council/`,
			`/${lang}/og/n/test-harbour-date.png`,
		]);
		expect(
			expected.filter(
				(path) => !existsSync(join(out, path.endsWith('/') ? `${path}index.html` : path)),
			),
		).toEqual([]);
		expect(page(`/ar/${fixture}/`)).toContain('وتبدأ الأعمال');
	});

	it('leaves the first article’s old addresses to the first article', () => {
		expect(page('/ar/p/1/')).toContain(`/ar/${first}/`);
		expect(readFileSync(join(out, 'en/paragraphs.json'), 'utf8')).toBe(
			readFileSync(join(out, `en/${first}/paragraphs.json`), 'utf8'),
		);
	});

	it('shares a glossary term: its page lists its mentions in both articles', () => {
		const term = page('/en/glossary/lima-group/');
		expect(term).toContain(`href="/en/${fixture}/#p3"`);
		expect(term).toMatch(new RegExp(`href="/en/${first}/#p\\d+"`));
		expect(term.match(/class="term-mentions-article"/g)).toHaveLength(2);
	});

	it('adds its topic to the timeline, and an event there links to a paragraph of each article', () => {
		const timeline = page('/en/timeline/');
		expect(timeline).toContain('value="test-harbours"');
		expect(timeline).toContain('Zahrestan harbours');
		const event = timeline.slice(timeline.indexOf('id="e-test-harbour-works"'));
		const next = event.indexOf(' id="e-', 1);
		const entry = next < 0 ? event : event.slice(0, next);
		expect(entry).toContain('data-topics="test-harbours"');
		expect(entry).toContain(`href="/en/${fixture}/#p2"`);
		expect(entry).toContain(`href="/en/${first}/#p1"`);
		expect(page('/ar/timeline/')).toContain('موانئ زهرستان');
		// Each paragraph links back to the event.
		for (const article of [fixture, first])
			expect(page(`/en/${article}/`)).toContain('/en/timeline/#e-test-harbour-works');
	});

	it('lists its own sources in the register, each with the note that cites it', () => {
		const register = page('/en/sources/');
		const entry = register.slice(register.indexOf('id="s-test-harbour-works-schedule"'));
		expect(entry.slice(0, entry.indexOf('</li></ul></li>'))).toContain(
			'href="/en/notes/test-harbour-date/"',
		);
	});

	it('is in the sitemap and in both feeds', () => {
		const sitemap = readFileSync(join(out, 'sitemap.xml'), 'utf8');
		expect(sitemap).toContain(`/ar/${fixture}/</loc>`);
		expect(sitemap).toContain(`/ar/${first}/</loc>`);
		expect(sitemap).toContain(`/en/${fixture}/parallel/</loc>`);
		for (const lang of ['ar', 'en']) {
			const feed = readFileSync(join(out, lang, 'feed.xml'), 'utf8');
			expect(feed.match(/<entry>/g)).toHaveLength(2);
			expect(feed).toContain(`/${lang}/${fixture}/`);
			expect(feed).toContain(`/${lang}/${first}/`);
		}
	});

	it('leaves no link leading nowhere', () => {
		expect(checkLinks(out, 'https://close-reading.example/')).toEqual([]);
	});

	it('is found by search, in each language', async () => {
		const server: Server = await serveDist({ dir: out, base: '/', port: 4391 });
		const executablePath = resolveChromium();
		const browser = await chromium.launch({
			args: chromiumArgs,
			...(executablePath ? { executablePath } : {}),
		});
		try {
			const tab = await browser.newPage();
			for (const [lang, query] of [
				['en', 'Zahristan'],
				['ar', 'زهرستان'],
			] as const) {
				await tab.goto(`http://127.0.0.1:4391/${lang}/search/?q=${encodeURIComponent(query)}`);
				await tab.locator('.search-result').first().waitFor();
				const links = await tab
					.locator('.search-result-title a')
					.evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href')));
				expect(links).toContain(`/${lang}/${fixture}/#p1`);
			}
		} finally {
			await browser.close();
			server.close();
		}
	});
});

// Without its translation, the second article fails the build naming the file: that is proven in
// broken-articles.test.ts, in one build with the other problems of article folders.
