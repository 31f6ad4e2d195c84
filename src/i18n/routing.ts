import { defaultLocale, isLocale, localeCodes, type Locale } from './config';

/**
 * URL building for a site that may live under a base path (e.g. `/repo/` on GitHub Pages).
 * Every internal link goes through these helpers, so the base is one setting in `astro.config.ts`.
 */

/** Joins a base (`/` or `/repo/`) and a site path (`/ar/`) without doubling or losing slashes. */
export function joinBase(base: string, path: string): string {
	const trimmedBase = base.replace(/\/+$/, '');
	const trimmedPath = path.replace(/^\/+/, '');
	return `${trimmedBase}/${trimmedPath}`;
}

/** Site path of a page in a locale: `localePath('en')` is `/en/`, `localePath('en', 'glossary')` is `/en/glossary/`. */
export function localePath(locale: Locale, page = ''): string {
	const inner = page.replace(/^\/+|\/+$/g, '');
	return inner ? `/${locale}/${inner}/` : `/${locale}/`;
}

/**
 * Splits a site path (without base) into its locale and the rest.
 * `splitLocalePath('/en/glossary/')` is `{ locale: 'en', page: 'glossary' }`; a path without a locale gives `undefined`.
 */
export function splitLocalePath(path: string): { locale: Locale; page: string } | undefined {
	const [first = '', ...rest] = path.replace(/^\/+/, '').split('/');
	if (!isLocale(first)) return undefined;
	return { locale: first, page: rest.filter(Boolean).join('/') };
}

/** The same page in another locale: `/en/glossary/` becomes `/ar/glossary/`. */
export function switchLocalePath(path: string, to: Locale): string {
	const split = splitLocalePath(path);
	return localePath(to, split?.page ?? '');
}

/**
 * Where a reader whose language is none of the site's goes (`hreflang="x-default"`): for the
 * front page, the root page, which picks their language (else the original); for any other page, the
 * original's version of it, as the root page would pick.
 */
export function xDefaultPath(path: string): string {
	const page = splitLocalePath(path)?.page ?? '';
	return page === '' ? '/' : localePath(defaultLocale, page);
}

/**
 * Picks the locale for a reader from their browser languages (`navigator.languages`),
 * matching on the primary subtag (`ar-EG` counts as `ar`). Falls back to the original language.
 */
export function preferredLocale(languages: readonly string[]): Locale {
	return matchLocale(languages, localeCodes, defaultLocale) as Locale;
}

/**
 * The matching behind `preferredLocale`, self-contained (no outside bindings) so that the root
 * page can inline its source and forward readers before anything else loads.
 */
export function matchLocale(
	languages: readonly string[],
	codes: readonly string[],
	fallback: string,
): string {
	for (const tag of languages) {
		const primary = tag.toLowerCase().split('-')[0];
		const match = codes.find((code) => code === primary);
		if (match) return match;
	}
	return fallback;
}

/** The site path of a page URL, without the base: `/repo/en/` under base `/repo/` is `/en/`. */
export function sitePath(pathname: string, base: string): string {
	const trimmedBase = base.replace(/\/+$/, '');
	const inner = pathname.startsWith(trimmedBase) ? pathname.slice(trimmedBase.length) : pathname;
	return inner.startsWith('/') ? inner : `/${inner}`;
}
