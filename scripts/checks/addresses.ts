import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { listFiles } from '../../src/hosting/site-files.ts';
import { parseRedirects } from '../../src/hosting/redirects.ts';

/**
 * Addresses are promises: once the site publishes one, it keeps leading to its content. The
 * committed list (`published-addresses.txt`) holds every address a build has published; these
 * checks compare it with a build, and `npm run addresses` adds what a build newly publishes.
 */

/** The committed list, from the project root. */
export const addressListFile = 'published-addresses.txt';

/**
 * Files whose names carry a hash or that the host reads rather than serves: they are not
 * addresses anyone links to (`_astro/` and `pagefind/` change with every build by design).
 */
const notAddresses = /^(_astro\/|pagefind\/|_headers$|_redirects$)/;

/** Every address a built site serves, as site paths: `ar/index.html` is `/ar/`, `ar/feed.xml` is `/ar/feed.xml`. */
export function builtAddresses(dir: string): string[] {
	return listFiles(dir)
		.filter((file) => !notAddresses.test(file))
		.map((file) => `/${file.replace(/(^|\/)index\.html$/, '$1')}`)
		.sort(byCodePoint);
}

/** The addresses in the list: one site path per line; `#` starts a comment. */
export function readAddressList(text: string): string[] {
	return text
		.split('\n')
		.map((line) => line.replace(/#.*/, '').trim())
		.filter(Boolean);
}

/** The list file's text for a set of addresses, sorted, with its header. */
export function writeAddressList(addresses: Iterable<string>): string {
	return [
		'# Every address the site has published (site paths, without the base). A build must serve each',
		'# one, or declare where it went (src/routing/former-addresses.ts); the addresses gate checks it.',
		'# `npm run addresses` adds new ones after a build; removing one is a deliberate act (--remove).',
		...[...new Set(addresses)].sort(byCodePoint),
		'',
	].join('\n');
}

/** What a build does with the listed addresses. */
export interface AddressReport {
	/** Listed, not served, and not forwarded: a broken promise. */
	lost: string[];
	/** Served but not yet listed: record them with `npm run addresses`. */
	unlisted: string[];
}

/**
 * Compares a build with the list. An address counts as kept when the build serves a file there
 * (a page, a forward page, a kept copy) or `_redirects` forwards it.
 *
 * @param base the base path the site was built under: `_redirects` rules include it, the list
 *   does not
 */
export function compareAddresses(
	listed: readonly string[],
	dir: string,
	base = '/',
): AddressReport {
	const built = new Set(builtAddresses(dir));
	const forwarded = new Set(redirectRules(dir).map(({ from }) => withoutBase(from, base)));
	const listedSet = new Set(listed);
	return {
		lost: listed.filter((address) => !built.has(address) && !forwarded.has(address)),
		unlisted: [...built].filter((address) => !listedSet.has(address)),
	};
}

/**
 * The `_redirects` rules whose target the build does not serve, or whose old address has no forward
 * page of its own (hosts that read no `_redirects` need it): each as `from → to: why`.
 */
export function checkRedirects(dir: string, base = '/'): string[] {
	const built = new Set(builtAddresses(dir));
	return redirectRules(dir).flatMap(({ from, to }) => {
		const problems: string[] = [];
		if (!built.has(withoutBase(to, base)))
			problems.push(`${from} → ${to}: the build has nothing at ${to}`);
		const page = join(dir, withoutBase(from, base), 'index.html');
		if (!existsSync(page)) problems.push(`${from} → ${to}: no forward page at ${from}`);
		else if (
			!readFileSync(page, 'utf8').includes(`<meta http-equiv="refresh" content="0; url=${to}"`)
		)
			problems.push(`${from} → ${to}: the forward page at ${from} does not lead to ${to}`);
		return problems;
	});
}

function redirectRules(dir: string): { from: string; to: string }[] {
	const file = join(dir, '_redirects');
	return existsSync(file) ? parseRedirects(readFileSync(file, 'utf8')) : [];
}

function withoutBase(path: string, base: string): string {
	const prefix = base.endsWith('/') ? base : `${base}/`;
	return path.startsWith(prefix) ? `/${path.slice(prefix.length)}` : path;
}

/** Sorting that does not depend on the machine's locale. */
function byCodePoint(a: string, b: string): number {
	return a < b ? -1 : a > b ? 1 : 0;
}
