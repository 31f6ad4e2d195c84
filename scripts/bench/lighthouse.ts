import { execFile } from 'node:child_process';
import { categories, type Category, type PageMeasure } from './budget.ts';

/**
 * Lighthouse runs through its command line, fetched by `npm exec` at this pinned version on the
 * benchmark's first run and kept in npm's cache after it, rather than as a dependency: with the
 * Chrome launcher, Sentry and OpenTelemetry it brings, it was 150 MB and 11 s of every `npm ci`
 * (55 s with it, 44 s without, 2026-12-02, 2-core machine), installed on every CI run for a
 * benchmark CI never runs.
 */
const lighthousePackage = 'lighthouse@12.8.2';

interface LighthouseResult {
	categories: Partial<Record<Category, { score: number | null }>>;
	audits: Record<string, { numericValue?: number }>;
}

/**
 * Lighthouse's default mobile run (simulated slow 4G, 4× CPU slowdown) on one URL, in a fresh
 * headless Chromium it launches itself: the four category scores and the metrics behind the
 * performance score.
 */
export async function runLighthouse(
	url: string,
	chromePath: string,
	flags: string[],
): Promise<NonNullable<PageMeasure['lighthouse']>> {
	const report = await new Promise<string>((done, fail) => {
		execFile(
			'npm',
			[
				'exec',
				'--yes',
				`--package=${lighthousePackage}`,
				'--',
				'lighthouse',
				url,
				'--output=json',
				'--output-path=stdout',
				'--quiet',
				`--only-categories=${categories.join(',')}`,
				`--chrome-flags=${['--headless=new', ...flags].join(' ')}`,
			],
			{ env: { ...process.env, CHROME_PATH: chromePath }, maxBuffer: 64 * 1024 * 1024 },
			(error, stdout, stderr) => {
				if (error) fail(new Error(`Lighthouse failed on ${url}:\n${stderr || error.message}`));
				else done(stdout);
			},
		);
	});
	const { categories: scored, audits } = JSON.parse(report) as LighthouseResult;
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
}
