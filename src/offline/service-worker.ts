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
 * - Metered data: the install saves only the shell and the search index (`entries`). Pages are
 *   kept as the reader opens them (the response they already paid for, nothing more), and all of
 *   them, or a profile's pack (`SAVE_PACK`), only on the reader's choice (`SAVE_ALL`, sent by src/scripts/offline-status.ts, which never
 *   sends it with the data saver on or on a 2G link). A saved page from an older version is served
 *   from the network while there is one, the saved copy otherwise; when the whole site was chosen,
 *   `SAVE_ALL` after an update fetches only the pages whose bytes changed.
 */
import { PrecacheController } from 'workbox-precaching';
import type { WorkerMessage } from './messages.ts';
import type { PrecacheEntry } from './precache.ts';
import type { PackInfo, PackList } from './packs.ts';
import type { ListFile } from './write-worker.ts';

declare const self: ServiceWorkerGlobalScope;
/** Injected at bundle time by src/offline/write-worker.ts. */
declare const __PRECACHE__: {
	entries: PrecacheEntry[];
	bytes: number;
	buildId: string;
	offlinePage: string;
	pagesList: ListFile;
	searchList: ListFile;
	packs: PackInfo[];
};

const { entries, bytes, buildId, offlinePage, pagesList, searchList, packs } = __PRECACHE__;
/**
 * Parallel downloads while saving: Workbox fetches one file at a time, too slow on a high-latency rural link;
 * but a browser opens at most six connections to a host over HTTP/1.1, and the page being read (its search,
 * the next page) needs some of them: four leave it two.
 */
const CONCURRENCY = 4;
const PREVIOUS = `ess-previous-${self.registration.scope}`;
/** Where the ids of the tabs open at the last activation are kept (the worker can be stopped at any time). */
const PREVIOUS_CLIENTS = new URL('__ess-previous-clients', self.registration.scope).href;
/** Pages saved as read or on the reader's choice; kept across versions (see `SavedPage.build`). */
const PAGES = `ess-pages-${self.registration.scope}`;
const PAGES_STATE = new URL('__ess-pages-state', self.registration.scope).href;

/** SEARCH_CHUNKS of src/offline/precache.ts (a build-time module, not bundled here). */
const SEARCH_CHUNK = /\/pagefind\/(?:index|fragment|filter)\//;
/** The search page's commune lookup chunks: kept as searches fetch them (and with the whole site). */
const LOOKUP = /\/recherche\/lieux\/[^/]+\.json$/;
/** Saved files that are not pages: no title, not listed on the offline page. */
const notAPage = (url: string) => SEARCH_CHUNK.test(url) || LOOKUP.test(url);

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

/** One key per version: an update being installed never replaces the list of the version in use. */
const SEARCH_LIST_KEY = `${absolute(searchList.url)}?v=${encodeURIComponent(searchList.integrity)}`;

/** The search index's chunks of this version (their list is a file beside the worker, kept in the cache). */
async function searchChunks(cache: Cache, fromNetwork: boolean): Promise<PrecacheEntry[]> {
	let response = await cache.match(SEARCH_LIST_KEY);
	if (!response && fromNetwork) {
		response = await fetch(new Request(absolute(searchList.url), { integrity: searchList.integrity, cache: 'reload', credentials: 'same-origin' }));
		if (!response.ok) throw new Error(`${searchList.url} : ${response.status}`);
		await cache.put(SEARCH_LIST_KEY, response.clone());
	}
	return response ? ((await response.json()) as { entries: PrecacheEntry[] }).entries : [];
}

async function install(event: ExtendableEvent) {
	const cache = await caches.open(controller.strategy.cacheName);
	let search: PrecacheEntry[];
	try {
		search = await searchChunks(cache, true);
	} catch (error) {
		await broadcast({ type: 'PRECACHE_FAILED', reason: 'interrupted' });
		throw error;
	}
	for (const e of search) {
		integrityOf.set(absolute(e.url), e.integrity);
		bytesOf.set(absolute(e.url), e.bytes);
	}
	const cached = new Set((await cache.keys()).map((request) => request.url));
	const all: [string, string][] = [...cacheKeys, ...search.map((e): [string, string] => [absolute(e.url), absolute(e.url)])];
	const missing = all.filter(([, cacheKey]) => !cached.has(cacheKey));
	// Fail before downloading anything when the files this device lacks cannot fit.
	const needed = missing.reduce((sum, [url]) => sum + bytesOf.get(url)!, 0);
	const { quota, usage } = (await navigator.storage?.estimate()) ?? {};
	if (quota !== undefined && usage !== undefined && quota - usage < needed) {
		await cache.delete(SEARCH_LIST_KEY);
		await broadcast({ type: 'PRECACHE_FAILED', reason: 'quota' });
		throw new DOMException('Espace de stockage insuffisant', 'QuotaExceededError');
	}
	const added: string[] = [];
	let done = all.length - missing.length;
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
				void broadcast({ type: 'PRECACHE_PROGRESS', done, total: all.length });
			}
		}
	};
	await Promise.all(Array.from({ length: CONCURRENCY }, worker));
	if (failure === undefined) return;
	const quotaExceeded = isQuotaError(failure);
	if (quotaExceeded) await Promise.all([...added, SEARCH_LIST_KEY].map((key) => cache.delete(key)));
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
	const expected = new Set([...cacheKeys.values(), SEARCH_LIST_KEY, ...(await searchChunks(cache, false)).map((e) => absolute(e.url))]);
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
	// Search chunks are stored under their own (content-hashed) address.
	const key = precacheKey(url) ?? (SEARCH_CHUNK.test(url.pathname) ? url.href.split('#')[0] : undefined);
	const cached = key && (await caches.match(key, { cacheName: controller.strategy.cacheName }));
	if (cached) return cached;
	const pageUrl = pageKey(url);
	const state = await loadState();
	const saved = state.pages[pageUrl];
	const copy = saved && (await caches.match(pageUrl, { cacheName: PAGES }));
	// Saved with this version: the device's copy, whatever the network.
	if (copy && saved.build === buildId) return copy;
	try {
		const response = await fetch(request);
		const pageRead = request.mode === 'navigate' && response.headers.get('content-type')?.includes('text/html');
		if ((pageRead || LOOKUP.test(url.pathname)) && response.ok && !response.redirected) {
			event.waitUntil(keepPage(pageUrl, response.clone()).catch(() => undefined));
		}
		return response;
	} catch (error) {
		// Saved with an older version: better than nothing while offline.
		if (copy) return copy;
		if (request.mode !== 'navigate') throw error;
		const page = await caches.match(cacheKeys.get(absolute(offlinePage))!, { cacheName: controller.strategy.cacheName });
		if (page) return page;
		throw error;
	}
}

/** A page saved on this device: which version it came from, its bytes' hash, its title (for the offline page's list). */
interface SavedPage {
	build: string;
	integrity: string;
	title: string;
}
interface PagesState {
	/** The reader chose to save the whole site: `SAVE_ALL` is sent again after each update. */
	all: boolean;
	/** The version the whole site was last saved in full for. */
	allBuild: string;
	/** Packs the reader chose (`SAVE_PACK`, sent again after each update), with the version each was last saved for. */
	packs?: Record<string, string>;
	pages: Record<string, SavedPage>;
}

let state: Promise<PagesState> | undefined;
function loadState(): Promise<PagesState> {
	state ??= caches
		.match(PAGES_STATE, { cacheName: PAGES })
		.then(async (response) => (response ? ((await response.json()) as PagesState) : { all: false, allBuild: '', pages: {} }))
		.catch(() => ({ all: false, allBuild: '', pages: {} }));
	return state;
}
let writing = Promise.resolve();
/** Writes the state after the change `edit` makes, one write at a time. */
function saveState(edit: (s: PagesState) => void): Promise<void> {
	writing = writing.then(async () => {
		const s = await loadState();
		edit(s);
		await (await caches.open(PAGES)).put(PAGES_STATE, new Response(JSON.stringify(s)));
	});
	return writing;
}

/** How a page is stored: `x`, `x/` and `x/index.html` as `x/`, without query or fragment. */
function pageKey(url: URL): string {
	const path = url.pathname.replace(/\/index\.html$/, '/');
	return `${url.origin}${/\/[^/.]+$/.test(path) ? `${path}/` : path}`;
}

const titleOf = (html: string) =>
	(/<title>([^<]*)<\/title>/.exec(html)?.[1] ?? '').replace(/&#(\d+);/g, (_, n: string) => String.fromCharCode(Number(n))).replace(/&amp;/g, '&').replace(/ · [^·]+$/, '');

async function hashOf(body: ArrayBuffer): Promise<string> {
	const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', body));
	return `sha256-${btoa(String.fromCharCode(...digest))}`;
}

/** Stores a page the reader has just read (the response it already downloaded). */
async function keepPage(url: string, response: Response, integrity?: string) {
	const body = await response.arrayBuffer();
	const title = notAPage(url) ? '' : titleOf(new TextDecoder().decode(body));
	await (await caches.open(PAGES)).put(url, new Response(body, { headers: response.headers }));
	const hash = integrity ?? (await hashOf(body));
	await saveState((s) => {
		s.pages[url] = { build: buildId, integrity: hash, title };
	});
}

let saving: { cancelled: boolean } | undefined;

/**
 * Saves every page of this version (or of one profile's `pack`) the device lacks or holds in another
 * version (same bytes: only marked as current); after the whole site, drops the pages this version no longer has.
 */
async function saveAll(pack?: string) {
	if (saving) return;
	const run = { cancelled: false };
	saving = run;
	try {
		const list = (await (await fetch(pagesList.url, { integrity: pagesList.integrity, cache: 'reload' })).json()) as { entries: PrecacheEntry[]; packs: PackList[] };
		const s = await loadState();
		const chosen = pack === undefined ? list.entries : list.packs.find((p) => p.id === pack)?.entries.map((i) => list.entries[i]!);
		if (!chosen) throw new Error(`pack inconnu : ${pack}`);
		const wanted = new Map(chosen.map((e) => [absolute(e.url), e]));
		const unchanged = [...wanted].filter(([url, e]) => s.pages[url]?.integrity === e.integrity);
		await saveState((st) => {
			for (const [url] of unchanged) st.pages[url]!.build = buildId;
		});
		const missing = [...wanted].filter(([url, e]) => s.pages[url]?.integrity !== e.integrity);
		const needed = missing.reduce((sum, [, e]) => sum + e.bytes, 0);
		const total = missing.reduce((sum, [, e]) => sum + e.gzip, 0);
		const { quota, usage } = (await navigator.storage?.estimate()) ?? {};
		if (quota !== undefined && usage !== undefined && quota - usage < needed) {
			await broadcast({ type: 'SAVE_FAILED', reason: 'quota' });
			return;
		}
		let done = 0;
		let next = 0;
		let failure: unknown;
		let lastReport = 0;
		const worker = async () => {
			while (next < missing.length && failure === undefined && !run.cancelled) {
				const [url, entry] = missing[next++]!;
				try {
					const response = await fetch(new Request(url, { integrity: entry.integrity, cache: 'reload', credentials: 'same-origin' }));
					if (!response.ok) throw new Error(`${url} : ${response.status}`);
					await keepPage(url, response, entry.integrity);
					done += entry.gzip;
				} catch (error) {
					failure ??= error;
				}
				if (Date.now() - lastReport > 250) {
					lastReport = Date.now();
					void broadcast({ type: 'SAVE_PROGRESS', done, total });
				}
			}
		};
		await Promise.all(Array.from({ length: CONCURRENCY }, worker));
		if (run.cancelled) {
			await saveState((st) => {
				if (pack === undefined) st.all = false;
				else delete st.packs?.[pack];
			});
			await broadcast({ type: 'SAVE_CANCELLED' });
			return;
		}
		if (failure !== undefined) {
			await broadcast({ type: 'SAVE_FAILED', reason: isQuotaError(failure) ? 'quota' : 'interrupted' });
			return;
		}
		if (pack !== undefined) {
			await saveState((st) => {
				st.packs = { ...st.packs, [pack]: buildId };
			});
			await broadcast({ type: 'SAVE_DONE' });
			return;
		}
		const cache = await caches.open(PAGES);
		const gone = Object.keys(s.pages).filter((url) => !wanted.has(url));
		await Promise.all(gone.map((url) => cache.delete(url)));
		await saveState((st) => {
			for (const url of gone) delete st.pages[url];
			st.all = true;
			st.allBuild = buildId;
		});
		await broadcast({ type: 'SAVE_DONE' });
	} catch {
		await broadcast({ type: 'SAVE_FAILED', reason: 'interrupted' });
	} finally {
		saving = undefined;
	}
}

/** Deletes every saved page from the device (the shell and search index stay: they make the site work offline). */
async function deletePages() {
	if (saving) saving.cancelled = true;
	await caches.delete(PAGES);
	state = undefined;
	await broadcast({ type: 'SAVE_DELETED' });
}

async function status(): Promise<WorkerMessage> {
	const s = await loadState();
	const saved = Object.values(s.pages);
	return {
		type: 'STATUS',
		buildId,
		bytes: bytes + searchList.bytes,
		files: entries.length + searchList.files,
		pages: { saved: saved.length, current: saved.filter((p) => p.build === buildId).length, all: s.all, allCurrent: s.all && s.allBuild === buildId, total: pagesList.files, gzip: pagesList.gzip, bytes: pagesList.bytes },
		packs: packs.map((p) => ({ ...p, chosen: s.packs?.[p.id] !== undefined, current: s.packs?.[p.id] === buildId })),
		saving: Boolean(saving),
	};
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
	if (data?.type === 'GET_STATUS') event.waitUntil(status().then((message) => event.ports[0]?.postMessage(message)));
	if (data?.type === 'GET_SAVED') {
		event.waitUntil(
			loadState().then((s) =>
				event.ports[0]?.postMessage(
					Object.entries(s.pages)
						.filter(([url]) => !notAPage(url))
						.map(([url, page]) => ({ url, title: page.title })),
				),
			),
		);
	}
	if (data?.type === 'KEEP_PAGE' && typeof (data as { url?: unknown }).url === 'string') {
		// The page that registered the worker was loaded before it: kept now (from the HTTP cache when the host allows).
		const url = pageKey(new URL((data as { url: string }).url));
		event.waitUntil(
			loadState().then(async (s) => {
				if (s.pages[url]?.build === buildId || !url.startsWith(self.registration.scope)) return;
				const response = await fetch(url, { credentials: 'same-origin' });
				if (response.ok && response.headers.get('content-type')?.includes('text/html')) await keepPage(url, response);
			}).catch(() => undefined),
		);
	}
	if (data?.type === 'SAVE_ALL') event.waitUntil(saveAll());
	const pack = (data as { pack?: unknown } | null)?.pack;
	if (data?.type === 'SAVE_PACK' && typeof pack === 'string' && packs.some((p) => p.id === pack)) event.waitUntil(saveAll(pack));
	if (data?.type === 'SAVE_CANCEL' && saving) saving.cancelled = true;
	if (data?.type === 'DELETE_PAGES') event.waitUntil(deletePages());
});
