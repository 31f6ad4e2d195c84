import { transformSync } from 'esbuild';

const minified = new Map<string, string>();

/**
 * An inline script's text, minified once per build: the same few scripts are written into every
 * page, and running esbuild for each of ~230 pages cost half a second of a warm build.
 */
export function minifiedScript(code: string): string {
	let text = minified.get(code);
	if (text === undefined) {
		text = transformSync(code, { minify: true, target: 'es2022' }).code.trim();
		minified.set(code, text);
	}
	return text;
}
