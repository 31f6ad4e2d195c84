import type { Page } from '@playwright/test';

declare global {
	interface Window {
		layoutShift?: number;
	}
}

/**
 * Adds up, from the first paint of every page the tab loads next, the layout shifts no input
 * caused (the Cumulative Layout Shift of the page's life). Call before `page.goto`.
 */
export async function recordLayoutShifts(page: Page): Promise<void> {
	await page.addInitScript(() => {
		window.layoutShift = 0;
		new PerformanceObserver((list) => {
			for (const entry of list.getEntries() as (PerformanceEntry & {
				value: number;
				hadRecentInput: boolean;
			})[])
				if (!entry.hadRecentInput) window.layoutShift! += entry.value;
		}).observe({ type: 'layout-shift', buffered: true });
	});
}

/**
 * The shift so far, once the page has settled: its fonts loaded, two more frames painted (a
 * shift is reported for the frame it happens in) and the observer's queued reports delivered.
 * Waiting on the page's own milestones, not on a clock, so it neither guesses nor flakes.
 */
export function layoutShiftOnceSettled(page: Page): Promise<number> {
	return page.evaluate(async () => {
		await document.fonts.ready;
		for (let frame = 0; frame < 2; frame++)
			await new Promise((painted) => requestAnimationFrame(painted));
		await new Promise((delivered) => setTimeout(delivered, 0));
		return window.layoutShift ?? Number.NaN;
	});
}
