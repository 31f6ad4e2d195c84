import { parseHtml } from '../hosting/html-tree';
import { faceCovers, webFaces, type WebFace } from './faces';
import type { FontManifest } from './subset-fonts';

/**
 * The characters a built page sets in the web fonts: its text, and the interface words its
 * scripts write from `data-*` attributes (a share confirmation, a button label). Scripts, styles
 * and JSON-LD are not text a reader sees.
 */
export function pageCharacters(html: string): Set<string> {
	const characters = new Set<string>();
	const add = (text: string) => {
		for (const character of text) if (!/\s/.test(character)) characters.add(character);
	};
	const skipped = new Set(['script', 'style', 'template']);
	const visit = (node: ReturnType<typeof parseHtml>) => {
		if (skipped.has(node.nodeName)) return;
		if (node.nodeName === '#text' && node.value) add(node.value);
		for (const { name, value } of node.attrs ?? [])
			if (name.startsWith('data-') || name === 'placeholder') add(value);
		for (const child of node.childNodes ?? []) visit(child);
	};
	visit(parseHtml(html));
	return characters;
}

/** A character a page needs from a face whose cut lacks it. */
export interface MissingCharacter {
	character: string;
	face: string;
}

/** The characters of a page that a face is declared for but its subset does not hold. */
export function missingCharacters(
	characters: Iterable<string>,
	manifest: FontManifest,
): MissingCharacter[] {
	const missing: MissingCharacter[] = [];
	for (const character of characters) {
		const codePoint = character.codePointAt(0)!;
		for (const [face, definition] of Object.entries(webFaces) as [string, WebFace][]) {
			if (faceCovers(definition, codePoint) && !manifest[face]?.characters.includes(character))
				missing.push({ character, face });
		}
	}
	return missing;
}
