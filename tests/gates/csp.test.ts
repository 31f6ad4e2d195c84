import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cspProblems } from '../../scripts/checks/csp';
import { listFiles } from '../../src/hosting/site-files';
import { distDir } from './site';

const pages = listFiles(distDir).filter((file) => file.endsWith('.html'));
const isSearchPage = (page: string) => /(^|\/)search\/index\.html$/.test(page);

describe('Content-Security-Policy (Astro security.csp, a <meta> on every page)', () => {
	it.each(pages)('dist/%s allows its own scripts and styles and nothing inline besides', (page) => {
		expect(
			cspProblems(readFileSync(`${distDir}/${page}`, 'utf8'), { wasm: isSearchPage(page) }),
		).toEqual([]);
	});

	const policy = (scriptSources: string) =>
		`<meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self' ${scriptSources}; style-src 'self'">`;
	// sha256 of "go()", as a browser computes it for <script>go()</script>.
	const goHash = "'sha256-5KYv+PUboo5h+0+YAtGRPbwv5d/QxzHslP4YGnUaxRw='";

	it('passes a page whose one inline script is allowed by its hash', () => {
		expect(cspProblems(`${policy(goHash)}<script>go()</script>`)).toEqual([]);
	});

	it('fails a page without a policy, with unsafe-inline, or with an inline script it does not allow', () => {
		expect(cspProblems('<p>hi</p>')).toEqual([
			'has no <meta http-equiv="content-security-policy">',
		]);
		expect(cspProblems(policy("'unsafe-inline'"))).toContain("script-src allows 'unsafe-inline'");
		expect(cspProblems(`${policy(goHash)}<script>stop()</script>`)).toEqual([
			'inline script not allowed by hash: stop()',
		]);
		expect(cspProblems(`${policy(goHash)}<p style="color:red" onclick="go()">`)).toEqual([
			'has a style="" attribute',
			'has an inline event handler (onclick)',
		]);
	});

	it("fails 'wasm-unsafe-eval' except on the search page", () => {
		const page = policy("'wasm-unsafe-eval'");
		expect(cspProblems(page)).toEqual([
			"script-src allows 'wasm-unsafe-eval' outside the search page",
		]);
		expect(cspProblems(page, { wasm: true })).toEqual([]);
	});
});
