import { noteKinds } from '../schemas/vocabulary';

/** The annotation layers a reader can show or hide: glossary terms and each kind of note. */
export const annotationLayers = ['term', ...noteKinds] as const;
export type AnnotationLayer = (typeof annotationLayers)[number];

const storageKey = 'close-reading:hidden-layers';

/**
 * Restores the layers a reader hid on an earlier visit and remembers changes. The hiding itself
 * is CSS (`:has(input[data-layer=…]:not(:checked))`), so it also works without this script.
 */
export function rememberLayers(): void {
	const boxes = [...document.querySelectorAll<HTMLInputElement>('input[data-layer]')];
	let hidden: string[] = [];
	try {
		hidden = JSON.parse(localStorage.getItem(storageKey) ?? '[]') as string[];
	} catch {
		hidden = [];
	}
	for (const box of boxes) {
		box.checked = !hidden.includes(box.value);
		box.addEventListener('change', () => {
			const now = boxes.filter((candidate) => !candidate.checked).map((candidate) => candidate.value);
			try {
				localStorage.setItem(storageKey, JSON.stringify(now));
			} catch {
				// Storage off: the choice holds for this visit only.
			}
		});
	}
}
