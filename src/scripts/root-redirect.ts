import { localeCodes } from '../i18n/config';
import { preferredLocale } from '../i18n/routing';
import { readLocalePreference } from './locale-preference';

/**
 * `/` picks a language without a server: the reader's last choice, else their browser's
 * languages, else the original. The target is read from the page's own links, so the base path
 * is never hard-coded here.
 */
const locale = readLocalePreference() ?? preferredLocale(navigator.languages);
const link = document.querySelector<HTMLAnchorElement>(`a[hreflang="${locale}"]`);
if (link && localeCodes.includes(locale)) location.replace(link.href + location.hash);
