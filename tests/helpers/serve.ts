import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import sirv from 'sirv';

export interface ServeOptions {
	/** Headers set on every response, as a host applying the site's `_headers` file would. */
	headers?: Record<string, string>;
	/** Answer unknown paths with the home page and status 200, as a misconfigured CDN or SPA host does. */
	htmlForMissing?: boolean;
}

export interface ServedSite {
	url: string;
	close(): Promise<void>;
	/** Serves another build from now on, as a deploy would. */
	publish(dir: string): void;
	/** While down, every connection is dropped: the network is gone for the browser, service worker included. */
	down: boolean;
	/** Paths asked for (under the base), in order, while up or down. */
	requests: string[];
}

/**
 * Serves a built site on 127.0.0.1 under `base`, as a static CDN would: files as they are,
 * the site's own 404 page with status 404 for anything else.
 */
export async function serveSite(dir: string, base = '/', options: ServeOptions = {}): Promise<ServedSite> {
	let files = sirv(dir, { dev: true, etag: true });
	let current = dir;
	const site: ServedSite = {
		url: '',
		down: false,
		requests: [],
		publish(next) {
			current = next;
			files = sirv(next, { dev: true, etag: true });
		},
		close: () =>
			new Promise((resolve) => {
				server.close(() => resolve());
				server.closeAllConnections();
			}),
	};
	const server: Server = createServer((req, res) => {
		const url = req.url ?? '/';
		site.requests.push(url);
		if (site.down) return void req.socket.destroy();
		for (const [name, value] of Object.entries(options.headers ?? {})) res.setHeader(name, value);
		const fallback = () => {
			res.statusCode = options.htmlForMissing ? 200 : 404;
			res.setHeader('content-type', 'text/html; charset=utf-8');
			res.end(readFileSync(join(current, options.htmlForMissing ? 'index.html' : '404.html')));
		};
		if (!url.startsWith(base)) return fallback();
		req.url = `/${url.slice(base.length)}`;
		files(req, res, fallback);
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const address = server.address();
	const port = typeof address === 'object' && address ? address.port : 0;
	site.url = `http://127.0.0.1:${port}${base}`;
	return site;
}
