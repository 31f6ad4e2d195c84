import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readSharingMeta } from '../../scripts/checks/sharing-meta';
import { xDefaultPath } from '../../src/i18n/routing';
import { listFiles } from '../../src/hosting/site-files';
import { distDir, siteUrl } from './site';

// Every page but those kept out of search engines: the 404 pages and the forward pages of moved addresses.
const pages = listFiles(distDir).filter(
	(file) =>
		file.endsWith('.html') &&
		!readFileSync(`${distDir}/${file}`, 'utf8').includes('<meta name="robots" content="noindex">'),
);
const read = (page: string) => readSharingMeta(readFileSync(`${distDir}/${page}`, 'utf8'));
const url = (path: string) => new URL(path.replace(/^\//, ''), siteUrl).href;
/** The file a URL of this site is served from. */
const fileOf = (absolute: string) => {
	const path = decodeURI(new URL(absolute).pathname).slice(new URL(siteUrl).pathname.length);
	return `${distDir}/${path.endsWith('/') || path === '' ? `${path}index.html` : path}`;
};
/** Width and height from a PNG's IHDR chunk. */
const pngSize = (file: string) => {
	const bytes = readFileSync(file);
	expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
	return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
};

describe('sharing metadata on every page', () => {
	it.each(pages)(
		'dist/%s has a title, description, canonical, alternates and a preview',
		(page) => {
			const meta = read(page);
			expect(meta.title).toBeTruthy();
			expect(meta.description).toBeTruthy();
			expect(meta.canonical).toMatch(new RegExp(`^${siteUrl}`));
			expect(Object.keys(meta.alternates).sort()).toEqual(['ar', 'en', 'x-default']);
			for (const href of Object.values(meta.alternates))
				expect(readFileSync(fileOf(href), 'utf8')).toContain('<html');
			expect(meta.alternates['x-default']).toBe(
				url(xDefaultPath(`/${page.replace(/index\.html$/, '')}`)),
			);
			expect(meta.og['og:url']).toBe(url(`/${page.replace(/index\.html$/, '')}`));
			expect(meta.og['og:title']).toBe(meta.title);
			expect(meta.og['og:description']).toBe(meta.description);
			expect(meta.og['og:locale']).toMatch(/^(ar_AR|en_GB)$/);
			expect(meta.og['og:locale:alternate']).toMatch(/^(ar_AR|en_GB)$/);
			expect(meta.og['og:locale:alternate']).not.toBe(meta.og['og:locale']);
			expect(meta.og['og:image:alt']).toBeTruthy();
			expect(meta.og['twitter:card']).toBe('summary_large_image');
			expect(pngSize(fileOf(meta.og['og:image']!))).toEqual([1200, 630]);
			for (const data of meta.jsonLd) expect(data['@context']).toBe('https://schema.org');
		},
	);
});

const article = 'peru-integration';

describe('the article in each language', () => {
	const ar = read(`ar/${article}/index.html`);
	const en = read(`en/${article}/index.html`);

	it('is a NewsArticle in its language, linked to its translation', () => {
		const [original] = ar.jsonLd;
		const [translation] = en.jsonLd;
		expect(original).toMatchObject({
			'@type': 'NewsArticle',
			'@id': url(`/ar/${article}/`),
			inLanguage: 'ar',
			workTranslation: [{ '@id': url(`/en/${article}/`) }],
		});
		expect(translation).toMatchObject({
			'@type': 'NewsArticle',
			'@id': url(`/en/${article}/`),
			inLanguage: 'en',
			translationOfWork: { '@id': url(`/ar/${article}/`) },
		});
		expect(original!['headline']).toBe(
			'بيرو تتجه نحو تكامل أمريكا اللاتينية ومنطقة البحر الكاريبي',
		);
		expect(original!['isBasedOn']).toMatch(/^https:\/\/radiohc\.cu\//);
		expect(ar.og['og:type']).toBe('article');
		expect(ar.og['og:locale']).toBe('ar_AR');
		expect(en.og['og:locale']).toBe('en_GB');
		expect(ar.canonical).toBe(url(`/ar/${article}/`));
	});
});

describe('the front pages', () => {
	it('preview the publication, not an article', () => {
		const front = read('en/index.html');
		expect(front.og['og:type']).toBe('website');
		expect(front.og['og:image']).toBe(url('/en/og/publication.png'));
		expect(front.jsonLd).toEqual([]);
	});
});

describe('share pages', () => {
	it('preview one paragraph, point search engines at the article, and keep og:url their own', () => {
		const share = read(`ar/${article}/p/4/index.html`);
		expect(share.canonical).toBe(url(`/ar/${article}/`));
		expect(share.og['og:url']).toBe(url(`/ar/${article}/p/4/`));
		expect(share.og['og:image']).toBe(url(`/ar/og/${article}/p/4.png`));
		// The preview text is the paragraph's own start, verbatim.
		expect(share.description.replace(/…$/, '')).toSatisfy((start: string) =>
			readFileSync('content/articles/peru-integration/original.txt', 'utf8').includes(start),
		);
	});

	it('keep the first article’s old share pages, with their own preview and image', () => {
		const share = read('ar/p/4/index.html');
		expect(share.canonical).toBe(url(`/ar/${article}/`));
		expect(share.og['og:url']).toBe(url('/ar/p/4/'));
		expect(share.og['og:image']).toBe(url('/ar/og/p/4.png'));
		expect(share.description).toBe(read(`ar/${article}/p/4/index.html`).description);
	});

	it('preview one note and lead to it in the article', () => {
		const share = read('en/n/leavers/index.html');
		expect(share.canonical).toBe(url(`/en/${article}/`));
		expect(share.og['og:image']).toBe(url('/en/og/n/leavers.png'));
		expect(share.title).toMatch(/^Did all four sign and then leave\?/);
		expect(readFileSync(`${distDir}/en/n/leavers/index.html`, 'utf8')).toContain(
			`href="${new URL(siteUrl).pathname}en/${article}/#note-leavers"`,
		);
	});
});

describe('fact-checks', () => {
	it('a rated fact-check note is a ClaimReview of the commentary, with our verdict in words', () => {
		const [review] = read('en/notes/leavers/index.html').jsonLd;
		expect(review).toMatchObject({
			'@type': 'ClaimReview',
			url: url('/en/notes/leavers/'),
			inLanguage: 'en',
			claimReviewed:
				'whose previous governments signed the creation of this body and which have now abandoned it',
			itemReviewed: {
				'@type': 'Claim',
				appearance: { url: expect.stringMatching(/^https:\/\/radiohc\.cu\//) },
			},
			reviewRating: { '@type': 'Rating', alternateName: 'Partly inaccurate' },
		});
		expect(read('ar/notes/leavers/index.html').jsonLd[0]).toMatchObject({
			'@type': 'ClaimReview',
			inLanguage: 'ar',
		});
	});

	it('a note that rates nothing (framing, context) carries no ClaimReview', () => {
		expect(read('en/notes/destabilise/index.html').jsonLd).toEqual([]);
	});
});
