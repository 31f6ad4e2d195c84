import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { categories, type Category, type PageMeasure } from './budget.ts';

/**
 * Lighthouse's default mobile run (simulated slow 4G, 4× CPU slowdown) on one URL, in a fresh
 * headless Chromium: the four category scores and the metrics behind the performance score.
 */
export async function runLighthouse(
	url: string,
	chromePath: string,
	flags: string[],
): Promise<NonNullable<PageMeasure['lighthouse']>> {
	const chrome = await launch({ chromePath, chromeFlags: ['--headless=new', ...flags] });
	try {
		const result = await lighthouse(url, {
			port: chrome.port,
			output: 'json',
			logLevel: 'error',
			onlyCategories: [...categories],
		});
		if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
		const { categories: scored, audits } = result.lhr;
		const scores = Object.fromEntries(
			categories.map((category) => [category, Math.round((scored[category]?.score ?? 0) * 100)]),
		) as Record<Category, number>;
		const metric = (id: string) => audits[id]?.numericValue ?? Number.NaN;
		return {
			scores,
			lcpMs: metric('largest-contentful-paint'),
			cls: metric('cumulative-layout-shift'),
			tbtMs: metric('total-blocking-time'),
		};
	} finally {
		chrome.kill();
	}
}
