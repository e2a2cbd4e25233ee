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
 * With the browser's data saver on (`Save-Data`), the first visit saves nothing: the whole site weighs
 * megabytes, so it is saved only when the reader clicks « Enregistrer le site sur cet appareil ».
 * Once saved, the site is kept up to date as usual.
 */
import { messageSW, Workbox } from 'workbox-window';
import type { WorkerMessage } from '../offline/messages.ts';

const statusLine = document.querySelector<HTMLElement>('[data-offline-status]');
const alertBox = document.querySelector<HTMLElement>('[data-offline-alert]');
const alertText = alertBox?.querySelector<HTMLElement>('[data-offline-message]');
const reloadButton = alertBox?.querySelector<HTMLButtonElement>('[data-offline-reload]');
const saveOffer = document.querySelector<HTMLElement>('[data-offline-save]');

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

async function showReady(worker: ServiceWorker) {
	const status = (await messageSW(worker, { type: 'GET_STATUS' })) as Extract<WorkerMessage, { type: 'STATUS' }>;
	showStatus(`Disponible hors ligne (${megabytes(status.bytes)})`);
}

function onWorkerMessage(message: WorkerMessage) {
	if (message.type === 'PRECACHE_PROGRESS' && !navigator.serviceWorker.controller) {
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
		} else if (navigator.serviceWorker.controller) void showReady(navigator.serviceWorker.controller);
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
	if (navigator.serviceWorker.controller) void showReady(navigator.serviceWorker.controller);
	void wb.register();
}

/** Network Information API: Chromium-based browsers only; elsewhere the site is saved on the first visit. */
const savingData = () => (navigator as Navigator & { connection?: { saveData?: boolean } }).connection?.saveData === true;

/** Saves the site now, or, with the data saver on and nothing saved yet, once the reader asks. */
async function startOrOffer() {
	if (!savingData() || (await navigator.serviceWorker.getRegistration(import.meta.env.BASE_URL))) return start();
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
