/**
 * Paragraph ids are the one addressing scheme shared by both languages: `p1`, `p2`, …
 * They are ASCII so that links stay short when pasted, and identical across languages so
 * that `/en/<article>/#p4` and `/ar/<article>/#p4` are the same paragraph.
 */
export const paragraphIdPattern = /^p[1-9]\d*$/;

/** `p4` → 4. */
export function paragraphNumber(id: string): number {
	if (!paragraphIdPattern.test(id))
		throw new Error(`"${id}" is not a paragraph id (expected p1, p2, …)`);
	return Number(id.slice(1));
}

/** Name of the container directive that wraps one paragraph: `:::p{#p4}`. */
export const paragraphDirective = 'p';
