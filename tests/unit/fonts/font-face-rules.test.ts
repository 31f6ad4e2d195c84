import { describe, expect, it } from 'vitest';
import { fontFaceRules, type FontManifest } from '../../../src/fonts/subset-fonts';

const manifest: FontManifest = {
	'Noto Naskh Arabic': { file: 'noto-naskh-arabic.woff2', characters: 'ابت،', key: 'a' },
	'Noto Naskh Arabic Latin': {
		file: 'noto-naskh-arabic-latin.woff2',
		characters: ' 0123',
		key: 'b',
	},
	'Source Serif 4': { file: 'source-serif-4-latin.woff2', characters: 'ABC', key: 'c' },
};

/** The declarations of the rule for one family, by property. */
function rule(css: string, family: string): Record<string, string> {
	const block = css
		.split('@font-face')
		.find((candidate) => candidate.includes(`font-family: '${family}';`));
	if (!block) throw new Error(`no rule for ${family}`);
	return Object.fromEntries(
		[...block.matchAll(/^\s*([a-z-]+): (.+);$/gm)].map(([, property, value]) => [property, value]),
	);
}

describe('the font-face rules of the cuts', () => {
	const css = fontFaceRules(manifest);

	it('declare each face for exactly the characters its cut holds', () => {
		expect(rule(css, 'Noto Naskh Arabic')['unicode-range']).toBe('U+60C, U+627-628, U+62A');
		expect(rule(css, 'Noto Naskh Arabic Latin')['unicode-range']).toBe('U+20, U+30-33');
		expect(rule(css, 'Source Serif 4')['unicode-range']).toBe('U+41-43');
	});

	it('point at the cut beside the stylesheet, with the face’s weights', () => {
		expect(rule(css, 'Noto Naskh Arabic')).toMatchObject({
			src: "url('./noto-naskh-arabic.woff2') format('woff2')",
			'font-weight': '400',
			'font-display': 'swap',
		});
		expect(rule(css, 'Source Serif 4')['font-weight']).toBe('200 900');
	});
});
