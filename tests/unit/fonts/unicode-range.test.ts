import { describe, expect, it } from 'vitest';
import { unicodeRange } from '../../../src/fonts/unicode-range';

describe('unicodeRange', () => {
	it('joins neighbouring code points into ranges and keeps lone ones single', () => {
		expect(unicodeRange([' ', '!', '"', ',', ...'0123456789'])).toBe('U+20-22, U+2C, U+30-39');
	});

	it('sorts, drops repeats and reads characters beyond the BMP whole', () => {
		expect(unicodeRange(['ب', 'ا', 'ب', '𝐀'])).toBe('U+627-628, U+1D400');
	});

	it('gives nothing for no characters', () => {
		expect(unicodeRange([])).toBe('');
	});
});
