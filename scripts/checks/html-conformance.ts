import { execFileSync, spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';

/**
 * The W3C Nu Html Checker (`vnu.jar`, from the `vnu-jar` package) over built pages, errors only.
 * html-validate checks our markup rules; this checks the page parses as HTML without a single
 * parse error, tree construction included (a start tag after `</html>`, say), which parse5's error
 * callback does not report. It needs a Java runtime: `.ci/run` installs Debian's
 * `default-jre-headless` when there is none.
 */
const jar: string = createRequire(import.meta.url)('vnu-jar');

/** One error the checker reported: the file, where in it, and what. */
export interface ConformanceError {
	file: string;
	line: number | undefined;
	message: string;
}

/** Checks every HTML file under the given files or folders; an empty list means every page conforms. */
export function checkConformance(paths: readonly string[]): ConformanceError[] {
	requireJava();
	const run = spawnSync(
		'java',
		['-jar', jar, '--errors-only', '--skip-non-html', '--format', 'json', ...paths],
		{
			encoding: 'utf8',
			maxBuffer: 64 * 1024 * 1024,
		},
	);
	// vnu writes its report to stderr, and exits 1 when there are errors.
	const report = JSON.parse(run.stderr || '{"messages":[]}') as {
		messages: { type: string; url?: string; lastLine?: number; message: string }[];
	};
	return report.messages
		.filter(({ type }) => type === 'error' || type === 'non-document-error')
		.map(({ url, lastLine, message }) => ({
			file: url?.replace(/^file:/, '') ?? '?',
			line: lastLine,
			message,
		}));
}

function requireJava(): void {
	try {
		execFileSync('java', ['-version'], { stdio: 'ignore' });
	} catch {
		throw new Error(
			'The HTML conformance gate needs a Java runtime for the Nu Html Checker: apt-get install -y default-jre-headless (.ci/run does it).',
		);
	}
}
