import { localeCodes, type Locale } from '../i18n/config';

/** `getStaticPaths` of a page that exists once per language. */
export function localeStaticPaths(): { params: { lang: Locale } }[] {
	return localeCodes.map((lang) => ({ params: { lang } }));
}
