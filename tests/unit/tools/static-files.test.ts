import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { resolveRequest } from '../../../scripts/static-files';

let dir: string;
beforeAll(() => {
	dir = mkdtempSync(join(tmpdir(), 'site-'));
	mkdirSync(join(dir, 'en'));
	writeFileSync(join(dir, 'en/index.html'), '<p>English</p>');
	writeFileSync(join(dir, '404.html'), '<p>Not here</p>');
	writeFileSync(join(dir, 'en/404.html'), '<p>Not here, in English</p>');
	writeFileSync(join(dir, 'font.woff2'), 'binary');
});

describe('resolveRequest, the static host', () => {
	it('serves directory indexes, compressed when the client accepts brotli', () => {
		const plain = resolveRequest(dir, '/', '/en/', false);
		expect(plain.status).toBe(200);
		expect(plain.body.toString()).toBe('<p>English</p>');
		const compressed = resolveRequest(dir, '/', '/en/', true);
		expect(compressed.headers['content-encoding']).toBe('br');
		expect(brotliDecompressSync(compressed.body).toString()).toBe('<p>English</p>');
	});

	it('sends fonts as they are', () => {
		const font = resolveRequest(dir, '/', '/font.woff2', true);
		expect(font.headers['content-encoding']).toBeUndefined();
		expect(font.headers['content-type']).toBe('font/woff2');
	});

	it('redirects a directory without its slash, and answers 404 with the site page', () => {
		expect(resolveRequest(dir, '/', '/en', false)).toMatchObject({
			status: 301,
			headers: { location: '/en/' },
		});
		const missing = resolveRequest(dir, '/', '/nowhere/', false);
		expect(missing.status).toBe(404);
		expect(missing.body.toString()).toBe('<p>Not here</p>');
	});

	it('answers a missing address with the nearest 404 page up its path', () => {
		const deep = resolveRequest(dir, '/repo/', '/repo/en/glossary/nowhere/', false);
		expect(deep.status).toBe(404);
		expect(deep.body.toString()).toBe('<p>Not here, in English</p>');
		expect(resolveRequest(dir, '/repo/', '/repo/en', false).status).toBe(301);
		expect(resolveRequest(dir, '/repo/', '/repo/fr/nowhere/', false).body.toString()).toBe(
			'<p>Not here</p>',
		);
		expect(resolveRequest(dir, '/repo/', '/elsewhere/en/x/', false).body.toString()).toBe(
			'<p>Not here</p>',
		);
	});

	it('mounts the site under its base path and refuses paths outside it', () => {
		expect(resolveRequest(dir, '/repo/', '/repo/en/', false).status).toBe(200);
		expect(resolveRequest(dir, '/repo/', '/en/', false).status).toBe(404);
		expect(resolveRequest(dir, '/', '/../../etc/passwd', false).status).toBe(404);
	});
});

describe('resolveRequest applies the host files, as Netlify and Cloudflare Pages do', () => {
	let site: string;
	beforeAll(() => {
		site = mkdtempSync(join(tmpdir(), 'site-'));
		mkdirSync(join(site, 'en/parallel'), { recursive: true });
		mkdirSync(join(site, 'en/peru/parallel'), { recursive: true });
		mkdirSync(join(site, '_astro'));
		writeFileSync(join(site, 'en/parallel/index.html'), '<p>Forward page</p>');
		writeFileSync(join(site, 'en/peru/parallel/index.html'), '<p>Side by side</p>');
		writeFileSync(join(site, '_astro/app.js'), 'export {};');
		writeFileSync(join(site, '404.html'), '<p>Not here</p>');
		writeFileSync(
			join(site, '_headers'),
			'/repo/*\n  X-Content-Type-Options: nosniff\n\n/repo/_astro/*\n  Cache-Control: public, max-age=31536000, immutable\n',
		);
		writeFileSync(
			join(site, '_redirects'),
			'# moved\n/repo/en/parallel/ /repo/en/peru/parallel/ 301\n',
		);
	});

	it('sends the headers of every _headers rule a path matches, over the defaults', () => {
		const page = resolveRequest(site, '/repo/', '/repo/en/peru/parallel/', false);
		expect(page.headers['x-content-type-options']).toBe('nosniff');
		expect(page.headers['cache-control']).toBe('no-cache');
		const script = resolveRequest(site, '/repo/', '/repo/_astro/app.js', false);
		expect(script.headers['cache-control']).toBe('public, max-age=31536000, immutable');
		expect(
			resolveRequest(site, '/repo/', '/repo/nowhere/', false).headers['x-content-type-options'],
		).toBe('nosniff');
	});

	it('forwards a _redirects address, with or without its slash, even where a forward page exists', () => {
		for (const url of ['/repo/en/parallel/', '/repo/en/parallel', '/repo/en/parallel/?q=1']) {
			expect(resolveRequest(site, '/repo/', url, false)).toMatchObject({
				status: 301,
				headers: { location: '/repo/en/peru/parallel/' },
			});
		}
		expect(resolveRequest(site, '/repo/', '/repo/en/peru/parallel/', false).status).toBe(200);
	});
});
