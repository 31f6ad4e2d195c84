import type { ContentProblem } from './problems';

/**
 * No front matter value still reads `TODO` (what `npm run new-article` writes in every field to
 * fill): the schema would accept it as a headline or a publisher and the site would print it.
 * Comments (`# …`) may say TODO. Reads the file as text, to name the line.
 */
export function checkPlaceholders(file: string, source: string): ContentProblem[] {
	const frontMatter = /^---\r?\n([\s\S]*?)\r?\n---/.exec(source)?.[1] ?? '';
	return frontMatter.split(/\r?\n/).flatMap((line, index) => {
		const value = line.replace(/(^|\s)#.*$/, '');
		const key = /^\s*([\w-]+):/.exec(value)?.[1];
		return /\bTODO\b/.test(value)
			? [
					{
						file: `${file}:${index + 2}`,
						message: `${key ?? 'a value'} is still TODO: write it, or delete the line if it is optional`,
					},
				]
			: [];
	});
}
