import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseRedirects } from '../../src/hosting/redirects';
import { movedPages } from '../../src/routing/former-addresses';
import { addressListFile, compareAddresses, readAddressList } from '../../scripts/checks/addresses';
import { distDir } from './site';

const listed = readAddressList(readFileSync(addressListFile, 'utf8'));

describe('published addresses', () => {
	it('are listed (the list is the one from before the site had several articles, and grows)', () => {
		expect(listed).toContain('/ar/p/4/');
		expect(listed).toContain('/ar/paragraphs.json');
		expect(listed.length).toBeGreaterThan(300);
	});

	it('are all still served, or forwarded', () => {
		expect(compareAddresses(listed, distDir).lost).toEqual([]);
	});

	it('include every address the build serves: a new one is recorded with `npm run addresses`', () => {
		expect(compareAddresses(listed, distDir).unlisted).toEqual([]);
	});
});

describe('_redirects', () => {
	const file = join(distDir, '_redirects');
	const base = new URL(process.env['BASE_PATH'] ?? '/', 'https://x').pathname;
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
		const fileOf = (path: string) =>
			join(distDir, path.slice(base.length), path.endsWith('/') ? 'index.html' : '');
		const broken = rules.filter(({ to }) => !existsSync(fileOf(to))).map(({ to }) => to);
		expect(broken).toEqual([]);
		for (const { from, to } of rules) {
			const page = readFileSync(fileOf(from), 'utf8');
			expect(page).toContain('<meta name="robots" content="noindex">');
			expect(page).toContain(`href="${to}"`);
			expect(page).toMatch(new RegExp(`<meta http-equiv="refresh" content="0; url=${to}"`));
		}
	});
});
