import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseHeadersFile } from '../../../scripts/host-rules';
import { headersFile, immutableCaching, securityHeaders } from '../../../src/hosting/headers';

describe('headersFile', () => {
	it('sends the security headers with every file and caches the hashed assets for good', () => {
		const rules = parseHeadersFile(headersFile('/'));
		expect([...rules.keys()]).toEqual(['/*', '/_astro/*']);
		expect(rules.get('/*')?.get('content-security-policy')).toBe(
			"frame-ancestors 'none'; base-uri 'self'; form-action 'self'; object-src 'none'",
		);
		expect(rules.get('/*')?.get('x-content-type-options')).toBe('nosniff');
		expect(rules.get('/_astro/*')?.get('cache-control')).toBe(immutableCaching['Cache-Control']);
	});

	it('puts the base path in front of every rule', () => {
		expect([...parseHeadersFile(headersFile('/peru-turn/')).keys()]).toEqual([
			'/peru-turn/*',
			'/peru-turn/_astro/*',
		]);
	});
});

describe('the deployment guide', () => {
	it('gives a plain web server the same headers as _headers', () => {
		const readme = readFileSync('docs/deploying.md', 'utf8');
		for (const [name, value] of Object.entries(securityHeaders))
			expect(readme).toContain(`add_header ${name} "${value}" always;`);
	});
});
