/**
 * How the build grows with the content: builds copies of the project holding 1, 5 and 20 articles
 * (the real article and generated copies of it, each with every page, share page and image the
 * real one has), each cold and then warm (one note edited), and prints pages, images and seconds
 * for each, the marginal seconds per article and the warm/cold ratio. Exits 1 when a marginal
 * article costs more than performance-budget.json allows. Writes test-results/bench/scale.json.
 *
 *   npm run bench:scale
 *   npm run bench:scale -- --articles 1,3     # other sizes (the first and last give the margin)
 *
 * Builds run one at a time: on a 2-core machine two would measure each other.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { loadBudget } from './budget.ts';
import { disposeCopy, measureBuilds, type BuildTimes } from './build-times.ts';
import { machineDescription } from './machine.ts';

const { values } = parseArgs({ options: { articles: { type: 'string', default: '1,5,20' } } });
const sizes = values.articles.split(',').map(Number);
if (sizes.length < 2 || sizes.some((size) => !Number.isInteger(size) || size < 1))
	throw new Error('--articles takes two or more whole numbers of articles, e.g. 1,5,20');

const { scale } = loadBudget();
const rows: Omit<BuildTimes, 'dir'>[] = [];
for (const articles of sizes) {
	process.stdout.write(
		`Building ${articles} article${articles === 1 ? '' : 's'}, cold then warm… `,
	);
	const times = await measureBuilds(articles);
	disposeCopy(times);
	const { dir: _dir, ...row } = times;
	rows.push(row);
	console.log(`${row.coldSeconds.toFixed(1)} s, ${row.warmSeconds.toFixed(1)} s`);
}

const first = rows[0]!;
const last = rows.at(-1)!;
const added = last.articles - first.articles;
const marginal = {
	coldSeconds: (last.coldSeconds - first.coldSeconds) / added,
	warmSeconds: (last.warmSeconds - first.warmSeconds) / added,
};

console.log(
	`\n${['articles', 'pages', 'images', 'cold s', 'warm s', 'warm/cold'].map((h) => h.padStart(10)).join('')}`,
);
for (const row of rows)
	console.log(
		[
			row.articles,
			row.pages,
			row.images,
			row.coldSeconds.toFixed(1),
			row.warmSeconds.toFixed(1),
			(row.warmSeconds / row.coldSeconds).toFixed(2),
		]
			.map((cell) => String(cell).padStart(10))
			.join(''),
	);
const machine = machineDescription();
console.log(
	`\nMarginal article (${first.articles} → ${last.articles}): ${marginal.coldSeconds.toFixed(2)} s cold (budget ${scale.marginalColdSeconds} s), ${marginal.warmSeconds.toFixed(2)} s warm (budget ${scale.marginalWarmSeconds} s). Machine: ${machine}.`,
);

mkdirSync('test-results/bench', { recursive: true });
writeFileSync(
	'test-results/bench/scale.json',
	`${JSON.stringify({ date: new Date().toISOString(), machine, rows, marginal }, null, '\t')}\n`,
);

const over = [
	...(marginal.coldSeconds > scale.marginalColdSeconds
		? [`a marginal article costs ${marginal.coldSeconds.toFixed(2)} s cold`]
		: []),
	...(marginal.warmSeconds > scale.marginalWarmSeconds
		? [`a marginal article costs ${marginal.warmSeconds.toFixed(2)} s warm`]
		: []),
];
if (over.length > 0) {
	console.error(`\nOver budget:\n${over.map((problem) => `  - ${problem}`).join('\n')}`);
	process.exitCode = 1;
}
