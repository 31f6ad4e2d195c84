import { describe, expect, it } from 'vitest';
import { interpolate, useTranslations } from '../../../src/i18n/translate';

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
