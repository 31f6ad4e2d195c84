import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseRedirects } from '../../src/hosting/redirects';
import { movedPages } from '../../src/routing/former-addresses';
import {
	addressListFile,
	checkRedirects,
	compareAddresses,
	readAddressList,
} from '../../scripts/checks/addresses';
import { distDir } from './site';

const listed = readAddressList(readFileSync(addressListFile, 'utf8'));
const base = new URL(process.env['BASE_PATH'] ?? '/', 'https://x').pathname;

describe('published addresses', () => {
	it('are listed (the list is the one from before the site had several articles, and grows)', () => {
		expect(listed).toContain('/ar/p/4/');
		expect(listed).toContain('/ar/paragraphs.json');
		expect(listed.length).toBeGreaterThan(300);
	});

	it('are all still served, or forwarded', () => {
		expect(compareAddresses(listed, distDir, base).lost).toEqual([]);
	});

	it('include every address the build serves: a new one is recorded with `npm run addresses`', () => {
		expect(compareAddresses(listed, distDir, base).unlisted).toEqual([]);
	});

	it('catch, in a broken fixture, an address dropped without a forward and one never listed', () => {
		const fixture = 'tests/fixtures/gates/broken-addresses';
		const report = compareAddresses(['/', '/en/', '/en/gone/', '/en/moved/'], fixture);
		expect(report).toEqual({ lost: ['/en/gone/'], unlisted: ['/en/new/', '/en/old/'] });
		expect(checkRedirects(fixture)).toEqual([
			'/en/old/ → /en/nowhere/: the build has nothing at /en/nowhere/',
			'/en/moved/ → /en/: no forward page at /en/moved/',
		]);
	});
});

describe('_redirects', () => {
	const file = join(distDir, '_redirects');
	const rules = parseRedirects(readFileSync(file, 'utf8'));

	it('forwards every moved page, permanently', () => {
		expect(rules.map(({ from, to, status }) => ({ from, to, status }))).toEqual(
			movedPages().map(({ from, to }) => ({
				from: `${base}${from.slice(1)}`,
				to: `${base}${to.slice(1)}`,
				status: 301,
			})),
		);
	});

	it('sends each rule to a page the build has, and keeps a forward page at the old address', () => {
		expect(checkRedirects(distDir, base)).toEqual([]);
	});
});
