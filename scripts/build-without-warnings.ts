/**
 * `npm run build:strict`: `astro build`, failing when the build prints a warning. `npm test` builds
 * this way, so that warnings stay rare enough to be read: a new one fails the run with the lines
 * quoted, and is either fixed or, if it is someone else's bug, filtered where it arises with a
 * comment linking the upstream issue (see the one in astro.config.ts). Output is passed through as
 * it comes.
 */
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { warningLine } from './checks/build-warnings.ts';

const child = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
	stdio: ['inherit', 'pipe', 'pipe'],
});
const warnings: string[] = [];
const echo = (input: NodeJS.ReadableStream, out: NodeJS.WritableStream) =>
	new Promise<void>((done) => {
		createInterface({ input })
			.on('line', (line) => {
				out.write(`${line}\n`);
				if (warningLine.test(line)) warnings.push(line);
			})
			.on('close', done);
	});
const exited = new Promise<number>((done) => child.on('close', (code) => done(code ?? 1)));
const [code] = await Promise.all([
	exited,
	echo(child.stdout, process.stdout),
	echo(child.stderr, process.stderr),
]);
if (code !== 0) process.exit(code);
if (warnings.length > 0) {
	console.error(
		`\nThe build printed ${warnings.length} warning(s). Fix each, or filter one that is an upstream bug where it arises, with a link to the issue:\n` +
			warnings.map((line) => `  ${line}`).join('\n'),
	);
	process.exit(1);
}
