import { describe, expect, it } from 'vitest';
import { excerpt, queryTerms, type ExcerptPiece } from '../../../src/search/excerpt';

const marked = (pieces: ExcerptPiece[]) =>
	pieces.filter((piece) => piece.match).map((piece) => piece.text);
const whole = (pieces: ExcerptPiece[]) => pieces.map((piece) => piece.text).join('');

describe('queryTerms', () => {
	it('folds and splits a query', () => {
		expect(queryTerms('  الحكومةُ، Lima-Group ')).toEqual(['الحكومه', 'lima', 'group']);
	});
});

describe('excerpt', () => {
	const p4 =
		'ضربة جديدة لتلك الكتلة وفشلًا آخر في تطلعاتها لزعزعة استقرار الحكومة الدستورية للرئيس نيكولاس مادورو';

	it('marks the original words that a folded query matches, whole', () => {
		expect(marked(excerpt(p4, 'الحكومه'))).toEqual(['الحكومة']);
		expect(marked(excerpt(p4, 'حكومه'))).toEqual(['الحكومة']);
		expect(marked(excerpt('وعدم التدخل في الشؤون الداخلية للدول الأخرى.', 'الاخري'))).toEqual([
			'الأخرى',
		]);
	});

	it('shows the text as written, diacritics and hamzas included', () => {
		const text = 'تحولاً بمقدار 180 درجة في السياسة الخارجية';
		expect(whole(excerpt(text, 'تحولا'))).toBe(text);
		expect(marked(excerpt(text, 'تحولا'))).toEqual(['تحولاً']);
	});

	it('matches at the start of words only, or after joined clitics', () => {
		expect(marked(excerpt('Climate talks in Lima', 'lima'))).toEqual(['Lima']);
		expect(marked(excerpt('سياسة الأرجنتين الأخرى', 'الاخري'))).toEqual(['الأخرى']);
	});

	it('falls back to the shared beginning of a word the index matched by its stem', () => {
		expect(marked(excerpt('The new government of Peru', 'governments'))).toEqual(['government']);
	});

	it('cuts a long text around the first match, at word boundaries', () => {
		const words = Array.from({ length: 100 }, (_, i) => `w${i}`);
		const pieces = excerpt(words.join(' '), 'w60', 30);
		expect(pieces[0]).toEqual({ text: '… ', match: false });
		expect(pieces.at(-1)).toEqual({ text: ' …', match: false });
		expect(whole(pieces)).toBe(`… ${words.slice(50, 80).join(' ')} …`);
	});

	it('starts at the beginning when nothing matches', () => {
		expect(whole(excerpt('one two three', 'zebra', 2))).toBe('one two …');
	});
});

describe('excerpt with Latin accents', () => {
	it('marks an accented name found without its accents, and the other way round', () => {
		expect(marked(excerpt('Foreign Minister Héctor Béjar resigns', 'bejar'))).toEqual(['Béjar']);
		expect(marked(excerpt('Maurtua succeeds him', 'Maúrtua'))).toEqual(['Maurtua']);
	});
});
