/**
 * A small static host for `dist/`, as a plain web server would serve it: directory indexes,
 * the site's 404 page, correct types, brotli for text when the client accepts it, and the site
 * mounted under its base path. Used by the browser tests and the benchmark, so both see what a
 * reader's browser would get from a real host.
 *
 *   node scripts/serve-dist.ts [--port 4329] [--base /] [--dir dist]
 */
import { createServer, type Server } from 'node:http';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { resolveRequest } from './static-files.ts';

export interface ServeOptions {
	dir: string;
	base: string;
	port: number;
}

export function serveDist({ dir, base, port }: ServeOptions): Promise<Server> {
	const server = createServer((request, response) => {
		const acceptsBrotli = /\bbr\b/.test(String(request.headers['accept-encoding'] ?? ''));
		const result = resolveRequest(dir, base, request.url ?? '/', acceptsBrotli);
		response.writeHead(result.status, result.headers);
		response.end(request.method === 'HEAD' ? undefined : result.body);
	});
	return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(server)));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
	const { values } = parseArgs({
		options: {
			port: { type: 'string', default: '4329' },
			base: { type: 'string', default: process.env['BASE_PATH'] ?? '/' },
			dir: { type: 'string', default: 'dist' },
		},
	});
	const options = { dir: values.dir, base: values.base, port: Number(values.port) };
	await serveDist(options);
	console.log(`Serving ${options.dir}/ at http://127.0.0.1:${options.port}${options.base}`);
}
