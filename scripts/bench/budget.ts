import { readFileSync } from 'node:fs';

/** Lighthouse's four categories, scored 0–100. */
export const categories = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type Category = (typeof categories)[number];

/** Limits for one kind of page. Sizes in KB (1 KB = 1000 bytes) as sent over the wire. */
export interface PageBudget {
	requests: number;
	kbExcludingFonts: number;
	htmlKb: number;
	jsKb: number;
	arabicFaces: number;
	latinFaces: number;
	kbPerFace: number;
	/** A first visit, everything included (HTML, CSS, JS, fonts, images): optional per budget. */
	kbFirstVisit?: number;
	/** The Arabic face alone: optional per budget. */
	kbArabicFace?: number;
	lighthouse: Record<Category, number>;
}

export interface BudgetConfig {
	phoneViewport: { width: number; height: number };
	/** Whole-site build times: with no cache (cold), and after one note is edited (warm). */
	build: { coldSeconds: number; warmSeconds: number };
	/** What one more article may add to a build, cold and warm (npm run bench:scale). */
	scale: { marginalColdSeconds: number; marginalWarmSeconds: number };
	pages: Record<string, { path: string; budget: string }>;
	budgets: Record<string, PageBudget>;
	/** How this round of issues shares the article's HTML budget: a baseline, then each issue's KB. */
	articleHtmlShares: { baselineKb: number; shares: Record<string, number> };
}

/** What the benchmark measured on one page. */
export interface PageMeasure {
	name: string;
	path: string;
	requests: number;
	bytes: { html: number; css: number; js: number; font: number; image: number; other: number };
	fonts: { url: string; bytes: number; script: 'arabic' | 'latin' }[];
	lighthouse?: { scores: Record<Category, number>; lcpMs: number; cls: number; tbtMs: number };
}

export function loadBudget(path = 'performance-budget.json'): BudgetConfig {
	return JSON.parse(readFileSync(path, 'utf8')) as BudgetConfig;
}

const kb = (bytes: number) => bytes / 1000;

/** Every way a page exceeds its budget, in words; empty when it is within budget. */
export function overBudget(measure: PageMeasure, budget: PageBudget): string[] {
	const { bytes } = measure;
	const excludingFonts = bytes.html + bytes.css + bytes.js + bytes.image + bytes.other;
	const faces = (script: 'arabic' | 'latin') =>
		measure.fonts.filter((font) => font.script === script);
	const problems: string[] = [];
	const limit = (actual: number, max: number, what: string, unit = '') => {
		if (actual > max) problems.push(`${what} ${round(actual)}${unit} > ${max}${unit}`);
	};
	limit(measure.requests, budget.requests, 'requests');
	limit(kb(excludingFonts), budget.kbExcludingFonts, 'bytes excluding fonts', ' KB');
	limit(kb(bytes.html), budget.htmlKb, 'HTML', ' KB');
	limit(kb(bytes.js), budget.jsKb, 'JavaScript', ' KB');
	limit(faces('arabic').length, budget.arabicFaces, 'Arabic font faces');
	limit(faces('latin').length, budget.latinFaces, 'Latin font faces');
	for (const font of measure.fonts)
		limit(kb(font.bytes), budget.kbPerFace, `font ${font.url.split('/').pop()}`, ' KB');
	if (budget.kbFirstVisit !== undefined)
		limit(kb(excludingFonts + bytes.font), budget.kbFirstVisit, 'first visit', ' KB');
	if (budget.kbArabicFace !== undefined)
		for (const font of faces('arabic'))
			limit(kb(font.bytes), budget.kbArabicFace, 'Arabic face', ' KB');
	if (measure.lighthouse) {
		for (const [category, minimum] of Object.entries(budget.lighthouse)) {
			const score = measure.lighthouse.scores[category as Category];
			if (score < minimum) problems.push(`Lighthouse ${category} ${score} < ${minimum}`);
		}
	}
	return problems;
}

function round(value: number): number {
	return Math.round(value * 10) / 10;
}
