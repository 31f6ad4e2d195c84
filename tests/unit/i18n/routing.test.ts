import { describe, expect, it } from 'vitest';
import {
	joinBase,
	localePath,
	matchLocale,
	preferredLocale,
	sitePath,
	splitLocalePath,
	switchLocalePath,
} from '../../../src/i18n/routing';

describe('joinBase', () => {
	it('joins a root or project base without doubled or missing slashes', () => {
		expect(joinBase('/', '/ar/')).toBe('/ar/');
		expect(joinBase('/repo/', '/ar/')).toBe('/repo/ar/');
		expect(joinBase('/repo', 'ar/')).toBe('/repo/ar/');
		expect(joinBase('/repo/', 'favicon.svg')).toBe('/repo/favicon.svg');
	});
});

describe('sitePath', () => {
	it('removes the base from a page URL path', () => {
		expect(sitePath('/repo/en/', '/repo/')).toBe('/en/');
		expect(sitePath('/en/', '/')).toBe('/en/');
		expect(sitePath('/repo/', '/repo/')).toBe('/');
	});
});

describe('localePath', () => {
	it('builds locale-prefixed paths with a trailing slash', () => {
		expect(localePath('en')).toBe('/en/');
		expect(localePath('ar', 'glossary')).toBe('/ar/glossary/');
		expect(localePath('ar', '/glossary/lima-group/')).toBe('/ar/glossary/lima-group/');
	});
});

describe('splitLocalePath and switchLocalePath', () => {
	it('finds the locale and the rest of the path', () => {
		expect(splitLocalePath('/en/glossary/')).toEqual({ locale: 'en', page: 'glossary' });
		expect(splitLocalePath('/ar/')).toEqual({ locale: 'ar', page: '' });
		expect(splitLocalePath('/fr/')).toBeUndefined();
	});

	it('maps a page to the same page in the other language', () => {
		expect(switchLocalePath('/en/', 'ar')).toBe('/ar/');
		expect(switchLocalePath('/ar/glossary/lima-group/', 'en')).toBe('/en/glossary/lima-group/');
		expect(switchLocalePath('/', 'en')).toBe('/en/');
	});
});

describe('preferredLocale', () => {
	it('matches browser languages on their primary subtag, in order of preference', () => {
		expect(preferredLocale(['ar-EG', 'en-US'])).toBe('ar');
		expect(preferredLocale(['fr-FR', 'en-GB', 'ar'])).toBe('en');
	});

	it('falls back to the original language', () => {
		expect(preferredLocale(['fr', 'es'])).toBe('ar');
		expect(preferredLocale([])).toBe('ar');
		expect(matchLocale(['de'], ['de', 'ar'], 'ar')).toBe('de');
	});
});
