import { describe, expect, it } from 'vitest';
import { missingCharacters, pageCharacters } from '../../../src/fonts/page-characters';
import type { FontManifest } from '../../../src/fonts/subset-fonts';

describe('pageCharacters', () => {
	it('reads the text and the words scripts write from data-*, not scripts, styles or JSON-LD', () => {
		const html = `<!doctype html><html><head><title>T</title><style>p{content:"§"}</style>
			<script type="application/ld+json">{"x":"¶"}</script></head>
			<body><p data-share-copied="نُسخ">لا 4</p><script>const s = "¤";</script></body></html>`;
		const characters = pageCharacters(html);
		for (const character of ['T', 'ل', 'ا', '4', 'ن', 'ُ', 'س', 'خ'])
			expect(characters.has(character), character).toBe(true);
		for (const character of ['§', '¶', '¤', ' '])
			expect(characters.has(character), character).toBe(false);
	});
});

describe('missingCharacters', () => {
	const manifest: FontManifest = {
		'Noto Naskh Arabic': { file: 'a.woff2', characters: 'اكل', key: '' },
		'Noto Naskh Arabic Latin': { file: 'b.woff2', characters: 'ABC', key: '' },
		'Source Serif 4': { file: 'c.woff2', characters: 'ABC', key: '' },
	};

	it('names each character a face is declared for but its cut lacks, with the face', () => {
		expect(missingCharacters(['ا', 'ك', 'ب', 'A', 'Z'], manifest)).toEqual([
			{ character: 'ب', face: 'Noto Naskh Arabic' },
			{ character: 'Z', face: 'Noto Naskh Arabic Latin' },
			{ character: 'Z', face: 'Source Serif 4' },
		]);
	});

	it('leaves characters no web face is declared for to the system (an emoji, a CJK ideograph)', () => {
		expect(missingCharacters(['😀', '中'], manifest)).toEqual([]);
	});
});
