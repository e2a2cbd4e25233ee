/**
 * The search page's island: Pagefind queried as the reader types (80 ms debounce instead of
 * the default UI's 300 ms), facets as checkboxes, and the query and facets kept in the URL so a
 * search can be bookmarked, shared and restored with the back button. Everything shown from
 * the index is inserted as text, never as HTML, except Pagefind's own excerpt (escaped text
 * with `<mark>` around matches).
 */
import { placeIn, placeKey } from '../lib/place-key.ts';
import { findPlace, type Place, placeTables } from './find-place.ts';
import { correctWord, fold } from '../lib/search-vocabulary.ts';
import { markIfUnsaved } from './offline-saved.ts';

type Filters = Record<string, string[]>;
interface PagefindResultData {
	url: string;
	excerpt: string;
	meta: Record<string, string>;
}
interface Pagefind {
	options(o: Record<string, unknown>): Promise<void>;
	init(): Promise<void>;
	preload(term: string, o?: { filters?: Filters }): Promise<void>;
	search(term: string | null, o?: { filters?: Filters; sort?: Record<string, 'asc' | 'desc'> }): Promise<SearchResponse>;
	filters(): Promise<Record<string, Record<string, number>>>;
}
interface Hit {
	id: string;
	score: number;
	data(): Promise<PagefindResultData>;
}
interface SearchResponse {
		results: Hit[];
		filters: Record<string, Record<string, number>>;
		totalFilters: Record<string, Record<string, number>>;
		unfilteredResultCount: number;
}

const FACET_LABELS: Record<string, string> = {
	type: 'Type d’entrée',
	niveau: 'Niveau de collectivité',
	theme: 'Thème',
	ressource: 'Type de ressource',
	annee: 'Année',
	region: 'Région',
};
const DEBOUNCE_MS = 40;
const PAGE_SIZE = 20;

const root = document.querySelector<HTMLElement>('[data-search]')!;
const base = root.dataset.base!;
/** The build's id (src/integrations/offline.ts): Pagefind's entry file is fetched, and precached, as `pagefind-entry.json?ts=<id>`. */
const metaCacheTag = root.dataset.metaCacheTag!;
const input = root.querySelector<HTMLInputElement>('input[name="q"]')!;
const statusLine = root.querySelector<HTMLElement>('[data-status]')!;
const list = root.querySelector<HTMLOListElement>('[data-results]')!;
const facetsBox = root.querySelector<HTMLElement>('[data-facets]')!;
const empty = root.querySelector<HTMLElement>('[data-empty]')!;
const more = root.querySelector<HTMLButtonElement>('[data-more]')!;
const placeLine = root.querySelector<HTMLElement>('[data-place]')!;
const filtersPanel = root.querySelector<HTMLDetailsElement>('[data-filters]')!;
const activeCount = root.querySelector<HTMLElement>('[data-active-count]')!;
const places = placeTables(root, base);

// Words a question carries that say nothing of its subject: dropped before searching.
const STOP_WORDS = new Set(
	`a au aux avec ce ces comment dans de des du elle en est et il je la le les leur lui ma mais me mon ne nos notre nous on ou où par pas pour qu que quel quelle quels quelles qui sa se ses son sur ta te ton tu un une vos votre vous y l d j n s c qu est-ce faire fait peut peuvent quoi veut veux`.split(' '),
);

/** The words of a query that carry meaning (stop words and elisions « l’ », « d’ » removed). */
function meaningfulWords(q: string): string[] {
	return q
		.toLowerCase()
		.split(/[\s’'?!.,;:«»"()]+/)
		.filter((w) => w && !STOP_WORDS.has(w));
}

/**
 * A question as several Pagefind searches merged: the pages matching all its meaningful words
 * first (Pagefind's order), then those matching most of them, by the sum of their scores.
 */
async function searchQuestion(pf: Pagefind, q: string, filters: Filters): Promise<SearchResponse> {
	const words = meaningfulWords(q);
	const full = await pf.search(words.length ? words.join(' ') : q, { filters });
	if (words.length < 2) return full;
	const parts = await Promise.all(words.map((w) => pf.search(w, { filters })));
	const tally = new Map<string, { hit: Hit; matched: number; score: number }>();
	full.results.forEach((hit) => tally.set(hit.id, { hit, matched: words.length + 1, score: hit.score }));
	for (const part of parts) {
		for (const hit of part.results) {
			const entry = tally.get(hit.id) ?? { hit, matched: 0, score: 0 };
			entry.matched += 1;
			entry.score += hit.score;
			tally.set(hit.id, entry);
		}
	}
	// A page matching a single word of a long question is noise, unless nothing matches more.
	const ranked = [...tally.values()].sort((a, b) => b.matched - a.matched || b.score - a.score);
	const best = ranked[0]?.matched ?? 0;
	const kept = ranked.filter((e) => e.matched >= Math.min(best, 2));
	const biggest = [full, ...parts].reduce((a, b) => (b.results.length > a.results.length ? b : a));
	return { ...full, results: kept.map((e) => e.hit), filters: full.results.length ? full.filters : biggest.filters };
}

let vocabulary: Promise<[string, number][]> | undefined;

/** The catalogue's words (loaded once, in the background from the start): a failed fetch corrects nothing. */
function loadVocabulary(): Promise<[string, number][]> {
	vocabulary ??= fetch(`${base}recherche/vocabulaire.json`)
		.then((r) => (r.ok ? r.json() : []))
		.catch(() => []);
	return vocabulary;
}

/** `q` with its misspelt words replaced by the closest words of the catalogue (unchanged when none is). */
async function correctQuery(q: string): Promise<string> {
	const words = await loadVocabulary();
	return q.replace(/\p{L}{4,}/gu, (word) => (STOP_WORDS.has(word.toLowerCase()) ? word : (correctWord(word, words) ?? word)));
}

/** Kinds of entry that support an answer rather than give one: after the others on the first page, unless named. */
const SUPPORTING_KINDS = new Set(['Chiffre', 'Activité', 'Organisation', 'Territoire']);

/** The first page of hits with supporting kinds moved after the rest (their data, fetched here, is kept). */
async function substanceFirst(hits: Hit[], q: string): Promise<Hit[]> {
	const first = hits.slice(0, PAGE_SIZE);
	const data = await Promise.all(first.map((h) => h.data()));
	const named = (kind: string) => fold(q).includes(fold(kind));
	const kept = first.map((h, i) => ({ ...h, data: () => Promise.resolve(data[i]) }));
	const supporting = (i: number) => SUPPORTING_KINDS.has(data[i].meta.type ?? '') && !named(data[i].meta.type ?? '');
	return [...kept.filter((_, i) => !supporting(i)), ...kept.filter((_, i) => supporting(i)), ...hits.slice(PAGE_SIZE)];
}

/**
 * Results for a place: entries naming it, then those of its département, then of its région,
 * with the sentence saying so (« Aucune initiative à Aubusson ; 3 dans la Creuse (23), … »).
 */
async function searchPlace(pf: Pagefind, place: Place, filters: Filters): Promise<SearchResponse> {
	const initiatives = (r: SearchResponse) => r.filters.type?.Initiative ?? 0;
	const own = await pf.search(place.nom, { filters });
	const ownHits = place.kind === 'commune' ? await keepNaming(own.results, place.nom) : own.results;
	const inDep = place.dep ? await pf.search(place.dep.nom, { filters }) : undefined;
	const inRegion = await pf.search(null, { filters: { ...filters, region: [place.region] } });
	const parts: string[] = [];
	if (place.kind === 'commune') {
		const n = ownHits.length;
		parts.push(n ? `${n} entrée${n > 1 ? 's' : ''} ${placeIn(place.nom, 'commune')}` : `Aucune initiative ${placeIn(place.nom, 'commune')}`);
	}
	if (place.dep && inDep) parts.push(`${initiatives(inDep)} initiative${initiatives(inDep) > 1 ? 's' : ''} ${placeIn(place.dep.nom, 'departement', place.dep.liaison)} (${place.dep.code})`);
	parts.push(`${initiatives(inRegion)} ${placeIn(place.region, 'region', place.regionLiaison)}`);
	placeLine.textContent = `${parts.join(' ; ')}. Les entrées les plus proches viennent en premier.`;
	placeLine.hidden = false;
	const seen = new Set<string>();
	const results = [...ownHits, ...(inDep?.results ?? []), ...inRegion.results].filter((hit) => !seen.has(hit.id) && seen.add(hit.id));
	return { ...inRegion, results, filters: (inDep ?? inRegion).filters };
}

/** Hits whose place (meta `lieu`) or title names `nom`: a commune's name alone in a text means little. */
async function keepNaming(hits: Hit[], nom: string): Promise<Hit[]> {
	const key = placeKey(nom);
	const data = await Promise.all(hits.slice(0, 40).map((h) => h.data()));
	return hits.slice(0, 40).filter((_, i) => placeKey(`${data[i].meta.lieu ?? ''} ${data[i].meta.title ?? ''}`).includes(key));
}

function readUrl(): { q: string; filters: Filters } {
	const params = new URLSearchParams(location.search);
	const filters: Filters = {};
	for (const key of Object.keys(FACET_LABELS)) {
		const values = params.getAll(key);
		if (values.length) filters[key] = values;
	}
	return { q: params.get('q') ?? '', filters };
}

function writeUrl(q: string, filters: Filters, replace: boolean) {
	const params = new URLSearchParams();
	if (q) params.set('q', q);
	for (const [key, values] of Object.entries(filters)) for (const v of values) params.append(key, v);
	const url = `${location.pathname}${params.size ? `?${params}` : ''}`;
	if (url === `${location.pathname}${location.search}`) return;
	if (replace) history.replaceState(null, '', url);
	else history.pushState(null, '', url);
}

function selectedFilters(): Filters {
	const filters: Filters = {};
	for (const box of facetsBox.querySelectorAll<HTMLInputElement>('input[type="checkbox"]:checked')) {
		(filters[box.name] ??= []).push(box.value);
	}
	return filters;
}

function renderFacets(counts: Record<string, Record<string, number>>, selected: Filters) {
	facetsBox.replaceChildren();
	const active = Object.values(selected).flat().length;
	activeCount.textContent = active ? `(${active} actif${active > 1 ? 's' : ''})` : '';
	for (const [key, label] of Object.entries(FACET_LABELS)) {
		const values = Object.entries(counts[key] ?? {}).filter(([v, n]) => n > 0 || selected[key]?.includes(v));
		if (!values.length) continue;
		values.sort((a, b) => (key === 'annee' ? b[0].localeCompare(a[0]) : a[0].localeCompare(b[0], 'fr')));
		const fieldset = document.createElement('fieldset');
		const legend = document.createElement('legend');
		legend.textContent = label;
		fieldset.append(legend);
		for (const [value, count] of values) {
			const id = `f-${key}-${value}`.replace(/[^a-zA-Z0-9_-]/g, '_');
			const wrapper = document.createElement('div');
			const box = document.createElement('input');
			box.type = 'checkbox';
			box.name = key;
			box.value = value;
			box.id = id;
			box.checked = selected[key]?.includes(value) ?? false;
			const lab = document.createElement('label');
			lab.htmlFor = id;
			lab.textContent = `${value} (${count})`;
			wrapper.append(box, ' ', lab);
			fieldset.append(wrapper);
		}
		facetsBox.append(fieldset);
	}
}

function resultItem(data: PagefindResultData): HTMLLIElement {
	const li = document.createElement('li');
	li.className = 'card result';
	const badge = document.createElement('span');
	badge.className = 'badge';
	badge.textContent = data.meta.type ?? '';
	const title = document.createElement('a');
	title.href = data.url;
	title.textContent = data.meta.title ?? data.url;
	// Results sit right under the page's h1: h2 keeps the outline without a skipped level.
	const heading = document.createElement('h2');
	heading.append(title);
	void markIfUnsaved(title);
	li.append(badge, heading);
	const where = [data.meta.lieu, data.meta.annee].filter(Boolean).join(' · ');
	if (where) {
		const p = document.createElement('p');
		p.className = 'result-where';
		p.textContent = where;
		li.append(p);
	}
	const excerpt = document.createElement('p');
	// Pagefind's excerpt is the page's text, HTML-escaped, with <mark> around matches.
	excerpt.innerHTML = data.excerpt;
	li.append(excerpt);
	return li;
}

function unsavedItem(): HTMLLIElement {
	const li = document.createElement('li');
	li.className = 'card result';
	const note = document.createElement('p');
	note.className = 'result-unsaved';
	note.textContent = 'Résultat sans extrait\u00a0: page non enregistrée sur cet appareil.';
	li.append(note);
	return li;
}

let pagefind: Pagefind | undefined;
let runId = 0;
let timer: number | undefined;
let pending: { id: string; data(): Promise<PagefindResultData> }[] = [];

/** Shows the next page of results; the first few as soon as their fragments arrive, the rest after. */
async function showMore(run: number) {
	const batch = pending.splice(0, PAGE_SIZE);
	for (const slice of [batch.slice(0, 3), batch.slice(3)]) {
		// Offline, a large catalogue's excerpts may not be saved on this device (src/offline/write-worker.ts).
		const items = await Promise.all(slice.map((r) => r.data().catch(() => undefined)));
		if (run !== runId) return;
		list.append(...items.map((data) => (data ? resultItem(data) : unsavedItem())));
	}
	more.hidden = pending.length === 0;
}

async function run(pushHistory: boolean) {
	const id = ++runId;
	const q = input.value.trim();
	const filters = selectedFilters();
	writeUrl(q, filters, !pushHistory);
	if (!pagefind) return;
	const hasFilters = Object.keys(filters).length > 0;
	if (!q && !hasFilters) {
		list.replaceChildren();
		more.hidden = true;
		empty.hidden = true;
		statusLine.textContent = 'Tapez un mot, un sigle, un lieu ou un dispositif.';
		renderFacets(await pagefind.filters(), filters);
		return;
	}
	const place = q ? await findPlace(q, places) : undefined;
	if (id !== runId) return;
	placeLine.hidden = true;
	const corrected = q && !place ? await correctQuery(q) : q;
	if (id !== runId) return;
	const search = place
		? await searchPlace(pagefind, place, filters)
		: q
			? await searchQuestion(pagefind, corrected, filters)
			: await pagefind.search(null, { filters, sort: { annee: 'desc' } });
	if (id !== runId) return;
	const ordered = q ? await substanceFirst(search.results, corrected) : [...search.results];
	if (id !== runId) return;
	list.replaceChildren();
	list.dataset.query = q;
	pending = ordered;
	await showMore(id);
	if (id !== runId) return;
	const n = search.results.length;
	const said = corrected !== q ? ` pour « ${corrected} » (vous avez tapé « ${q} »)` : q ? ` pour « ${q} »` : '';
	statusLine.textContent = n === 0 ? `Aucun résultat${said}.` : `${n} résultat${n > 1 ? 's' : ''}${said}.`;
	empty.hidden = n !== 0;
	renderFacets(search.filters, filters);
}

function schedule() {
	window.clearTimeout(timer);
	timer = window.setTimeout(() => run(false), DEBOUNCE_MS);
}

async function start() {
	// Filters open beside the results on a wide screen, folded above them on a phone.
	filtersPanel.open = matchMedia('(min-width: 40rem)').matches;
	void loadVocabulary();
	const state = readUrl();
	input.value = state.q;
	renderFacets({}, state.filters);
	try {
		pagefind = (await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`)) as Pagefind;
		// Short pages (figures, terms) would otherwise outrank the fuller pages that explain a subject; and a
		// place searched for (« Creuse ») weighs more in an initiative's `lieu` than in a figure's title.
		await pagefind.options({ baseUrl: base, metaCacheTag, excerptLength: 24, ranking: { pageLength: 0.3, metaWeights: { title: 5, lieu: 10 } } });
		await pagefind.init();
	} catch {
		statusLine.textContent =
			location.protocol === 'file:'
				? 'La recherche a besoin que le site soit servi par un serveur web : elle ne fonctionne pas en ouvrant les fichiers directement.'
				: 'La recherche n’a pas pu démarrer. Rechargez la page, ou parcourez les listes ci-dessous.';
		empty.hidden = false;
		return;
	}
	const filters = await pagefind.filters();
	renderFacets(filters, state.filters);
	await run(false);
	root.dataset.ready = 'true';
}

input.addEventListener('input', () => {
	if (pagefind && input.value.trim()) void pagefind.preload(input.value.trim());
	schedule();
});
root.querySelector('form')!.addEventListener('submit', (event) => {
	event.preventDefault();
	window.clearTimeout(timer);
	void run(true);
});
facetsBox.addEventListener('change', () => void run(true));
more.addEventListener('click', () => void showMore(runId));
window.addEventListener('popstate', () => {
	const state = readUrl();
	input.value = state.q;
	for (const box of facetsBox.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) {
		box.checked = state.filters[box.name]?.includes(box.value) ?? false;
	}
	void run(false);
});
void start();
