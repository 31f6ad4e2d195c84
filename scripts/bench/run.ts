/**
 * The performance benchmark: builds the site (timed), serves `dist/` as a static host would,
 * loads each page type at a phone viewport, counts requests and bytes, runs Lighthouse (mobile),
 * prints a table, writes test-results/bench/report.json, and exits 1 when anything exceeds the
 * budget in performance-budget.json.
 *
 *   npm run bench                  # everything
 *   npm run bench -- --no-build    # reuse dist/
 *   npm run bench -- --no-lighthouse
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import { chromiumArgs, resolveChromium } from '../../tests/support/chromium.ts';
import { serveDist } from '../serve-dist.ts';
import { loadBudget, overBudget, type PageMeasure } from './budget.ts';
import { runLighthouse } from './lighthouse.ts';
import { measurePage } from './measure-page.ts';
import { formatTable } from './report.ts';

const { values } = parseArgs({
	options: {
		'no-build': { type: 'boolean' },
		'no-lighthouse': { type: 'boolean' },
		port: { type: 'string', default: '4399' },
	},
});
const config = loadBudget();
const dir = 'dist';
const base = process.env['BASE_PATH'] ?? '/';
const port = Number(values.port);
const origin = `http://127.0.0.1:${port}`;

let buildSeconds: number | undefined;
if (!values['no-build']) {
	const started = performance.now();
	execFileSync('astro', ['build'], {
		stdio: 'ignore',
		env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
	});
	buildSeconds = (performance.now() - started) / 1000;
}

const server = await serveDist({ dir, base, port });
const executablePath = resolveChromium();
const chromePath = executablePath ?? chromium.executablePath();
const browser = await chromium.launch({ args: chromiumArgs, executablePath: chromePath });
const measures: PageMeasure[] = [];
const problems = new Map<string, string[]>();
try {
	for (const [name, { path, budget }] of Object.entries(config.pages)) {
		const sitePath = `${base.replace(/\/$/, '')}${path}`;
		const measure = await measurePage(name, sitePath, {
			browser,
			origin,
			dir,
			base,
			viewport: config.phoneViewport,
		});
		if (!values['no-lighthouse'])
			measure.lighthouse = await runLighthouse(
				new URL(sitePath, origin).href,
				chromePath,
				chromiumArgs,
			);
		measures.push(measure);
		const limits = config.budgets[budget];
		if (!limits)
			throw new Error(
				`performance-budget.json: page "${name}" names an unknown budget "${budget}"`,
			);
		problems.set(name, overBudget(measure, limits));
	}
} finally {
	await browser.close();
	server.close();
}

const machine = `${cpus().length} × ${cpus()[0]?.model.trim()}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
const buildProblem =
	buildSeconds !== undefined && buildSeconds > config.buildSeconds
		? [`build ${buildSeconds.toFixed(1)} s > ${config.buildSeconds} s`]
		: [];
const report = {
	date: new Date().toISOString(),
	machine,
	buildSeconds,
	measures,
	problems: Object.fromEntries(problems),
	buildProblem,
};
mkdirSync('test-results/bench', { recursive: true });
writeFileSync('test-results/bench/report.json', `${JSON.stringify(report, null, '\t')}\n`);

console.log(formatTable(measures, problems));
console.log(
	`\nBuild: ${buildSeconds === undefined ? 'skipped' : `${buildSeconds.toFixed(2)} s (budget ${config.buildSeconds} s)`}. Machine: ${machine}. Report: test-results/bench/report.json`,
);
const all = [
	...buildProblem,
	...[...problems].flatMap(([name, list]) => list.map((problem) => `${name}: ${problem}`)),
];
if (all.length > 0) {
	console.error(`\nOver budget:\n${all.map((problem) => `  - ${problem}`).join('\n')}`);
	process.exitCode = 1;
}
