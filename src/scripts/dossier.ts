/**
 * The dossier page's island: reads the choice in the address (src/lib/dossier-url.ts), gathers the
 * static profile × theme pages it names into this page (the same components render both), brings
 * the examples nearest to the reader's place forward, and rebuilds the title, contents, date line,
 * address and « Sigles employés ». The theme pages it reads are kept by the service worker, so a
 * dossier opened once opens again offline, from its address.
 */
import { nearestFirst, type NearPlace, nearRank } from '../lib/nearness.ts';
import { placeIn } from '../lib/place-key.ts';
import { dossierQuery, MAX_DOSSIER_THEMES, readDossierChoice } from '../lib/dossier-url.ts';
import { findPlace, type Place, placeLookupUrl, placeTables } from './find-place.ts';

interface ThemeLink {
	id: string;
	name: string;
	href: string;
}

const root = document.querySelector<HTMLElement>('[data-dossier]')!;
const themes = JSON.parse(root.dataset.themes!) as ThemeLink[];
const status = root.querySelector<HTMLElement>('[data-dossier-status]')!;
const choice = root.querySelector<HTMLDetailsElement>('[data-dossier-choice]')!;
const form = choice.querySelector<HTMLFormElement>('form')!;
const sectionsBox = root.querySelector<HTMLElement>('[data-dossier-sections]')!;
const index = root.querySelector<HTMLElement>('[data-dossier-index]')!;
const termsBox = root.querySelector<HTMLElement>('[data-dossier-terms]')!;
const chosen = readDossierChoice(location.search, themes.map((t) => t.id));

/** Asks the service worker to keep a page this one read (it keeps pages opened, not those fetched). */
function keep(url: string) {
	navigator.serviceWorker?.controller?.postMessage({ type: 'KEEP_PAGE', url: new URL(url, location.href).href });
}

/** Adds a sentence to the status line (the place, themes left out, pages missing offline). */
function say(text: string) {
	status.textContent = status.textContent ? `${status.textContent} ${text}` : text;
	status.hidden = false;
}

/** The parts of a theme page this dossier takes: its section, its acronyms, the years of its information. */
interface Fragment {
	section: HTMLElement;
	terms: { dt: Element; dd: Element }[];
	years?: { from: number; to: number; orLater: boolean };
}

async function load(theme: ThemeLink): Promise<Fragment | undefined> {
	try {
		const response = await fetch(theme.href);
		if (!response.ok) return undefined;
		const page = new DOMParser().parseFromString(await response.text(), 'text/html');
		const section = page.querySelector<HTMLElement>('.theme-section');
		if (!section) return undefined;
		keep(theme.href);
		const terms = [...page.querySelectorAll('.terms-used dt')].map((dt) => ({ dt, dd: dt.nextElementSibling! }));
		const dating = page.querySelector<HTMLElement>('[data-dating]');
		const years = dating && { from: Number(dating.dataset.from), to: Number(dating.dataset.to), orLater: dating.dataset.orLater !== undefined };
		return { section: document.importNode(section, true), terms, years: years ?? undefined };
	} catch {
		return undefined;
	}
}

/** Examples nearest `place` first in every section, as many shown as before; returns how many are near. */
function orderExamples(place: NearPlace): number[] {
	const counts = [0, 0, 0, 0];
	const seen = new Set<string>();
	for (const list of sectionsBox.querySelectorAll<HTMLElement>('[data-examples]')) {
		const items = [...list.querySelectorAll<HTMLLIElement>(':scope > li')];
		const shown = items.filter((li) => !li.hidden).length;
		nearestFirst(items, (li) => li.dataset.near ?? '', place).forEach((li, n) => {
			li.hidden = n >= shown;
			li.toggleAttribute('data-pagefind-ignore', li.hidden);
			list.append(li);
			const link = li.querySelector('a')?.getAttribute('href') ?? '';
			if (!seen.has(link)) {
				seen.add(link);
				counts[nearRank(li.dataset.near ?? '', place)]!++;
			}
		});
	}
	return counts;
}

/** French typography, as the build applies it to static text (src/lib/typography/): guillemets with thin no-break spaces. */
const quote = (text: string) => `«\u202f${text}\u202f»`;
const plural = (n: number, word: string) => `${n} ${word}${n > 1 ? 's' : ''}`;

function placeSentence(place: Place, counts: number[]): string {
	const parts: string[] = [];
	if (place.kind === 'commune') parts.push(`${plural(counts[0]!, 'exemple')} ${placeIn(place.nom, 'commune')}`);
	if (place.dep) parts.push(`${plural(counts[0]! + counts[1]!, 'exemple')} ${placeIn(place.dep.nom, 'departement', place.dep.liaison)} (${place.dep.code})`);
	parts.push(`${plural(counts[0]! + counts[1]! + counts[2]!, 'exemple')} ${placeIn(place.region, 'region', place.regionLiaison)}`);
	return `Les exemples les plus proches viennent d’abord\u00a0: ${parts.join(', ')}.`;
}

function contents(fragments: Fragment[], hasTerms: boolean) {
	const list = root.querySelector<HTMLOListElement>('.dossier-contents ol')!;
	list.replaceChildren();
	const item = (id: string, label: string) => {
		const li = document.createElement('li');
		const a = document.createElement('a');
		a.href = `#${id}`;
		a.textContent = label;
		li.append(a);
		return li;
	};
	for (const { section } of fragments) {
		const heading = section.querySelector('h2')!;
		const li = item(heading.id, heading.textContent ?? '');
		const parts = document.createElement('ol');
		for (const h3 of section.querySelectorAll('h3[id]')) parts.append(item(h3.id, (h3.textContent ?? '').replace(/ \(\d+ sur \d+\)$/, '')));
		if (parts.children.length > 0) li.append(parts);
		list.append(li);
	}
	if (hasTerms) list.append(item('sigles', 'Sigles employés'));
}

function terms(fragments: Fragment[]): boolean {
	const byHref = new Map<string, { dt: Element; dd: Element }>();
	for (const t of fragments.flatMap((f) => f.terms)) byHref.set(t.dt.querySelector('a')?.getAttribute('href') ?? t.dt.textContent ?? '', t);
	if (byHref.size === 0) return false;
	const sorted = [...byHref.values()].sort((a, b) => (a.dt.textContent ?? '').localeCompare(b.dt.textContent ?? '', 'fr'));
	const aside = document.createElement('aside');
	aside.className = 'terms-used';
	aside.setAttribute('aria-labelledby', 'sigles');
	const h2 = document.createElement('h2');
	h2.id = 'sigles';
	h2.textContent = 'Sigles employés';
	const dl = document.createElement('dl');
	for (const { dt, dd } of sorted) dl.append(document.importNode(dt, true), document.importNode(dd, true));
	aside.append(h2, dl);
	termsBox.replaceChildren(aside);
	return true;
}

function dating(fragments: Fragment[]) {
	const line = root.querySelector<HTMLElement>('.dossier-header [data-dating]');
	const spans = fragments.flatMap((f) => (f.years ? [f.years] : []));
	if (!line || spans.length === 0) return;
	const from = Math.min(...spans.map((s) => s.from));
	const to = Math.max(...spans.map((s) => s.to));
	const orLater = spans.some((s) => s.orLater && s.to === to);
	line.textContent = `Informations de ${from === to ? to : `${from} à ${to}`}${orLater ? ' ou après' : ''}, tirées des publications sources. `;
}

async function compose() {
	// The form shows the current choice, to change it; a new choice is a new address.
	for (const box of form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) box.checked = chosen.themes.includes(box.value);
	form.querySelector<HTMLInputElement>('input[type="text"]')!.value = chosen.place;
	choice.hidden = false;
	if (chosen.themes.length === 0) {
		choice.open = true;
		return;
	}
	const picked = themes.filter((t) => chosen.themes.includes(t.id));
	const title = `${picked.map((t) => t.name).join(', ')}\u00a0: dossier pour ${root.dataset.for}`;
	root.querySelector('h1')!.textContent = title;
	document.title = document.title.replace(/^[^·]+·/, `${title} ·`);
	// The canonical form of the address, also what « Copier le lien » copies.
	history.replaceState(null, '', `${location.pathname}${dossierQuery({ themes: chosen.themes, place: chosen.place })}`);
	root.querySelector('#adresse-dossier')!.textContent = location.href;

	const loaded = await Promise.all(picked.map(load));
	const fragments = loaded.filter((f) => f !== undefined);
	const missing = picked.filter((_, n) => !loaded[n]);
	if (chosen.dropped) {
		const names = themes.filter((t) => chosen.dropped!.includes(t.id)).map((t) => quote(t.name));
		say(`Un dossier rassemble au plus ${MAX_DOSSIER_THEMES} thèmes\u00a0: ${names.join(', ')} n’y ${names.length > 1 ? 'sont' : 'est'} pas (voir la liste ci-dessous).`);
		index.hidden = false;
	}
	sectionsBox.replaceChildren(...fragments.map((f) => f.section));
	index.hidden = missing.length === 0 && !chosen.dropped;
	if (missing.length > 0) {
		// The list below keeps a link to each theme; say which could not be gathered.
		say(`${missing.map((t) => quote(t.name)).join(', ')}\u00a0: page non disponible (hors ligne et pas encore enregistrée sur cet appareil\u202f?).`);
	}
	dating(fragments);
	contents(fragments, terms(fragments));

	if (chosen.place) {
		const place = await findPlace(chosen.place, placeTables(root, root.dataset.base!));
		if (!place) {
			say(`${quote(chosen.place)} n’est ni une commune, ni un code postal, ni un département connus\u00a0: exemples dans l’ordre habituel.`);
		} else {
			const near = { commune: place.kind === 'commune' ? place.nom : undefined, departement: place.dep?.code, region: place.region };
			say(placeSentence(place, orderExamples(near)));
		}
	}
}

// `data-ready` tells tests and the audit that the page is composed.
void compose().finally(() => root.setAttribute('data-ready', ''));
// First visit: the worker starts controlling the page after it read the theme pages; ask it to keep them now.
navigator.serviceWorker?.addEventListener('controllerchange', () => {
	for (const t of themes.filter((t) => chosen.themes.includes(t.id))) keep(t.href);
	// The commune lookup chunk, fetched again through the worker, which keeps it.
	const lookup = chosen.place && placeLookupUrl(chosen.place, placeTables(root, root.dataset.base!));
	if (lookup) void fetch(lookup).catch(() => undefined);
});
