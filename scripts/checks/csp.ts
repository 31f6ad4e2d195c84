import { createHash } from 'node:crypto';

/** What a page's policy may allow beyond the site's default. */
export interface CspAllowance {
	/** Pagefind compiles WebAssembly: the search page alone may allow 'wasm-unsafe-eval'. */
	wasm: boolean;
}

const sourceHash = (text: string) =>
	`'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** The `<meta http-equiv="content-security-policy">` policy of a page, as directive → sources. */
export function readMetaPolicy(html: string): Map<string, string[]> | undefined {
	const content = /<meta http-equiv="content-security-policy" content="([^"]*)"/i.exec(html)?.[1];
	if (content === undefined) return undefined;
	const directives = content
		.split(';')
		.map((part) => part.trim().split(/\s+/))
		.filter(([name]) => name);
	return new Map(directives.map(([name, ...sources]) => [name!.toLowerCase(), sources]));
}

/**
 * Why this page's Content-Security-Policy would let injected code run, or would block the page's
 * own code: no policy, 'unsafe-inline' or 'unsafe-eval' anywhere, 'wasm-unsafe-eval' outside the
 * search page, an inline script or style whose hash the policy lacks, a `style` attribute or an
 * inline event handler (neither can be allowed by hash). Empty when the page is sound.
 */
export function cspProblems(html: string, allowance: CspAllowance = { wasm: false }): string[] {
	const policy = readMetaPolicy(html);
	if (!policy) return ['has no <meta http-equiv="content-security-policy">'];
	const problems: string[] = [];
	for (const [name, sources] of policy) {
		for (const forbidden of ["'unsafe-inline'", "'unsafe-eval'", "'unsafe-hashes'"]) {
			if (sources.includes(forbidden)) problems.push(`${name} allows ${forbidden}`);
		}
		if (sources.includes("'wasm-unsafe-eval'") && !allowance.wasm)
			problems.push(`${name} allows 'wasm-unsafe-eval' outside the search page`);
		if (
			sources.includes('*') ||
			sources.some((source) => /^(https?:|data:)$/.test(source) && name !== 'img-src')
		) {
			problems.push(`${name} allows any origin (${sources.join(' ')})`);
		}
	}
	const scriptSources = policy.get('script-src') ?? policy.get('default-src') ?? [];
	const styleSources = policy.get('style-src') ?? policy.get('default-src') ?? [];
	for (const [, attributes = '', text = ''] of html.matchAll(
		/<script\b([^>]*)>([\s\S]*?)<\/script>/gi,
	)) {
		if (/\bsrc=/i.test(attributes) || /type="application\/(ld\+)?json"/i.test(attributes)) continue;
		if (!scriptSources.includes(sourceHash(text)))
			problems.push(`inline script not allowed by hash: ${text.slice(0, 60)}`);
	}
	for (const [, text = ''] of html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)) {
		if (!styleSources.includes(sourceHash(text)))
			problems.push(`inline style not allowed by hash: ${text.slice(0, 60)}`);
	}
	if (/<[a-z][^>]*\sstyle=/i.test(html)) problems.push('has a style="" attribute');
	const handler = /<[a-z][^>]*\s(on[a-z]+)=/i.exec(html);
	if (handler) problems.push(`has an inline event handler (${handler[1]})`);
	return problems;
}
