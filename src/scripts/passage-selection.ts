import { fragmentTarget } from '../sharing/text-fragment';

/**
 * Offers the passage tools (copy a link to the selected words, copy them as a quotation, share
 * them) once a reader selects words in the article. The tools' code is fetched on the first
 * selection only: most readers never select, and the article's script stays small.
 */
export function offerPassageTools(): void {
	const body = document.querySelector<HTMLElement>('[data-passage-quote]');
	if (!body) return;
	let tools: Promise<typeof import('./passage-tools')> | undefined;
	let settle: ReturnType<typeof setTimeout> | undefined;
	document.addEventListener('selectionchange', () => {
		clearTimeout(settle);
		// Once the selection stops moving: a drag changes it on every pixel.
		settle = setTimeout(() => {
			const selection = getSelection();
			const range = selection && selection.rangeCount > 0 ? selection.getRangeAt(0) : undefined;
			const inArticle =
				range &&
				!range.collapsed &&
				elementOf(range.startContainer)?.closest('p[data-paragraph]') &&
				body.contains(range.startContainer);
			if (!inArticle) {
				if (!body.querySelector('.passage-tools:focus-within'))
					void tools?.then((loaded) => loaded.hidePassageTools());
				return;
			}
			tools ??= import('./passage-tools');
			void tools.then((loaded) => loaded.showPassageTools(body, range));
		}, 200);
	});
}

/** A range's boundary is a text node or an element (a whole segment's range starts at its span). */
export function elementOf(node: Node): Element | null {
	return node instanceof Element ? node : node.parentElement;
}

/**
 * A link to a passage is `#p4-s2:~:text=…`. A browser that understands text fragments strips the
 * directive, scrolls to the words and highlights them. One that does not keeps it in the
 * address, which then names no element: this lands the reader on the segment before `:~:`,
 * highlighted as `:target` would (`data-targeted`).
 */
export function landOnPassageSegment(): void {
	const land = () => {
		// A later address of any kind ends the last landing's highlight.
		document.querySelector('[data-targeted]')?.removeAttribute('data-targeted');
		if (!location.hash.includes(':~:')) return;
		const target = document.getElementById(fragmentTarget(location.hash));
		if (!target) return;
		target.setAttribute('data-targeted', '');
		target.scrollIntoView();
	};
	land();
	addEventListener('hashchange', land);
}
