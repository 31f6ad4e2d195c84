import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { listFiles } from '../../src/hosting/site-files.ts';

/** A physical-direction style found in source. */
export interface DirectionProblem {
	file: string;
	line: number;
	match: string;
}

/**
 * Physical directions break a right-to-left page: `ml-4` is the wrong side in Arabic. The site
 * uses logical ones (`ms-4`, `ps-4`, `start-0`, `border-s`, `text-start`, `margin-inline-start`).
 */
const physical = [
	// Tailwind utilities, with variants (md:ml-4), negatives (-ml-4) and arbitrary values (ml-[3px]).
	/(?<![\w-])-?(?:m[lr]|p[lr]|scroll-[mp][lr]|left|right|inset-[lr])-(?:\d|\[|px\b|auto\b|full\b)[\w[\]./%-]*/g,
	/(?<![\w-])(?:border-[lr]|rounded-(?:[lr]|[tb][lr]))(?:-[\w[\]./%-]+)?(?=[\s"'`]|$)/g,
	/(?<![\w-])(?:text|float|clear)-(?:left|right)(?![\w-])/g,
	// CSS properties and values.
	/(?<![\w-])(?:margin|padding|border|scroll-margin|scroll-padding)-(?:left|right)(?:-\w+)?\s*:/g,
	/(?<![\w-])border-(?:top|bottom)-(?:left|right)-radius\s*:/g,
	/(?<![\w-])(?:left|right)\s*:\s*[-\d.a-z(]/g,
	/(?<![\w-])(?:text-align|float|clear)\s*:\s*(?:left|right)\b/g,
];

/** A line may keep a physical style when it says why: `allow-physical: <reason>`. */
const allowance = /allow-physical:\s*\S+(?:\s+\S+)+/;

/** Source files the check reads. */
const sourceExtensions = /\.(astro|css|ts|tsx|js|mjs|html|md|mdx)$/;

export function checkDirection(dir: string): DirectionProblem[] {
	return listFiles(dir)
		.filter((file) => sourceExtensions.test(file))
		.flatMap((file) => scan(`${dir}/${file}`, readFileSync(join(dir, file), 'utf8')));
}

/** Scans one file's text. */
export function scan(file: string, text: string): DirectionProblem[] {
	return text.split('\n').flatMap((content, index) => {
		if (allowance.test(content)) return [];
		return physical
			.flatMap((pattern) =>
				[...content.matchAll(pattern)].map((match) => ({ at: match.index, text: match[0] })),
			)
			.sort((a, b) => a.at - b.at)
			.map(({ text }) => ({ file, line: index + 1, match: text.trim() }));
	});
}
