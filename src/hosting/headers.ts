import { siteUrls } from '../routing/urls';

/**
 * The HTTP headers every response should carry. The page's own script and style policy (with
 * hashes) is a `<meta http-equiv="content-security-policy">` in each page; a meta policy cannot
 * set `frame-ancestors` (nor sandbox or reporting), so this header carries those, and it applies
 * to every file, not only HTML. Browsers enforce both policies.
 */
export const securityHeaders = {
	'Content-Security-Policy':
		"frame-ancestors 'none'; base-uri 'self'; form-action 'self'; object-src 'none'",
	'Strict-Transport-Security': 'max-age=31536000; includeSubDomains',
	'X-Content-Type-Options': 'nosniff',
	'Referrer-Policy': 'strict-origin-when-cross-origin',
} as const;

/** Build assets have content hashes in their names: a new build gives new names. */
export const immutableCaching = { 'Cache-Control': 'public, max-age=31536000, immutable' } as const;

/**
 * The `_headers` file Netlify and Cloudflare Pages read from the published folder: a path
 * pattern on its own line, then indented `Name: value` lines. Paths include the base, so the
 * file stays right for a site built under `/repo/`.
 */
export function headersFile(base: string): string {
	const block = (path: string, headers: Record<string, string>) =>
		[path, ...Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`)].join('\n');
	return [
		'# Written by the build (src/integrations/hosting-files.ts). Read by Netlify and Cloudflare Pages.',
		block(siteUrls(base).withBase('*'), securityHeaders),
		'',
		block(siteUrls(base).withBase('_astro/*'), immutableCaching),
		'',
	].join('\n');
}
