import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { unlinkedVerdictLabels } from '../../scripts/checks/verdict-links';
import { listFiles } from '../../src/hosting/site-files';
import { distDir, siteUrl } from './site';

const pages = listFiles(distDir).filter((file) => file.endsWith('.html'));

describe('verdict labels', () => {
	it('every label on every page leads to its definition on the method page', () => {
		const unlinked = pages.flatMap((page) =>
			unlinkedVerdictLabels(readFileSync(`${distDir}/${page}`, 'utf8')).map(
				(problem) => `${page}: ${problem}`,
			),
		);
		expect(unlinked).toEqual([]);
	});

	it('the site shows verdict labels at all (the gate has something to check)', () => {
		const labelled = pages.filter((page) =>
			readFileSync(`${distDir}/${page}`, 'utf8').includes('data-verdict='),
		);
		expect(labelled.length).toBeGreaterThan(10);
	});

	it('every page with the site footer links to the method, the sources and the corrections in its own language', () => {
		const footed = pages
			.map((page) => ({ page, html: readFileSync(`${distDir}/${page}`, 'utf8') }))
			.filter(({ html }) => html.includes('class="site-footer"'));
		expect(footed.length).toBeGreaterThan(100);
		const without = footed.filter(({ html }) => {
			const lang = /<html[^>]* lang="([a-z]{2})"/.exec(html)?.[1] ?? '?';
			const footer = html.slice(html.indexOf('class="site-footer"'));
			const base = new URL(siteUrl).pathname;
			return !['method', 'sources', 'corrections'].every((page) =>
				footer.includes(`href="${base}${lang}/${page}/"`),
			);
		});
		expect(without.map(({ page }) => page)).toEqual([]);
	});

	it('flags a label with no link, or a link to another verdict, in a broken fixture', () => {
		const html = readFileSync('tests/fixtures/gates/verdict-labels.html', 'utf8');
		expect(unlinkedVerdictLabels(html)).toEqual([
			'inaccurate label (#note-wrong)',
			'unverified label (no note)',
		]);
	});
});
