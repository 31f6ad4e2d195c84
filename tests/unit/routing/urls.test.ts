import { describe, expect, it } from 'vitest';
import {
	articleFragment,
	firstArticle,
	keptCopies,
	movedPages,
} from '../../../src/routing/former-addresses';
import { paths, siteUrls } from '../../../src/routing/urls';

describe('the address table', () => {
	it('gives site paths for every kind of page', () => {
		expect(paths.home('ar')).toBe('/ar/');
		expect(paths.article('ar', 'peru-integration')).toBe('/ar/peru-integration/');
		expect(paths.paragraph('en', 'peru-integration', 'p4')).toBe('/en/peru-integration/#p4');
		expect(paths.noteInArticle('en', 'peru-integration', 'leavers')).toBe(
			'/en/peru-integration/#note-leavers',
		);
		expect(paths.note('ar', 'leavers')).toBe('/ar/notes/leavers/');
		expect(paths.noteShare('ar', 'leavers')).toBe('/ar/n/leavers/');
		expect(paths.paragraphShare('ar', 'peru-integration', 'p10')).toBe(
			'/ar/peru-integration/p/10/',
		);
		expect(paths.segment('ar', 'peru-integration', 'p4-s2')).toBe('/ar/peru-integration/#p4-s2');
		expect(paths.segmentShare('en', 'peru-integration', 'p10-s3')).toBe(
			'/en/peru-integration/p/10/3/',
		);
		expect(paths.segmentShareTemplate('en', 'peru-integration')).toBe(
			'/en/peru-integration/p/{{n}}/{{s}}/',
		);
		expect(() => paths.segmentShare('en', 'peru-integration', 'p4')).toThrow(/not a segment id/);
		expect(
			paths.previewImage('ar', { kind: 'segment', article: 'peru-integration', n: 3, s: 2 }),
		).toBe('/ar/og/peru-integration/p/3/2.png');
		expect(paths.parallel('en', 'peru-integration')).toBe('/en/peru-integration/parallel/');
		expect(paths.paragraphsFile('en', 'peru-integration')).toBe(
			'/en/peru-integration/paragraphs.json',
		);
		expect(paths.term('en', 'lima-group')).toBe('/en/glossary/lima-group/');
		expect(paths.event('ar', 'lima-declaration')).toBe('/ar/timeline/#e-lima-declaration');
		expect(paths.feed('en')).toBe('/en/feed.xml');
		expect(paths.search('ar')).toBe('/ar/search/');
	});

	it('puts every address under the base', () => {
		const urls = siteUrls('/repo/');
		expect(urls.root()).toBe('/repo/');
		expect(urls.article('ar', 'x')).toBe('/repo/ar/x/');
		expect(urls.paragraph('ar', 'x', 'p2')).toBe('/repo/ar/x/#p2');
		expect(urls.searchBundle()).toBe('/repo/pagefind/pagefind.js');
		expect(urls.file('favicon.svg')).toBe('/repo/favicon.svg');
	});
});

describe('former addresses', () => {
	it('sends the first article’s fragments from the front page, and nothing else', () => {
		for (const fragment of ['#p4', '#p10', '#note-leavers', '#ref-turn-180'])
			expect(articleFragment.test(fragment)).toBe(true);
		for (const fragment of ['#main', '#p0', '#note-', '#front-articles', '', '#e-lima-declaration'])
			expect(articleFragment.test(fragment)).toBe(false);
	});

	it('forwards the side-by-side view and keeps copies of the JSON and the images', () => {
		expect(movedPages()).toContainEqual({
			locale: 'ar',
			from: '/ar/parallel/',
			to: `/ar/${firstArticle}/parallel/`,
		});
		expect(movedPages(siteUrls('/repo/'))).toContainEqual({
			locale: 'en',
			from: '/en/parallel/',
			to: `/repo/en/${firstArticle}/parallel/`,
		});
		expect(keptCopies()).toEqual(
			expect.arrayContaining([
				{ from: '/en/paragraphs.json', copyOf: `/en/${firstArticle}/paragraphs.json` },
				{ from: '/ar/og/article.png', copyOf: `/ar/og/${firstArticle}/article.png` },
				{ from: '/ar/og/p/', copyOf: `/ar/og/${firstArticle}/p/` },
			]),
		);
	});
});
