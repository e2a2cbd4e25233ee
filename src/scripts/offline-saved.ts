/**
 * Offline, a search result whose page is not saved on this device keeps its excerpt but loses its
 * link (it would lead to the offline page): its title becomes plain text followed by « page non
 * enregistrée sur cet appareil ». Pages are saved by the service worker (src/offline/service-worker.ts)
 * under their address with a final slash, in a cache the page can read.
 */
export async function markIfUnsaved(link: HTMLAnchorElement): Promise<void> {
	if (navigator.onLine || !('caches' in window)) return;
	const url = new URL(link.href, location.href);
	if (await caches.match(`${url.origin}${url.pathname}`)) return;
	const title = document.createElement('span');
	title.textContent = link.textContent;
	const note = document.createElement('span');
	note.className = 'result-unsaved';
	note.textContent = ' — page non enregistrée sur cet appareil';
	link.replaceWith(title, note);
}
