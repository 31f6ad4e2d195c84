import { describe, expect, it } from 'vitest';
import {
	defaultLocale,
	isLocale,
	localeCodes,
	locales,
	otherLocales,
} from '../../../src/i18n/config';

describe('locales', () => {
	it('has Arabic right to left and English left to right', () => {
		expect(locales.ar.dir).toBe('rtl');
		expect(locales.en.dir).toBe('ltr');
	});

	it('makes every Intl locale explicit about Latin digits and the Gregorian calendar', () => {
		for (const code of localeCodes) {
			const options = new Intl.DateTimeFormat(locales[code].intl).resolvedOptions();
			expect(options.numberingSystem, code).toBe('latn');
			expect(options.calendar, code).toBe('gregory');
		}
	});

	it('starts with the original language, which is also the default', () => {
		expect(localeCodes[0]).toBe('ar');
		expect(defaultLocale).toBe('ar');
	});

	it('recognises only its own codes', () => {
		expect(isLocale('ar')).toBe(true);
		expect(isLocale('en')).toBe(true);
		expect(isLocale('fr')).toBe(false);
		expect(isLocale('toString')).toBe(false);
		expect(isLocale(undefined)).toBe(false);
	});

	it('lists the other locales to switch to', () => {
		expect(otherLocales('ar')).toEqual(['en']);
		expect(otherLocales('en')).toEqual(['ar']);
	});
});
