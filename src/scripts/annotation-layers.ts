import { noteKinds } from '../schemas/vocabulary';
import { preferenceKeys } from './preferences';

/** The annotation layers a reader can show or hide: glossary terms and each kind of note. */
export const annotationLayers = ['term', ...noteKinds] as const;

const storageKey = preferenceKeys.hiddenLayers;

/**
 * Restores the layers a reader hid on an earlier visit and remembers changes. The hiding itself
 * is CSS (`:has(input[data-layer=…]:not(:checked))`), so it also works without this script; a
 * stored choice is already applied before the first paint, through `<html data-hidden-layers>`
 * (see preferences.ts), and this keeps that attribute in step with the boxes.
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
			const now = boxes
				.filter((candidate) => !candidate.checked)
				.map((candidate) => candidate.value);
			if (now.length > 0) document.documentElement.dataset['hiddenLayers'] = now.join(' ');
			else delete document.documentElement.dataset['hiddenLayers'];
			try {
				localStorage.setItem(storageKey, JSON.stringify(now));
			} catch {
				// Storage off: the choice holds for this visit only.
			}
		});
	}
}
