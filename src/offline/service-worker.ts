/// <reference lib="webworker" />
/**
 * The service worker, bundled into `dist/sw.js` at the end of the build with the precache list
 * of that build (see src/integrations/offline.ts). Workbox's PrecacheController does the caching
 * itself (cache keys with revisions, integrity-checked fetches, redirected responses); this file
 * decides when and how, against the ways an offline site goes wrong:
 *
 * - Mixed versions during a deploy: every file is fetched with its integrity hash, so a file from
 *   another build fails the install rather than being cached next to this build's files.
 * - Storage running out mid-install: the install fails, the worker already active keeps serving
 *   the version it has (its entries are never touched before activation), and the entries this
 *   attempt added are deleted to give the space back. Interrupted for any other reason (network
 *   lost), they are kept, so the next attempt resumes instead of starting over.
 * - Files an open tab still needs: a new version activates only when the reader asks for it
 *   (« recharger ») or every tab is closed, never by itself. At activation, the files the new
 *   version drops or changes move to a « previous » cache instead of being deleted, and tabs
 *   opened before the activation keep being served that version until the next one.
 * - A page that is not cached while offline: the French offline page, not the browser's error.
 */
import { PrecacheController } from 'workbox-precaching';
import type { WorkerMessage } from './messages.ts';
import type { PrecacheEntry } from './precache.ts';

declare const self: ServiceWorkerGlobalScope;
/** Injected at bundle time by src/offline/write-worker.ts. */
declare const __PRECACHE__: { entries: PrecacheEntry[]; bytes: number; buildId: string; offlinePage: string };

const { entries, bytes, buildId, offlinePage } = __PRECACHE__;
/** Parallel downloads during install: Workbox fetches one file at a time, too slow on a high-latency rural link. */
const CONCURRENCY = 6;
const PREVIOUS = `ess-previous-${self.registration.scope}`;
/** Where the ids of the tabs open at the last activation are kept (the worker can be stopped at any time). */
const PREVIOUS_CLIENTS = new URL('__ess-previous-clients', self.registration.scope).href;

const controller = new PrecacheController();
controller.addToCacheList(entries);
const cacheKeys = controller.getURLsToCacheKeys();
const absolute = (url: string) => new URL(url, self.location.href).href;
const integrityOf = new Map(entries.map((e) => [absolute(e.url), e.integrity]));
const bytesOf = new Map(entries.map((e) => [absolute(e.url), e.bytes]));

async function broadcast(message: WorkerMessage) {
	for (const client of await self.clients.matchAll({ includeUncontrolled: true, type: 'window' })) client.postMessage(message);
}

const isQuotaError = (error: unknown) => error instanceof DOMException && error.name === 'QuotaExceededError';

async function install(event: ExtendableEvent) {
	const cache = await caches.open(controller.strategy.cacheName);
	const cached = new Set((await cache.keys()).map((request) => request.url));
	const missing = [...cacheKeys].filter(([, cacheKey]) => !cached.has(cacheKey));
	// Fail before downloading anything when the files this device lacks cannot fit.
	const needed = missing.reduce((sum, [url]) => sum + bytesOf.get(url)!, 0);
	const { quota, usage } = (await navigator.storage?.estimate()) ?? {};
	if (quota !== undefined && usage !== undefined && quota - usage < needed) {
		await broadcast({ type: 'PRECACHE_FAILED', reason: 'quota' });
		throw new DOMException('Espace de stockage insuffisant', 'QuotaExceededError');
	}
	const added: string[] = [];
	let done = entries.length - missing.length;
	let next = 0;
	let failure: unknown;
	let lastReport = 0;
	const worker = async () => {
		while (next < missing.length && failure === undefined) {
			const [url, cacheKey] = missing[next++]!;
			const request = new Request(url, {
				integrity: integrityOf.get(url),
				// Revisioned names bypass the HTTP cache, which may hold another build's file.
				cache: cacheKey === url ? 'default' : 'reload',
				credentials: 'same-origin',
			});
			try {
				await Promise.all(controller.strategy.handleAll({ event, request, params: { cacheKey } }));
				added.push(cacheKey);
				done++;
			} catch (error) {
				failure ??= error;
			}
			if (Date.now() - lastReport > 250) {
				lastReport = Date.now();
				void broadcast({ type: 'PRECACHE_PROGRESS', done, total: entries.length });
			}
		}
	};
	await Promise.all(Array.from({ length: CONCURRENCY }, worker));
	if (failure === undefined) return;
	const quotaExceeded = isQuotaError(failure);
	if (quotaExceeded) await Promise.all(added.map((key) => cache.delete(key)));
	await broadcast({ type: 'PRECACHE_FAILED', reason: quotaExceeded ? 'quota' : 'interrupted' });
	throw failure;
}

/** The URL without Workbox's revision parameter: how a moved entry is looked up by the tabs that used it. */
function withoutRevision(url: string): string {
	const u = new URL(url);
	u.searchParams.delete('__WB_REVISION__');
	return u.href;
}

async function activate() {
	const cache = await caches.open(controller.strategy.cacheName);
	const expected = new Set(cacheKeys.values());
	const outdated = (await cache.keys()).filter((request) => !expected.has(request.url));
	await caches.delete(PREVIOUS);
	if (outdated.length > 0) {
		try {
			const previous = await caches.open(PREVIOUS);
			await Promise.all(
				outdated.map(async (request) => {
					const response = await cache.match(request);
					if (response) await previous.put(withoutRevision(request.url), response);
				}),
			);
			const open = await self.clients.matchAll({ includeUncontrolled: true, type: 'all' });
			await previous.put(PREVIOUS_CLIENTS, new Response(JSON.stringify(open.map((client) => client.id))));
		} catch {
			// No room to keep them: old tabs will ask the network, as without this worker.
			await caches.delete(PREVIOUS);
		}
		await Promise.all(outdated.map((request) => cache.delete(request)));
	}
	previousClients = undefined;
	// The first version takes the page that installed it at once, so that tab works offline too.
	await self.clients.claim();
}

let previousClients: Promise<Set<string>> | undefined;
function loadPreviousClients(): Promise<Set<string>> {
	previousClients ??= caches
		.match(PREVIOUS_CLIENTS, { cacheName: PREVIOUS })
		.then(async (response) => new Set<string>(response ? await response.json() : []));
	return previousClients;
}

async function rememberPreviousClient(id: string) {
	const ids = await loadPreviousClients();
	ids.add(id);
	await (await caches.open(PREVIOUS)).put(PREVIOUS_CLIENTS, new Response(JSON.stringify([...ids])));
}

/** The precache key for a URL as readers ask for it: query ignored (the site is static), `x` and `x/index.html` as `x/`. */
function precacheKey(url: URL): string | undefined {
	const path = `${url.origin}${url.pathname}`;
	const candidates = [url.href.split('#')[0]!, path, path.replace(/\/index\.html$/, '/'), /\/[^/.]+$/.test(url.pathname) ? `${path}/` : ''];
	for (const candidate of candidates) {
		const key = cacheKeys.get(candidate);
		if (key) return key;
	}
	return undefined;
}

async function respond(event: FetchEvent, url: URL): Promise<Response> {
	const { request } = event;
	// A navigation (a reload included) opens a new page, which gets the current version.
	if (request.mode !== 'navigate' && event.clientId && (await loadPreviousClients()).has(event.clientId)) {
		// A worker started by an old tab (Pagefind's) belongs to the old version too.
		if (event.resultingClientId) await rememberPreviousClient(event.resultingClientId);
		const old = await caches.match(url.href.split('#')[0]!, { cacheName: PREVIOUS });
		if (old) return old;
	}
	const key = precacheKey(url);
	const cached = key && (await caches.match(key, { cacheName: controller.strategy.cacheName }));
	if (cached) return cached;
	try {
		return await fetch(request);
	} catch (error) {
		if (request.mode !== 'navigate') throw error;
		const page = await caches.match(cacheKeys.get(absolute(offlinePage))!, { cacheName: controller.strategy.cacheName });
		if (page) return page;
		throw error;
	}
}

self.addEventListener('install', (event) => event.waitUntil(install(event)));
self.addEventListener('activate', (event) => event.waitUntil(activate()));
self.addEventListener('fetch', (event) => {
	const url = new URL(event.request.url);
	if (event.request.method !== 'GET' || !url.href.startsWith(self.registration.scope)) return;
	event.respondWith(respond(event, url));
});
self.addEventListener('message', (event) => {
	const data = event.data as { type?: string } | null;
	// Sent by workbox-window's messageSkipWaiting() when the reader clicks « recharger ».
	if (data?.type === 'SKIP_WAITING') void self.skipWaiting();
	if (data?.type === 'GET_STATUS') {
		const status: WorkerMessage = { type: 'STATUS', buildId, bytes, files: entries.length };
		event.ports[0]?.postMessage(status);
	}
});
