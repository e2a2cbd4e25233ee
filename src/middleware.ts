import { defineMiddleware } from 'astro:middleware';
import { pageStage } from './lib/built-pages.ts';

/**
 * Hands each page Astro prerenders to the build's page stage (French typography, then the search index:
 * src/integrations/typography.ts) before it is written: the index is made while the next pages render,
 * and no page is read back from disk. Outside `astro build` there is no stage and pages pass unchanged.
 */
export const onRequest = defineMiddleware(async (context, next) => {
	const response = await next();
	const stage = pageStage();
	if (!stage || !context.isPrerendered || !response.headers.get('content-type')?.startsWith('text/html')) return response;
	return new Response(await stage(context.url.pathname, await response.text()), response);
});
