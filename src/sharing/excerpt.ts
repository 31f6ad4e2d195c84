/**
 * A preview description: the text's start, cut at a word boundary under `limit` characters, with
 * an ellipsis when it was cut. Runs of white space become one space; the words themselves are
 * never changed, so an excerpt of the Arabic original is verbatim as far as it goes.
 */
export function excerpt(text: string, limit = 200): string {
	const flat = text.replace(/\s+/g, ' ').trim();
	if (flat.length <= limit) return flat;
	const cut = flat.slice(0, limit);
	const lastSpace = cut.lastIndexOf(' ');
	return `${(lastSpace > limit / 2 ? cut.slice(0, lastSpace) : cut).replace(/[\s,،؛;:.]+$/, '')}…`;
}

/** Our own Markdown prose (a note's body) as plain text: link targets and emphasis marks go. */
export function markdownAsPlainText(markdown: string): string {
	return markdown.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/[*_`]+/g, '');
}
