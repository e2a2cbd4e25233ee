/**
 * `robots.txt`: everything may be crawled; the sitemap lists every page. Under a base path
 * (`BASE_PATH`) crawlers only read the host's own `/robots.txt`: copy these lines there.
 */
import type { APIRoute } from 'astro';
import { absoluteHref } from '../lib/url.ts';

export const GET: APIRoute = () =>
	new Response(`User-agent: *\nAllow: /\n\nSitemap: ${absoluteHref('sitemap-index.xml')}\n`, {
		headers: { 'content-type': 'text/plain; charset=utf-8' },
	});
