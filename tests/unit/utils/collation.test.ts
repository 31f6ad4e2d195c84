import { describe, expect, it } from 'vitest';
import { indexLetter, sortByName, sortKey } from '../../../src/utils/collation';

describe('Arabic dictionary order', () => {
	it('files names without the article, diacritics or hamza seats', () => {
		expect(sortKey('الرئاسة المؤقتة', 'ar')).toBe('رئاسة المؤقتة');
		expect(sortKey('مُنَظَّمَة', 'ar')).toBe('منظمة');
		expect(sortKey('أوسكار ماورتوا', 'ar')).toBe('اوسكار ماورتوا');
		expect(indexLetter('إذاعة هافانا كوبا', 'ar')).toBe('ا');
		expect(indexLetter('الانتخابات الرئاسية', 'ar')).toBe('ا');
		expect(indexLetter('التكامل الإقليمي', 'ar')).toBe('ت');
	});

	it('sorts as a dictionary would, not by the article', () => {
		const names = [
			'منطقة سلام',
			'التكامل الإقليمي',
			'بيدرو كاستيو',
			'الرئاسة المؤقتة',
			'أوسكار ماورتوا',
			'خوان غوايدو',
		];
		expect(sortByName(names, 'ar', (name) => name)).toEqual([
			'أوسكار ماورتوا',
			'بيدرو كاستيو',
			'التكامل الإقليمي',
			'خوان غوايدو',
			'الرئاسة المؤقتة',
			'منطقة سلام',
		]);
	});
});

describe('English order', () => {
	it('sorts alphabetically, ignoring accents and case', () => {
		expect(
			sortByName(
				['Óscar Maúrtua', 'CELAC', 'Nicolás Maduro', 'interim president'],
				'en',
				(name) => name,
			),
		).toEqual(['CELAC', 'interim president', 'Nicolás Maduro', 'Óscar Maúrtua']);
		expect(indexLetter('Óscar Maúrtua', 'en')).toBe('O');
	});
});
