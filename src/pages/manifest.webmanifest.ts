/**
 * Web app manifest: lets a reader add the site to a phone's home screen and open it like an app,
 * offline included (the service worker serves it). URLs follow the base path.
 */
import type { APIRoute } from 'astro';
import { SITE_NAME, THEME_COLOR } from '../lib/site-config.ts';
import { href } from '../lib/url.ts';

export const GET: APIRoute = () =>
	new Response(
		JSON.stringify({
			name: SITE_NAME,
			short_name: 'ESS rurale',
			description: 'Leviers, initiatives, fiches et ressources sur l’économie sociale et solidaire dans les territoires ruraux, consultables hors ligne.',
			lang: 'fr',
			dir: 'ltr',
			id: href(),
			start_url: href(),
			scope: href(),
			display: 'standalone',
			theme_color: THEME_COLOR,
			background_color: '#ffffff',
			icons: [
				{ src: href('icons/icon-192.png'), sizes: '192x192', type: 'image/png', purpose: 'any' },
				{ src: href('icons/icon-512.png'), sizes: '512x512', type: 'image/png', purpose: 'any' },
				{ src: href('icons/icon-512.png'), sizes: '512x512', type: 'image/png', purpose: 'maskable' },
				{ src: href('icons/icon.svg'), sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
			],
		}),
		{ headers: { 'Content-Type': 'application/manifest+json' } },
	);
