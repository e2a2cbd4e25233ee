import { defineMiddleware } from 'astro:middleware';
import { pageStage } from './lib/built-pages.ts';

/**
 * Hands each page Astro prerenders to the build's page stage (French typography, then the search index:
 * src/integrations/typography.ts) before it is written: the index is made while the next pages render,
 * and no page is read back from disk. Outside `astro build` there is no stage and pages pass unchanged.
 */
export const onRequest = defineMiddleware(async (context, next) => {
	const finish = context.isPrerendered ? pageStage()?.() : undefined;
	const response = await next();
	if (!finish) return response;
	const page = response.headers.get('content-type')?.startsWith('text/html');
	const html = await finish(context.url.pathname, page ? await response.text() : undefined);
	return html === undefined ? response : new Response(html, response);
});
