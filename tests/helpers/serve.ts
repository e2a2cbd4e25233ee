import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import sirv from 'sirv';

export interface ServeOptions {
	/** Headers set on every response, as a host applying the site's `_headers` file would. */
	headers?: Record<string, string>;
}

/**
 * Serves a built site on 127.0.0.1 under `base`, as a static CDN would: files as they are,
 * the site's own 404 page with status 404 for anything else.
 */
export async function serveSite(dir: string, base = '/', options: ServeOptions = {}): Promise<{ url: string; close(): Promise<void> }> {
	const files = sirv(dir, { dev: true, etag: true });
	const notFound = readFileSync(join(dir, '404.html'));
	const server: Server = createServer((req, res) => {
		const url = req.url ?? '/';
		for (const [name, value] of Object.entries(options.headers ?? {})) res.setHeader(name, value);
		const send404 = () => {
			res.statusCode = 404;
			res.setHeader('content-type', 'text/html; charset=utf-8');
			res.end(notFound);
		};
		if (!url.startsWith(base)) return send404();
		req.url = `/${url.slice(base.length)}`;
		files(req, res, send404);
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const address = server.address();
	const port = typeof address === 'object' && address ? address.port : 0;
	return {
		url: `http://127.0.0.1:${port}${base}`,
		close: () => new Promise((resolve) => server.close(() => resolve())),
	};
}
