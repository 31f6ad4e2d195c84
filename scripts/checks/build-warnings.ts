/**
 * What counts as a warning in the build's output: Astro's logger marks its own and Vite's
 * `[WARN]`; Node marks its own `(node:123) SomeWarning:`.
 */
export const warningLine = /\[WARN\]|\(node:\d+\) \w*Warning:/;

/** The warning lines of a build's output. */
export function buildWarnings(output: string): string[] {
	return output.split(/\r?\n/).filter((line) => warningLine.test(line));
}
