import { describe, expect, it } from 'vitest';
import { interpolate, plural, useTranslations } from '../../../src/i18n/translate';

describe('interpolate', () => {
	it('fills named placeholders in any order', () => {
		expect(interpolate('{{b}} then {{a}}', { a: 1, b: 'two' })).toBe('two then 1');
	});

	it('refuses to leave a placeholder unfilled', () => {
		expect(() => interpolate('Paragraph {{n}}')).toThrow(/\{\{n\}\}/);
	});
});

describe('useTranslations', () => {
	it('speaks the requested language', () => {
		expect(useTranslations('ar')('paragraph.link', { n: 4 })).toBe('رابط الفقرة 4');
		expect(useTranslations('en')('paragraph.link', { n: 4 })).toBe('Link to paragraph 4');
	});
});

describe('plural', () => {
	it('picks the form the locale’s rules give the count', () => {
		const arabic = (n: number) => plural('ar', 'search.results', n, { query: 'ليما' });
		expect(arabic(1)).toBe('نتيجة واحدة عن «ليما».');
		expect(arabic(2)).toBe('نتيجتان عن «ليما».');
		expect(arabic(3)).toBe('3 نتائج عن «ليما».');
		expect(arabic(11)).toBe('11 نتيجة عن «ليما».');
		expect(arabic(100)).toBe('100 نتيجة عن «ليما».');
		expect(plural('en', 'search.results', 1, { query: 'Lima' })).toBe('1 result for “Lima”.');
		expect(plural('en', 'search.results', 2, { query: 'Lima' })).toBe('2 results for “Lima”.');
	});
});
