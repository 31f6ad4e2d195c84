/**
 * The performance benchmark: builds a fresh copy of the site twice (cold: no cache; warm: one note
 * edited), serves the copy's `dist/` as a static host would, loads each page type at a phone
 * viewport, counts requests and bytes, runs Lighthouse (mobile), prints a table, writes
 * test-results/bench/report.json, and exits 1 when anything exceeds the budget in
 * performance-budget.json.
 *
 *   npm run bench                  # everything
 *   npm run bench -- --no-build    # measure the project's own dist/, build times not measured
 *   npm run bench -- --no-lighthouse
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import { chromiumArgs, resolveChromium } from '../../tests/support/chromium.ts';
import { serveDist } from '../serve-dist.ts';
import { loadBudget, overBudget, type PageMeasure } from './budget.ts';
import { disposeCopy, measureBuilds, type BuildTimes } from './build-times.ts';
import { runLighthouse } from './lighthouse.ts';
import { machineDescription } from './machine.ts';
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
const base = process.env['BASE_PATH'] ?? '/';
const port = Number(values.port);
const origin = `http://127.0.0.1:${port}`;

let builds: BuildTimes | undefined;
if (!values['no-build']) {
	console.log('Building a copy of the site, cold then warm…');
	builds = await measureBuilds(1);
}
const dir = builds ? join(builds.dir, 'dist') : 'dist';

const server = await serveDist({ dir, base, port });
const executablePath = resolveChromium({ browserUi: true });
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
	if (builds) disposeCopy(builds);
}

const machine = machineDescription();
const buildSeconds = builds && { cold: builds.coldSeconds, warm: builds.warmSeconds };
const buildProblem = buildSeconds
	? [
			...(buildSeconds.cold > config.build.coldSeconds
				? [`cold build ${buildSeconds.cold.toFixed(1)} s > ${config.build.coldSeconds} s`]
				: []),
			...(buildSeconds.warm > config.build.warmSeconds
				? [`warm build ${buildSeconds.warm.toFixed(1)} s > ${config.build.warmSeconds} s`]
				: []),
		]
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
	`\nBuild: ${buildSeconds ? `cold ${buildSeconds.cold.toFixed(2)} s (budget ${config.build.coldSeconds} s), warm ${buildSeconds.warm.toFixed(2)} s after one note edited (budget ${config.build.warmSeconds} s)` : 'not measured (--no-build)'}. Machine: ${machine}. Report: test-results/bench/report.json`,
);
const all = [
	...buildProblem,
	...[...problems].flatMap(([name, list]) => list.map((problem) => `${name}: ${problem}`)),
];
if (all.length > 0) {
	console.error(`\nOver budget:\n${all.map((problem) => `  - ${problem}`).join('\n')}`);
	process.exitCode = 1;
}
