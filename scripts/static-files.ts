import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, sep } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';
import { headersFor, readHostRules, redirectFor } from './host-rules.ts';

/** Content types of what the site ships. */
export const contentTypes: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.xml': 'application/xml; charset=utf-8',
	'.txt': 'text/plain; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.woff2': 'font/woff2',
	'.wasm': 'application/wasm',
	'.webmanifest': 'application/manifest+json',
};

/** Types a host compresses; fonts and images are already compressed and go as they are. */
export function isCompressible(path: string): boolean {
	return /\.(html|css|js|json|xml|txt|svg|webmanifest)$/.test(path);
}

const brotliCache = new Map<string, Buffer>();

/**
 * Brotli at the highest quality, as a host that precompresses its static files would send.
 * Cached by name and content, so a rebuild while the server runs is never served stale.
 */
export function brotli(name: string, content: Buffer): Buffer {
	const key = `${name}:${createHash('sha1').update(content).digest('hex')}`;
	let compressed = brotliCache.get(key);
	if (!compressed) {
		compressed = brotliCompressSync(content, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } });
		brotliCache.set(key, compressed);
	}
	return compressed;
}

export interface StaticResponse {
	status: number;
	headers: Record<string, string>;
	body: Buffer;
}

/**
 * Maps a request URL to a file in `dir`, as static hosts do: `/base/en/` → `en/index.html`,
 * anything missing → the nearest `404.html` up its path (`/base/en/x/y` → `en/404.html`, else
 * `404.html`, as Cloudflare Pages does) with status 404. Paths outside `dir` are refused. The
 * site's `_redirects` forward first and its `_headers` apply to every answer (host-rules.ts),
 * over the defaults here.
 */
export function resolveRequest(
	dir: string,
	base: string,
	url: string,
	acceptsBrotli: boolean,
): StaticResponse {
	const pathname = decodeURIComponent(new URL(url, 'http://host').pathname);
	const rules = readHostRules(dir);
	const answer = (response: StaticResponse): StaticResponse => ({
		...response,
		headers: { ...response.headers, ...headersFor(rules, pathname) },
	});
	const forward = redirectFor(rules, pathname);
	if (forward)
		return answer({
			status: forward.status,
			headers: { location: forward.location },
			body: Buffer.alloc(0),
		});
	return answer(resolveFile(dir, base, pathname, acceptsBrotli));
}

function resolveFile(
	dir: string,
	base: string,
	pathname: string,
	acceptsBrotli: boolean,
): StaticResponse {
	const prefix = base.endsWith('/') ? base : `${base}/`;
	const file =
		pathname.startsWith(prefix) || `${pathname}/` === prefix
			? findFile(dir, pathname.slice(prefix.length - 1))
			: undefined;
	if (!file && !pathname.endsWith('/') && findFile(dir, `${pathname.slice(prefix.length - 1)}/`)) {
		return { status: 301, headers: { location: `${pathname}/` }, body: Buffer.alloc(0) };
	}
	if (!file) {
		const notFound = nearestNotFoundPage(
			dir,
			pathname.startsWith(prefix) ? pathname.slice(prefix.length) : '',
		);
		return {
			status: 404,
			headers: { 'content-type': contentTypes['.html']! },
			body: notFound ? readFileSync(notFound) : Buffer.from('Not found'),
		};
	}
	const content = readFileSync(file);
	const headers: Record<string, string> = {
		'content-type': contentTypes[extname(file)] ?? 'application/octet-stream',
		'cache-control': 'no-cache',
	};
	if (acceptsBrotli && isCompressible(file)) {
		headers['content-encoding'] = 'br';
		headers['vary'] = 'accept-encoding';
		return { status: 200, headers, body: brotli(file, content) };
	}
	return { status: 200, headers, body: content };
}

function findFile(dir: string, sitePath: string): string | undefined {
	const safe = normalize(sitePath).replace(/^(\.\.(\/|\\|$))+/, '');
	const candidate = join(dir, safe);
	if (!candidate.startsWith(normalize(dir) + sep) && candidate !== normalize(dir)) return undefined;
	if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
	const index = join(candidate, 'index.html');
	if (sitePath.endsWith('/') && existsSync(index)) return index;
	return undefined;
}

/** The `404.html` closest to a missing site path, walking up its folders to the root. */
function nearestNotFoundPage(dir: string, sitePath: string): string | undefined {
	const folders = sitePath
		.split('/')
		.slice(0, -1)
		.filter((segment) => segment !== '' && segment !== '.' && segment !== '..');
	for (let depth = folders.length; depth >= 0; depth -= 1) {
		const candidate = join(dir, ...folders.slice(0, depth), '404.html');
		if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
	}
	return undefined;
}
