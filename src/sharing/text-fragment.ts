/**
 * URL text fragments (`#:~:text=`, https://wicg.github.io/scroll-to-text-fragment/), written by
 * hand: no library writes them, and the grammar is small. A browser that supports them scrolls
 * to the words and highlights them; the site puts the enclosing segment's id first
 * (`#p4-s2:~:text=…`) so a browser that does not can still land on the segment.
 */

/** The words a reader selected, and a few words around them, as the page renders them. */
export interface SelectedWords {
	/** The selected text, as runs: pieces the page shows without anything hidden between them. */
	runs: readonly string[];
	/** The words just before the selection in its first run, if any. */
	before: string;
	/** The words just after it in its last run, if any. */
	after: string;
}

/** How many words a start or end term takes: enough to be unique, short enough to survive edits. */
const termWords = 4;
const contextWords = 3;

/**
 * The text directive for a selection: the whole text when it is one short run, else its first
 * and last words (`start,end`), with a few words of context on either side (`prefix-,…,-suffix`)
 * so that words the page says twice still lead to this place. Terms never cross the hidden
 * words between runs (screen-reader hints), which a browser would look for too.
 */
export function textDirective(selected: SelectedWords): string {
	// A run of mere punctuation at either edge (the comma after an annotation's hidden hint) is
	// no term; without it, the words beside the selection no longer touch the term, so they go too.
	let { runs, before, after } = selected;
	while (runs.length > 1 && !hasWords(runs[0]!)) [runs, before] = [runs.slice(1), ''];
	while (runs.length > 1 && !hasWords(runs.at(-1)!)) [runs, after] = [runs.slice(0, -1), ''];
	const first = words(runs[0] ?? '');
	const last = words(runs.at(-1) ?? '');
	const terms: string[] = [];
	const prefix = hasWords(before) ? words(before).slice(-contextWords) : [];
	if (prefix.length > 0) terms.push(`${encodeTerm(prefix.join(' '))}-`);
	if (runs.length === 1 && first.length <= termWords * 2) terms.push(encodeTerm(first.join(' ')));
	else
		terms.push(
			encodeTerm(first.slice(0, termWords).join(' ')),
			encodeTerm(last.slice(-termWords).join(' ')),
		);
	const suffix = hasWords(after) ? words(after).slice(0, contextWords) : [];
	if (suffix.length > 0) terms.push(`-${encodeTerm(suffix.join(' '))}`);
	return `:~:text=${terms.join(',')}`;
}

function hasWords(run: string): boolean {
	return /[\p{L}\p{N}]/u.test(run);
}

/** The id before a fragment's directive: `#p4-s2:~:text=…` → `p4-s2`; `#:~:text=…` → ''. */
export function fragmentTarget(hash: string): string {
	return decodeURIComponent(hash.replace(/^#/, '').split(':~:')[0] ?? '');
}

function words(text: string): string[] {
	return text.split(/\s+/u).filter(Boolean);
}

/** Percent-encodes a term, including the characters the directive's syntax uses (`-`, `,`, `&`). */
function encodeTerm(term: string): string {
	return encodeURIComponent(term).replace(/-/g, '%2D');
}
