import { createHash } from 'node:crypto';

/**
 * The CSP source that allows exactly this inline script, e.g. `'sha256-…'` without the quotes,
 * as Astro's `csp.insertScriptHash` takes it. The hash covers the script's text byte for byte,
 * so the text rendered must be the text hashed: render it with `<InlineScript>`.
 */
export function scriptHash(code: string): `sha256-${string}` {
	return `sha256-${createHash('sha256').update(code, 'utf8').digest('base64')}`;
}
