import { locales, type Locale } from './config';

const byLocale = new Map<Locale, Intl.DisplayNames>();

/**
 * Country names in a locale (`CU` → Cuba, كوبا), from `Intl`: one formatter per locale for the
 * whole build, since every source line of state media asks for one.
 */
export function regionNames(locale: Locale): Intl.DisplayNames {
	let names = byLocale.get(locale);
	if (!names) {
		names = new Intl.DisplayNames(locales[locale].intl, { type: 'region' });
		byLocale.set(locale, names);
	}
	return names;
}
