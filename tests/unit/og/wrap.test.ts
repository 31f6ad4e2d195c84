import { describe, expect, test } from 'vitest';
import { wrapText } from '../../../src/og/wrap';

/** One unit per character: widths are easy to reason about. */
const measure = (text: string) => text.length;

describe('wrapText', () => {
	test('fills each line up to the width, breaking at spaces', () => {
		expect(wrapText('one two three four five', measure, 9)).toEqual({
			lines: ['one two', 'three', 'four five'],
			truncated: false,
		});
	});

	test('ends the last allowed line with an ellipsis, dropping a comma before it', () => {
		expect(wrapText('حققت حكومة بيرو، برئاسة بيدرو كاستيو', measure, 16, 1)).toEqual({
			lines: ['حققت حكومة بيرو…'],
			truncated: true,
		});
	});

	test('drops words until the ellipsis fits', () => {
		expect(wrapText('aaaa bbbb cccc dddd', measure, 9, 1)).toEqual({
			lines: ['aaaa…'],
			truncated: true,
		});
	});

	test('gives a word wider than a line a line of its own', () => {
		expect(wrapText('a verylongword b', measure, 5).lines).toEqual(['a', 'verylongword', 'b']);
	});
});
