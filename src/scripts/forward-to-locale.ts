import { defaultLocale, localeCodes } from '../i18n/config';
import { matchLocale } from '../i18n/routing';
import { siteUrls } from '../routing/urls';
import { localeStorageKey } from './locale-preference';

/**
 * Sends a reader on `/` to their language: their last choice, else their browser's languages,
 * else the original. Self-contained (everything arrives as arguments) because the root page
 * inlines its source at the top of `<head>`: the forward then starts before any stylesheet or
 * font is requested, and costs no request of its own.
 *
 * @param targets the URL of each locale's home, base path included
 */
export function forwardToLocale(
	targets: Record<string, string>,
	storageKey: string,
	fallback: string,
	match: typeof matchLocale,
): void {
	const codes = Object.keys(targets);
	let stored: string | null = null;
	try {
		stored = localStorage.getItem(storageKey);
	} catch {
		// Storage may be off (privacy modes): fall through to the browser's languages.
	}
	const locale =
		stored && codes.includes(stored) ? stored : match(navigator.languages, codes, fallback);
	const target = targets[locale];
	if (target) location.replace(target + location.hash);
}

/** The inline script for the root page: `forwardToLocale` applied to this build's targets. */
export function forwardScript(base: string): string {
	const targets = Object.fromEntries(localeCodes.map((code) => [code, siteUrls(base).home(code)]));
	const args = [
		JSON.stringify(targets),
		JSON.stringify(localeStorageKey),
		JSON.stringify(defaultLocale),
		matchLocale.toString(),
	];
	return `(${forwardToLocale.toString()})(${args.join(',')});`;
}
