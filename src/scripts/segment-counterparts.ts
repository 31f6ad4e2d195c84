/**
 * Lights a segment's counterpart in the other language while a reader points at the segment or
 * focuses something in it: side by side, and between an article paragraph and its in-place
 * translation. A segment is an element with `data-s="p4-s2"`, or an article's `<span id="p4-s2">`;
 * every element of the same segment shown inside `root` is lit with it (`data-lit`, styled in CSS).
 * Without JavaScript nothing is lit, and `#p4-s2` still highlights the segment it names.
 */
export function lightCounterparts(root: Element | null): void {
	if (!root) return;
	const segmentOf = (target: EventTarget | null) =>
		target instanceof Element ? target.closest<HTMLElement>(segmentSelector) : null;
	const light = (segment: HTMLElement | null, on: boolean) => {
		const id = segment?.dataset['s'] ?? segment?.id;
		if (!id) return;
		// Only a segment with a counterpart on show is lit: on the article, while its paragraph's
		// translation is open. Pointing at text with nothing to match lights nothing.
		const same = [
			...root.querySelectorAll<HTMLElement>(`[data-s="${id}"], span[id="${id}"]`),
		].filter((element) => element.getClientRects().length > 0);
		if (on && same.length < 2) return;
		for (const element of same) element.toggleAttribute('data-lit', on);
	};
	for (const [on, off] of [
		['pointerover', 'pointerout'],
		['focusin', 'focusout'],
	] as const) {
		root.addEventListener(on, (event) => light(segmentOf(event.target), true));
		root.addEventListener(off, (event) => light(segmentOf(event.target), false));
	}
}

/** What counts as a segment: marked ones, and the spans the article's Markdown cut. */
const segmentSelector = '[data-s], p[data-paragraph] > span[id]';
