import type { ContentProblem } from './problems';

/** The paragraph ids one language version of the article has, in order. */
export interface ParagraphIds {
	file: string;
	ids: readonly string[];
}

/**
 * Both languages must have the same paragraph ids in the same order, each once: the ids are
 * the addresses readers share (`#p4`) and the language switch relies on them.
 * Every version is compared with the reference (the original).
 */
export function checkParagraphParity(
	reference: ParagraphIds,
	versions: readonly ParagraphIds[],
): ContentProblem[] {
	return [reference, ...versions].flatMap((version) => [
		...duplicates(version),
		...(version === reference ? [] : differences(reference, version)),
	]);
}

function duplicates({ file, ids }: ParagraphIds): ContentProblem[] {
	const repeated = ids.filter((id, index) => ids.indexOf(id) !== index);
	return [...new Set(repeated)].map((id) => ({
		file,
		message: `paragraph id "${id}" appears more than once`,
	}));
}

function differences(reference: ParagraphIds, version: ParagraphIds): ContentProblem[] {
	const problems: ContentProblem[] = [];
	const missing = reference.ids.filter((id) => !version.ids.includes(id));
	const extra = version.ids.filter((id) => !reference.ids.includes(id));
	if (missing.length > 0) {
		problems.push({
			file: version.file,
			message: `missing paragraph ${list(missing)} that ${reference.file} has`,
		});
	}
	if (extra.length > 0) {
		problems.push({
			file: version.file,
			message: `paragraph ${list(extra)} not in ${reference.file}`,
		});
	}
	if (problems.length === 0 && version.ids.join() !== reference.ids.join()) {
		problems.push({
			file: version.file,
			message: `paragraphs are in a different order from ${reference.file} (${version.ids.join(', ')})`,
		});
	}
	return problems;
}

function list(ids: readonly string[]): string {
	return ids.map((id) => `"${id}"`).join(', ');
}
