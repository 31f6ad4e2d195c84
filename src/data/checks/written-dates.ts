import { partialDateStart } from '../../utils/dates';
import type { ContentProblem } from './problems';

/** `date:` and `end:` values, in block or flow style, quoted or not. */
const datedField = /\b(date|end):\s*['"]?(\d{4}-\d{1,2}(?:-\d{1,2})?)(?=['",}\s]|$)/g;

/**
 * Every date as the editor wrote it exists in the calendar. The YAML parser turns an unquoted
 * `2021-02-30` into 2 March without a word, so the schema only ever sees a valid date: this
 * check reads the front matter (or a whole `.yaml` file) as text, and names the line.
 */
export function checkWrittenDates(file: string, source: string): ContentProblem[] {
	// A Markdown file's YAML is its front matter, from line 2; a `.yaml` file is YAML throughout.
	const frontMatter = /^---\r?\n([\s\S]*?)\r?\n---/.exec(source)?.[1];
	const yaml = frontMatter ?? (file.endsWith('.md') ? '' : source);
	const firstLine = frontMatter === undefined ? 1 : 2;
	return yaml.split(/\r?\n/).flatMap((line, index) =>
		[...line.matchAll(datedField)]
			.filter(([, , written]) => partialDateStart(written!) === undefined)
			.map(([, key, written]) => ({
				file: `${file}:${index + firstLine}`,
				message: `${key} "${written}" is not a date in the calendar (YYYY-MM-DD)`,
			})),
	);
}
