import { describe, expect, it } from 'vitest';
import { foldWithPositions, normalizeArabic } from '../../../src/search/normalize-arabic';

describe('normalizeArabic', () => {
	it.each([
		['أمريكا', 'امريكا'],
		['إعلان', 'اعلان'],
		['آخر', 'اخر'],
		['ٱلحكومة', 'الحكومه'],
		['المؤسسة', 'الموسسه'],
		['رئيس', 'رييس'],
		['الأخرى', 'الاخري'],
		['على', 'علي'],
		['الحُكُومَةُ', 'الحكومه'],
		['تحولاً', 'تحولا'],
		['الـــحكومة', 'الحكومه'],
		['هٰذا', 'هذا'],
		['٢٠٢١ و۲۰۲۱', '2021 و2021'],
		['ی ک', 'ي ك'],
		['بيرو\u200F', 'بيرو'],
	])('folds %s to %s', (text, folded) => {
		expect(normalizeArabic(text)).toBe(folded);
	});

	it('gives the same form for the spellings a reader may type', () => {
		const forms = ['الأُخْرَى', 'الاخرى', 'الأخري', 'الاخري'];
		expect(new Set(forms.map(normalizeArabic)).size).toBe(1);
		expect(normalizeArabic('الحكومة')).toBe(normalizeArabic('الحكومه'));
	});

	it('leaves Latin text, punctuation and spaces alone', () => {
		expect(normalizeArabic('Lima Group, 2017 – “Béjar”')).toBe('Lima Group, 2017 – “Béjar”');
	});
});

describe('foldWithPositions', () => {
	it('maps each folded character back to the original', () => {
		const text = 'الحُكومةُ الجديدة';
		const { folded, positions } = foldWithPositions(text);
		expect(folded).toBe('الحكومه الجديده');
		expect(positions).toHaveLength(folded.length + 1);
		const at = folded.indexOf('الجديده');
		expect(text.slice(positions[at], positions[at + 'الجديده'.length])).toBe('الجديدة');
		expect(text[positions[folded.indexOf('ك')]!]).toBe('ك');
	});
});
