import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from '@playwright/test';

/** WCAG 2.2 A and AA, plus axe's best practices: the same tags Starlight's CI uses. */
const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/**
 * axe-core itself, run in the page, rather than `@axe-core/playwright`'s AxeBuilder: the builder
 * injects axe again for every analysis and opens a second page to assemble the results, which
 * made one analysis of a note page take 0.9 s against 0.3 s here (measured 2026-12-01, 2-core
 * machine). Injected once per document, axe can then check the page in several states (colour
 * schemes, widths) without a reload. The site has no frames, so the builder's frame handling is
 * not needed.
 */
const axeSource = readFileSync(
	createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
	'utf8',
);

interface AxeViolation {
	id: string;
	help: string;
	nodes: { target: string[] }[];
}

declare global {
	interface Window {
		axe?: {
			run(context: Document, options: object): Promise<{ violations: AxeViolation[] }>;
		};
	}
}

/** The page's violations as it stands, one line each: `rule: help (selector, …)`. */
export async function axeViolations(page: Page): Promise<string[]> {
	if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
	const violations = await page.evaluate(
		async (values) =>
			(
				await window.axe!.run(document, {
					runOnly: { type: 'tag', values },
					// Only what fails: details of every passing node are what makes axe slow to answer.
					resultTypes: ['violations'],
				})
			).violations,
		tags,
	);
	return violations.map(
		({ id, help, nodes }) =>
			`${id}: ${help} (${nodes.map(({ target }) => target.join(' ')).join(', ')})`,
	);
}

export const colorSchemes = ['light', 'dark'] as const;

/** Runs axe in each colour scheme, on the page as it stands; the violations per scheme. */
export async function axeViolationsInEachScheme(page: Page): Promise<Record<string, string[]>> {
	const found: Record<string, string[]> = {};
	for (const colorScheme of colorSchemes) {
		await page.emulateMedia({ colorScheme });
		found[colorScheme] = await axeViolations(page);
	}
	return found;
}

/** What `axeViolationsInEachScheme` returns for an accessible page. */
export const noViolations = { light: [], dark: [] };
