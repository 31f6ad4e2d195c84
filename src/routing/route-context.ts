import { defaultLocale, isLocale, locales, type Locale } from '../i18n/config';
import { useTranslations, type Translator } from '../i18n/translate';

/** What a page needs to know about the language it is in. */
export interface RouteContext {
	locale: Locale;
	/** `lang` and `dir` for the page's `<html>` and for any run in this language. */
	lang: string;
	dir: 'rtl' | 'ltr';
	/** The tag for `Intl` formatters (see i18n/config.ts). */
	intl: string;
	t: Translator;
}

/**
 * The route context of a request, from its `[lang]` parameter: pages under `/<lang>/` get that
 * language; the root page and the top-level 404 page, which have none, get the original's.
 * An unknown language cannot reach a page (`getStaticPaths` lists only real ones), so it fails.
 */
export function routeContext(lang: string | undefined): RouteContext {
	if (lang !== undefined && !isLocale(lang))
		throw new Error(`"${lang}" is not a locale of this site`);
	const locale = lang ?? defaultLocale;
	return {
		locale,
		lang: locales[locale].lang,
		dir: locales[locale].dir,
		intl: locales[locale].intl,
		t: useTranslations(locale),
	};
}
