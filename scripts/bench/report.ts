import type { PageMeasure } from './budget.ts';

const kb = (bytes: number) => (bytes / 1000).toFixed(1);

/** A plain-text table of the measures, one row per page, for the terminal and the README. */
export function formatTable(measures: PageMeasure[], problems: Map<string, string[]>): string {
	const header = [
		'page',
		'req',
		'HTML KB',
		'CSS KB',
		'JS KB',
		'fonts KB',
		'excl. fonts KB',
		'first visit KB',
		'LH perf/a11y/bp/seo',
		'LCP ms',
		'CLS',
		'TBT ms',
		'budget',
	];
	const rows = measures.map((m) => {
		const excludingFonts = m.bytes.html + m.bytes.css + m.bytes.js + m.bytes.image + m.bytes.other;
		const lh = m.lighthouse;
		return [
			`${m.name} ${m.path}`,
			String(m.requests),
			kb(m.bytes.html),
			kb(m.bytes.css),
			kb(m.bytes.js),
			`${kb(m.bytes.font)} (${m.fonts.map((f) => f.script[0]).join('+') || '-'})`,
			kb(excludingFonts),
			kb(excludingFonts + m.bytes.font),
			lh ? Object.values(lh.scores).join('/') : 'skipped',
			lh ? String(Math.round(lh.lcpMs)) : '-',
			lh ? lh.cls.toFixed(3) : '-',
			lh ? String(Math.round(lh.tbtMs)) : '-',
			problems.get(m.name)?.length ? 'OVER' : 'ok',
		];
	});
	const widths = header.map((_, column) =>
		Math.max(...[header, ...rows].map((row) => row[column]!.length)),
	);
	const line = (cells: string[]) =>
		`| ${cells.map((cell, i) => cell.padEnd(widths[i]!)).join(' | ')} |`;
	return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}
