import { describe, expect, it } from 'vitest';
import {
	loadBudget,
	overBudget,
	type PageBudget,
	type PageMeasure,
} from '../../../scripts/bench/budget';

const budget: PageBudget = {
	requests: 8,
	kbExcludingFonts: 30,
	htmlKb: 15,
	jsKb: 6,
	arabicFaces: 1,
	latinFaces: 1,
	kbPerFace: 60,
	lighthouse: { performance: 100, accessibility: 100, 'best-practices': 100, seo: 100 },
};

const withinBudget: PageMeasure = {
	name: 'article',
	path: '/ar/',
	requests: 5,
	bytes: { html: 3400, css: 3000, js: 0, font: 64_200, image: 0, other: 0 },
	fonts: [
		{ url: '/_astro/fonts/a.woff2', bytes: 52_700, script: 'arabic' },
		{ url: '/_astro/fonts/l.woff2', bytes: 11_500, script: 'latin' },
	],
	lighthouse: {
		scores: { performance: 100, accessibility: 100, 'best-practices': 100, seo: 100 },
		lcpMs: 1351,
		cls: 0,
		tbtMs: 40,
	},
};

describe('overBudget', () => {
	it('passes a page within every limit', () => {
		expect(overBudget(withinBudget, budget)).toEqual([]);
	});

	it('names every limit a deliberately heavy page exceeds', () => {
		const heavy: PageMeasure = {
			...withinBudget,
			requests: 12,
			bytes: { html: 16_000, css: 9_000, js: 7_000, font: 200_000, image: 0, other: 0 },
			fonts: [
				...withinBudget.fonts,
				{ url: '/_astro/fonts/b.woff2', bytes: 94_000, script: 'arabic' },
			],
			lighthouse: {
				...withinBudget.lighthouse!,
				scores: { ...withinBudget.lighthouse!.scores, performance: 97 },
			},
		};
		expect(overBudget(heavy, budget)).toEqual([
			'requests 12 > 8',
			'bytes excluding fonts 32 KB > 30 KB',
			'HTML 16 KB > 15 KB',
			'JavaScript 7 KB > 6 KB',
			'Arabic font faces 2 > 1',
			'font b.woff2 94 KB > 60 KB',
			'Lighthouse performance 97 < 100',
		]);
	});

	it('shares the article’s HTML budget out without overspending it', () => {
		const { budgets, articleHtmlShares } = loadBudget();
		const planned =
			articleHtmlShares.baselineKb +
			Object.values(articleHtmlShares.shares).reduce((sum, kb) => sum + kb, 0);
		expect(planned).toBeLessThanOrEqual(budgets['article']!.htmlKb);
		expect(Object.keys(articleHtmlShares.shares)).toEqual([
			'publication engine',
			'source registry',
			'segments',
			'pictures',
		]);
	});

	it('reads the budget the repository keeps, with a budget for every page', () => {
		const config = loadBudget();
		for (const [name, { budget: kind }] of Object.entries(config.pages))
			expect(config.budgets[kind], name).toBeDefined();
		expect(config.budgets['article']).toMatchObject({
			kbExcludingFonts: 30,
			htmlKb: 18,
			jsKb: 6,
			requests: 8,
			kbPerFace: 60,
			kbFirstVisit: 48,
			kbArabicFace: 16,
		});
		expect(config.build).toEqual({ coldSeconds: 12, warmSeconds: 5 });
		expect(config.scale).toEqual({ marginalColdSeconds: 4, marginalWarmSeconds: 1 });
	});
});

describe('the first-visit budget', () => {
	it('counts everything a first visit downloads, fonts included, and the Arabic face alone', () => {
		const page: PageMeasure = {
			name: 'article (ar)',
			path: '/ar/x/',
			requests: 7,
			bytes: { html: 15_000, css: 7_500, js: 3_500, font: 30_000, image: 0, other: 0 },
			fonts: [
				{ url: '/_astro/a.woff2', bytes: 20_000, script: 'arabic' },
				{ url: '/_astro/l.woff2', bytes: 10_000, script: 'latin' },
			],
		};
		expect(overBudget(page, { ...budget, htmlKb: 18, kbFirstVisit: 48, kbArabicFace: 16 })).toEqual(
			['first visit 56 KB > 48 KB', 'Arabic face 20 KB > 16 KB'],
		);
		expect(overBudget(page, { ...budget, htmlKb: 18 })).toEqual([]);
	});
});
