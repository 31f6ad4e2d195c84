import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseRedirects } from '../src/hosting/redirects.ts';

/**
 * What a host reads beside the pages, applied as Netlify and Cloudflare Pages apply it: the headers
 * of `_headers` for every path they match, and the forwards of `_redirects`. `scripts/serve-dist.ts`
 * (npm run preview, the browser tests, the benchmark) serves `dist/` with them, so the policy,
 * caching and forwards one sees locally are the host's.
 */

/** A `_headers` file (Netlify, Cloudflare Pages): path pattern → header name (lower case) → value. */
export type HeaderRules = Map<string, Map<string, string>>;

/**
 * Parses the `_headers` syntax: a path pattern alone on a line, then its headers indented as
 * `Name: value`; `#` starts a comment. A header line before any path is an error, as it is for
 * the hosts.
 */
export function parseHeadersFile(text: string): HeaderRules {
	const rules: HeaderRules = new Map();
	let current: Map<string, string> | undefined;
	for (const [index, line] of text.split('\n').entries()) {
		if (line.trim() === '' || line.trim().startsWith('#')) continue;
		if (!/^\s/.test(line)) {
			current = new Map();
			rules.set(line.trim(), current);
			continue;
		}
		const header = /^\s+([\w-]+):\s*(.+)$/.exec(line);
		if (!current || !header)
			throw new Error(
				`_headers line ${index + 1}: expected a path, or an indented "Name: value" under one: ${line}`,
			);
		current.set(header[1]!.toLowerCase(), header[2]!.trim());
	}
	return rules;
}

/** The rules of a built site, read from its `_headers` and `_redirects` (either may be absent). */
export interface HostRules {
	headers: HeaderRules;
	redirects: { from: string; to: string; status: number }[];
}

export function readHostRules(dir: string): HostRules {
	const read = (name: string) =>
		existsSync(join(dir, name)) ? readFileSync(join(dir, name), 'utf8') : '';
	return {
		headers: parseHeadersFile(read('_headers')),
		redirects: parseRedirects(read('_redirects')),
	};
}

/**
 * The headers for a path: those of every rule whose pattern matches it, in the file's order
 * (a later rule's value for the same header wins). `*` matches any run of characters, `/` included.
 */
export function headersFor(rules: HostRules, pathname: string): Record<string, string> {
	const headers: Record<string, string> = {};
	for (const [pattern, values] of rules.headers) {
		if (patternToRegExp(pattern).test(pathname))
			for (const [name, value] of values) headers[name] = value;
	}
	return headers;
}

/**
 * The forward for a path, if a rule names it (with or without its trailing slash). As on
 * Cloudflare Pages, a forward applies even where a file exists: here every old address keeps a
 * forward page too, for hosts that read no `_redirects`.
 */
export function redirectFor(
	rules: HostRules,
	pathname: string,
): { location: string; status: number } | undefined {
	const withoutSlash = (path: string) => path.replace(/(.)\/$/, '$1');
	const rule = rules.redirects.find(({ from }) => withoutSlash(from) === withoutSlash(pathname));
	return rule && { location: rule.to, status: rule.status };
}

function patternToRegExp(pattern: string): RegExp {
	const escaped = pattern
		.split('*')
		.map((literal) => literal.replace(/[.+?^${}()|[\]\\]/g, '\\$&'));
	return new RegExp(`^${escaped.join('.*')}$`);
}
