/**
 * Registers the service worker (src/offline/service-worker.ts) and tells the reader where things
 * stand: « Mise hors ligne… » while the site is being saved, « Disponible hors ligne (size) » once
 * it is, « Hors ligne » while the network is gone, « Nouvelle version disponible — recharger »
 * when a new version is ready.
 *
 * A new version never takes over by itself: only the reader's click does, and only the tab that
 * clicked reloads, once (no reload loop). Other open tabs keep working on the files of the
 * version they were opened with and offer the reload.
 *
 * The first visit saves the shell and the search index only; pages are kept as they are read.
 * « Enregistrer tout le site (x Mo) » saves the rest, with its compressed size, progress, « Annuler »,
 * and « Supprimer les pages enregistrées »; on a profile page, « Enregistrer les pages utiles pour une
 * commune (x Mo) » saves that profile's pack. With the browser's data saver on (`Save-Data`) or on a
 * 2G link, nothing is downloaded in the background: the worker is registered only when the reader
 * clicks « Enregistrer le site sur cet appareil », and a whole site chosen earlier is brought up to
 * date only on a better connection.
 */
import { messageSW, Workbox } from 'workbox-window';
import type { SavedPageInfo, WorkerMessage } from '../offline/messages.ts';

const statusLine = document.querySelector<HTMLElement>('[data-offline-status]');
const alertBox = document.querySelector<HTMLElement>('[data-offline-alert]');
const alertText = alertBox?.querySelector<HTMLElement>('[data-offline-message]');
const reloadButton = alertBox?.querySelector<HTMLButtonElement>('[data-offline-reload]');
const saveOffer = document.querySelector<HTMLElement>('[data-offline-save]');
const pagesBox = document.querySelector<HTMLElement>('[data-offline-pages]');
const pagesText = pagesBox?.querySelector<HTMLElement>('[data-offline-pages-text]');
const saveAllButton = pagesBox?.querySelector<HTMLButtonElement>('[data-offline-save-all]');
const cancelButton = pagesBox?.querySelector<HTMLButtonElement>('[data-offline-cancel]');
const deleteButton = pagesBox?.querySelector<HTMLButtonElement>('[data-offline-delete]');
const savedList = document.querySelector<HTMLElement>('[data-offline-saved]');
/** On a profile page: « Enregistrer les pages utiles pour une commune (x Mo) » (src/components/OfflinePack.astro). */
const packBox = document.querySelector<HTMLElement>('[data-offline-pack]');
const packText = packBox?.querySelector<HTMLElement>('[data-offline-pack-text]');
const packButton = packBox?.querySelector<HTMLButtonElement>('button');

const megabytes = (bytes: number) => `${new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 1 }).format(bytes / 1e6)}\u00a0Mo`;

let updateReady = false;
let reloading = false;

function showStatus(text: string) {
	statusLine!.textContent = text;
	statusLine!.hidden = false;
}

/** The floating notice: a waiting update first (it works offline too), else the lost network. */
function renderAlert() {
	const state = updateReady ? 'update' : navigator.onLine ? '' : 'offline';
	alertBox!.hidden = state === '';
	alertBox!.dataset.state = state;
	alertText!.textContent = state === 'update' ? 'Nouvelle version disponible — ' : 'Hors ligne';
	reloadButton!.hidden = state !== 'update';
}

const pluralS = (n: number) => (n > 1 ? 's' : '');

async function showReady(worker: ServiceWorker) {
	const status = (await messageSW(worker, { type: 'GET_STATUS' })) as Extract<WorkerMessage, { type: 'STATUS' }>;
	showStatus(`Disponible hors ligne (${megabytes(status.bytes)})`);
	const { pages } = status;
	if (!pagesBox) return;
	pagesBox.hidden = false;
	cancelButton!.hidden = !status.saving;
	saveAllButton!.hidden = status.saving || pages.allCurrent;
	deleteButton!.hidden = status.saving || pages.saved === 0;
	saveAllButton!.textContent = `Enregistrer tout le site (${megabytes(pages.gzip)})`;
	if (!status.saving) {
		pagesText!.textContent = pages.allCurrent
			? `Tout le site est enregistré sur cet appareil (${pages.total} pages).`
			: `Recherche et ${pages.saved} page${pluralS(pages.saved)} lue${pluralS(pages.saved)} enregistrée${pluralS(pages.saved)} sur cet appareil.`;
	}
	showPack(status);
	// The whole site or a pack was chosen, and a new version came: fetch what changed, unless data is to be spared.
	const stale = status.packs.find((p) => p.chosen && !p.current);
	if (!status.saving && !sparingData()) {
		if (pages.all && !pages.allCurrent) worker.postMessage({ type: 'SAVE_ALL' });
		else if (stale) worker.postMessage({ type: 'SAVE_PACK', pack: stale.id });
	}
	if (savedList) await listSaved(worker);
}

/** The profile page's pack: its size before, what is saved after. */
function showPack(status: Extract<WorkerMessage, { type: 'STATUS' }>) {
	const pack = status.packs.find((p) => p.id === packBox?.dataset.offlinePack);
	if (!pack) return;
	const saved = pack.current || status.pages.allCurrent;
	packBox!.hidden = false;
	packButton!.hidden = saved || status.saving;
	packButton!.textContent = `Enregistrer les pages utiles pour ${pack.audience} (${megabytes(pack.gzip)})`;
	packText!.textContent = saved ? `Les ${pack.files} pages utiles pour ${pack.audience} sont enregistrées sur cet appareil.` : '';
}

/** On the offline page: the pages this device holds, as links. */
async function listSaved(worker: ServiceWorker) {
	const saved = (await messageSW(worker, { type: 'GET_SAVED' })) as SavedPageInfo[];
	savedList!.replaceChildren(
		...saved
			.sort((a, b) => a.title.localeCompare(b.title, 'fr'))
			.map(({ url, title }) => {
				const li = document.createElement('li');
				const a = document.createElement('a');
				a.href = url;
				a.textContent = title || new URL(url).pathname;
				li.append(a);
				return li;
			}),
	);
	savedList!.closest<HTMLElement>('[data-offline-saved-box]')!.hidden = false;
}

function onWorkerMessage(message: WorkerMessage) {
	const worker = navigator.serviceWorker.controller;
	if (message.type === 'SAVE_PROGRESS' && pagesBox) {
		pagesText!.textContent = `Enregistrement du site… ${megabytes(message.done)} sur ${megabytes(message.total)}`;
		if (packText) packText.textContent = pagesText!.textContent;
		cancelButton!.hidden = false;
		saveAllButton!.hidden = true;
		deleteButton!.hidden = true;
	} else if (message.type === 'SAVE_FAILED' && pagesBox) {
		pagesText!.textContent =
			message.reason === 'quota'
				? 'Enregistrement impossible\u00a0: espace de stockage insuffisant sur cet appareil.'
				: 'Enregistrement interrompu\u00a0; les pages déjà reçues restent enregistrées.';
		cancelButton!.hidden = true;
		saveAllButton!.hidden = false;
	} else if ((message.type === 'SAVE_DONE' || message.type === 'SAVE_CANCELLED' || message.type === 'SAVE_DELETED') && worker) {
		void showReady(worker);
	} else if (message.type === 'PRECACHE_PROGRESS' && !navigator.serviceWorker.controller) {
		showStatus(`Mise hors ligne… ${Math.floor((100 * message.done) / message.total)}\u00a0%`);
	} else if (message.type === 'PRECACHE_FAILED' && !navigator.serviceWorker.controller) {
		showStatus(
			message.reason === 'quota'
				? 'Mise hors ligne impossible\u00a0: espace de stockage insuffisant sur cet appareil.'
				: 'Mise hors ligne interrompue\u00a0; elle reprendra à la prochaine visite.',
		);
	}
}

function start() {
	const base = import.meta.env.BASE_URL;
	// `updateViaCache: 'none'`: the browser always asks the server for sw.js, never its HTTP cache.
	// sw.js: WORKER_FILE of src/offline/precache.ts (a build-time module, not imported here).
	const wb = new Workbox(`${base}sw.js`, { scope: base, updateViaCache: 'none' });
	const hadController = Boolean(navigator.serviceWorker.controller);
	wb.addEventListener('message', (event) => onWorkerMessage(event.data as WorkerMessage));
	wb.addEventListener('waiting', () => {
		updateReady = true;
		renderAlert();
	});
	navigator.serviceWorker.addEventListener('controllerchange', () => {
		if (reloading) location.reload();
		else if (hadController) {
			// Another tab took the new version: this page is now the older one.
			updateReady = true;
			renderAlert();
		} else if (navigator.serviceWorker.controller) {
			navigator.serviceWorker.controller.postMessage({ type: 'KEEP_PAGE', url: location.href });
			void showReady(navigator.serviceWorker.controller);
		}
	});
	reloadButton!.addEventListener('click', async () => {
		if (reloading) return;
		reloading = true;
		const registration = await navigator.serviceWorker.getRegistration(base);
		if (!registration?.waiting) return location.reload();
		wb.messageSkipWaiting();
		// Should the waiting worker never take over (it failed meanwhile), the click still reloads, once.
		window.setTimeout(() => location.reload(), 5000);
	});
	// Back online after a while: look for a version published in the meantime.
	window.addEventListener('online', () => void wb.update());
	if (navigator.serviceWorker.controller) {
		// This page was served before it could be kept (first visit), or from the network: the worker keeps it.
		navigator.serviceWorker.controller.postMessage({ type: 'KEEP_PAGE', url: location.href });
		void showReady(navigator.serviceWorker.controller);
	}
	wirePagesButtons();
	void settled().then(() => wb.register({ immediate: true }));
}

/** Quiet time the reader's typing must leave before saving starts. */
const TYPING_PAUSE_MS = 1500;

/**
 * Resolves once the page has loaded and the reader is not typing: the first visit's download (shell and
 * search index) would otherwise compete with a search typed on arrival, on the same few connections.
 */
function settled(): Promise<void> {
	return new Promise((resolve) => {
		let timer: number | undefined;
		const wait = () => {
			window.clearTimeout(timer);
			timer = window.setTimeout(() => {
				document.removeEventListener('input', wait);
				resolve();
			}, TYPING_PAUSE_MS);
		};
		const begin = () => {
			document.addEventListener('input', wait);
			wait();
		};
		if (document.readyState === 'complete') begin();
		else window.addEventListener('load', begin, { once: true });
	});
}

function wirePagesButtons() {
	const send = (type: string) => () => navigator.serviceWorker.controller?.postMessage({ type });
	saveAllButton?.addEventListener('click', () => {
		send('SAVE_ALL')();
		pagesText!.textContent = 'Enregistrement du site…';
		saveAllButton.hidden = true;
		cancelButton!.hidden = false;
	});
	packButton?.addEventListener('click', () => {
		navigator.serviceWorker.controller?.postMessage({ type: 'SAVE_PACK', pack: packBox!.dataset.offlinePack });
		packText!.textContent = 'Enregistrement…';
		packButton.hidden = true;
	});
	cancelButton?.addEventListener('click', send('SAVE_CANCEL'));
	deleteButton?.addEventListener('click', send('DELETE_PAGES'));
}

/**
 * Network Information API (Chromium-based browsers only; elsewhere the shell is saved on the first
 * visit): the data saver is on, or the link is 2G, where even the shell would cost too much.
 */
function sparingData(): boolean {
	const connection = (navigator as Navigator & { connection?: { saveData?: boolean; effectiveType?: string } }).connection;
	return connection?.saveData === true || connection?.effectiveType === '2g' || connection?.effectiveType === 'slow-2g';
}

/** Saves the shell now, or, sparing data with nothing saved yet, once the reader asks. */
async function startOrOffer() {
	if (!sparingData() || (await navigator.serviceWorker.getRegistration(import.meta.env.BASE_URL))) return start();
	saveOffer!.hidden = false;
	saveOffer!.querySelector('button')!.addEventListener('click', () => {
		saveOffer!.hidden = true;
		start();
	}, { once: true });
}

if (statusLine && alertBox && saveOffer) {
	window.addEventListener('online', renderAlert);
	window.addEventListener('offline', renderAlert);
	renderAlert();
	if (import.meta.env.OFFLINE && 'serviceWorker' in navigator) void startOrOffer();
}
