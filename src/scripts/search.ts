/**
 * The search page's island: Pagefind queried as the reader types (80 ms debounce instead of
 * the default UI's 300 ms), facets as checkboxes, and the query and facets kept in the URL so a
 * search can be bookmarked, shared and restored with the back button. Everything shown from
 * the index is inserted as text, never as HTML, except Pagefind's own excerpt (escaped text
 * with `<mark>` around matches).
 */
import { placeIn, placeKey } from '../lib/place-key.ts';
import { findPlace, type Place, placeTables, prefetchPlace } from './find-place.ts';
import { closestWord, correctWord, findSynonym, fold, joinElisions, type Synonym } from '../lib/search-vocabulary.ts';
import { markIfUnsaved } from './offline-saved.ts';
import { loadCards, type PagefindResultData } from './result-cards.ts';

type Filters = Record<string, string[]>;
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
/** Hits whose kind and title reorder the list (`arrange`); deeper ones keep Pagefind's order. */
const RANKED = 12;

const root = document.querySelector<HTMLElement>('[data-search]')!;
const base = root.dataset.base!;
/** The build's id (src/integrations/offline.ts): Pagefind's entry file is fetched, and precached, as `pagefind-entry.json?ts=<id>`. */
const metaCacheTag = root.dataset.metaCacheTag!;
const input = root.querySelector<HTMLInputElement>('input[name="q"]')!;
const statusLine = root.querySelector<HTMLElement>('[data-status]')!;
const list = root.querySelector<HTMLOListElement>('[data-results]')!;
const facetsBox = root.querySelector<HTMLElement>('[data-facets]')!;
const empty = root.querySelector<HTMLElement>('[data-empty]')!;
const suggestion = empty.querySelector<HTMLElement>('[data-suggestion]')!;
const more = root.querySelector<HTMLButtonElement>('[data-more]')!;
const placeLine = root.querySelector<HTMLElement>('[data-place]')!;
const filtersPanel = root.querySelector<HTMLDetailsElement>('[data-filters]')!;
const activeCount = root.querySelector<HTMLElement>('[data-active-count]')!;
const asideBox = root.querySelector<HTMLElement>('[data-aside]')!;
const asideList = asideBox.querySelector<HTMLUListElement>('ul')!;
const places = placeTables(root, base);
/** Readers' words for terms and themes (`aliases` in the content), written into the page at build time. */
const synonyms = JSON.parse(document.querySelector('[data-synonyms]')?.textContent ?? '[]') as Synonym[];

// Words a question carries that say nothing of its subject: dropped before searching.
const STOP_WORDS = new Set(
	`a au aux avec ce ces comment dans de des du elle en est et il je la le les leur lui ma mais me mon ne nos notre nous on ou où par pas pour qu que quel quelle quels quelles qui sa se ses son sur ta te ton tu un une vos votre vous y l d j n s c qu est-ce faire fait peut peuvent quoi veut veux`.split(' '),
);

/** The words of a query that carry meaning (stop words, elisions « l’ », « d’ » and single letters removed). */
function meaningfulWords(q: string): string[] {
	return q
		.toLowerCase()
		.split(/[\s’'?!.,;:«»"()]+/)
		.filter((w) => w.length > 1 && !STOP_WORDS.has(w));
}

/**
 * `q` without its single letters, as Pagefind is given it: once asked for a single letter, Pagefind 1.6 answers
 * a later unknown word with every page holding a word of that letter (« e », then « eppicerriee »: 122 pages).
 */
const withoutSingleLetters = (q: string) => q.split(/\s+/).filter((w) => [...w].length > 1).join(' ');

/**
 * A question as several Pagefind searches merged: the pages matching all its meaningful words
 * first (Pagefind's order), then those matching most of them, by the sum of their scores.
 */
async function searchQuestion(pf: Pagefind, q: string, filters: Filters): Promise<SearchResponse> {
	const words = meaningfulWords(q);
	// Asked together: the worker answers them in a row, without a round trip between them.
	const terms = [words.length ? words.join(' ') : withoutSingleLetters(q), ...(words.length < 2 ? [] : words)];
	const responses = await Promise.all(terms.map((term) => pf.search(term, { filters })));
	const full = responses[0]!;
	const parts = responses.slice(1);
	if (words.length < 2) return full;
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

/**
 * For a search that found nothing: the query with each unknown word replaced by the closest word of the
 * catalogue, looser than the correction applied as one types (three letters apart); undefined when nothing changes.
 */
async function suggestQuery(q: string): Promise<string | undefined> {
	const words = await loadVocabulary();
	const known = new Set(words.map(([w]) => fold(w)));
	const suggested = q.replace(/\p{L}{4,}/gu, (word) => (STOP_WORDS.has(word.toLowerCase()) || known.has(fold(word)) ? word : (closestWord(word, words, 3) ?? word)));
	return suggested !== q ? suggested : undefined;
}

/** Shows « Vouliez-vous dire … ? » under a search that found nothing, when a close query exists. */
async function showSuggestion(q: string, run: number) {
	suggestion.hidden = true;
	const suggested = await suggestQuery(q);
	if (!suggested || run !== runId) return;
	const link = suggestion.querySelector('a')!;
	link.textContent = suggested;
	link.href = `?q=${encodeURIComponent(suggested)}`;
	suggestion.hidden = false;
}

/** Kinds of entry that gather others (a theme, a need, a programme): after the examples and tools, before the supporting kinds. */
const OVERVIEW_KINDS = new Set(['Thème', 'Besoin', 'Programme']);
/** Kinds of entry that support an answer rather than give one: after the others in the list. */
const SUPPORTING_KINDS = new Set(['Activité', 'Organisation']);
/** Kinds too short to stand as results: shown in the compact « Chiffres et définitions » group, unless the query names one. */
const ASIDE_KINDS = new Set(['Chiffre', 'Terme']);

/** A word as titles and queries are compared: folded, without a plural ending. */
const stem = (word: string) => fold(word).replace(/[sx]$/, '');
const stems = (text: string) => new Set(meaningfulWords(text).map(stem));
const sameSet = (a: Set<string>, b: Set<string>) => a.size > 0 && a.size === b.size && [...a].every((w) => b.has(w));

/** Whether the query is the entry's title, or one of its parts (« PTCE », « pôle territorial de coopération économique »). */
function namedBy(q: string, title: string): boolean {
	const asked = stems(q);
	return [title, ...title.split(' — ')].some((part) => sameSet(stems(part), asked));
}

/** Whether the entry's title holds every meaningful word of the query. */
function titleHolds(q: string, title: string): boolean {
	const held = stems(title);
	const asked = stems(q);
	return asked.size > 0 && [...asked].every((w) => held.has(w));
}

/** A result to show: its card (address, title, kind, place, year) first, then its data with the excerpt. */
interface Shown {
	id: string;
	card(): Promise<PagefindResultData>;
	data(): Promise<PagefindResultData>;
}

/** A hit's card: from the cards file, or from the hit's own fragment when the cards are missing. */
async function cardOf(hit: Hit): Promise<PagefindResultData> {
	return (await loadCards(base)).get(hit.id) ?? hit.data();
}

const shownHit = (hit: Hit): Shown => ({ id: hit.id, card: () => cardOf(hit), data: () => hit.data() });

/** Whether a result belongs in « Chiffres et définitions » rather than in the list (never without a query: `q` is then empty). */
const aside = (data: PagefindResultData, q: string) => q !== '' && ASIDE_KINDS.has(data.meta.type ?? '') && !(q && namedBy(q, data.meta.title ?? ''));

/**
 * The first page of hits in reading order: entries the query names first (« PTCE » → its term), then
 * the substance (initiatives, levers, fiches, resources…), then overviews (themes, needs), then supporting kinds, an entry whose title holds
 * every word of the query first within each; figures and terms apart, for the compact group. Pagefind's order
 * decides the rest (`asideFor`: the query the group is for, empty for none). Their cards, read here, are kept.
 */
async function arrange(hits: Hit[], q: string, asideFor: string): Promise<{ list: Shown[]; aside: PagefindResultData[] }> {
	const first = hits.slice(0, RANKED);
	const data = await Promise.all(first.map(cardOf));
	const kindNamed = (kind: string) => fold(q).includes(fold(kind));
	const rank = (d: PagefindResultData) => {
		const title = d.meta.title ?? '';
		const kind = d.meta.type ?? '';
		const tier = kindNamed(kind) ? 0 : SUPPORTING_KINDS.has(kind) ? 2 : OVERVIEW_KINDS.has(kind) ? 1 : 0;
		return [namedBy(q, title) ? 0 : 1, tier, titleHolds(q, title) ? 0 : 1];
	};
	const order = first
		.map((hit, i) => ({ hit, d: data[i], key: rank(data[i]), i }))
		.sort((a, b) => a.key[0] - b.key[0] || a.key[1] - b.key[1] || a.key[2] - b.key[2] || a.i - b.i);
	const list = order.filter((e) => !aside(e.d, asideFor)).map((e) => ({ ...shownHit(e.hit), card: () => Promise.resolve(e.d) }));
	return { list: [...list, ...hits.slice(RANKED).map(shownHit)], aside: order.filter((e) => aside(e.d, asideFor)).map((e) => e.d) };
}

/**
 * Results for a place: entries naming it, then those of its département, then of its région,
 * with the sentence saying so (« Aucune initiative à Aubusson ; 3 dans la Creuse (23), … »).
 */
async function searchPlace(pf: Pagefind, place: Place, filters: Filters): Promise<SearchResponse> {
	const initiatives = (r: SearchResponse) => r.filters.type?.Initiative ?? 0;
	const [own, inDep, inRegion] = await Promise.all([
		pf.search(place.nom, { filters }),
		place.dep ? pf.search(place.dep.nom, { filters }) : undefined,
		pf.search(null, { filters: { ...filters, region: [place.region] } }),
	]);
	const ownHits = place.kind === 'commune' ? await keepNaming(own.results, place.nom) : own.results;
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

/**
 * Hits whose place (meta `lieu`) or title names `nom`: a commune's name alone in a text means little. Only the
 * first `RANKED` are read (their cards): Pagefind ranks a name in `lieu` or the title first (`metaWeights`).
 */
async function keepNaming(hits: Hit[], nom: string): Promise<Hit[]> {
	const key = placeKey(nom);
	const first = hits.slice(0, RANKED);
	const data = await Promise.all(first.map(cardOf));
	return first.filter((_, i) => placeKey(`${data[i].meta.lieu ?? ''} ${data[i].meta.title ?? ''}`).includes(key));
}

/** The entry a reader's word stands for, shown as a result (its text escaped like Pagefind's excerpts). */
function synonymResult(synonym: Synonym): Shown {
	const excerpt = document.createElement('p');
	excerpt.textContent = synonym.text;
	const data: PagefindResultData = { url: synonym.url, excerpt: excerpt.innerHTML, meta: { title: synonym.title, type: synonym.type } };
	return { id: synonym.url, card: () => Promise.resolve(data), data: () => Promise.resolve(data) };
}

/**
 * A query holding a reader's word (« covoiturage »): the entry itself first, then its own results and
 * those of the entry's words (« Mobilité »).
 */
async function searchSynonym(pf: Pagefind, q: string, synonym: Synonym, filters: Filters): Promise<SearchResponse> {
	// The entry's words as a phrase (all of them), not as a question: « épicerie sociale et solidaire », not any of its words.
	const [own, meant] = await Promise.all([searchQuestion(pf, q, filters), pf.search(meaningfulWords(synonym.words).join(' '), { filters })]);
	// Pages holding both the reader's words and the entry's come first, then the reader's, then the entry's.
	const meantIds = new Set(meant.results.map((hit) => hit.id));
	const ownIds = new Set(own.results.map((hit) => hit.id));
	const results = [...own.results.filter((hit) => meantIds.has(hit.id)), ...own.results.filter((hit) => !meantIds.has(hit.id)), ...meant.results.filter((hit) => !ownIds.has(hit.id))];
	return { ...meant, results, filters: own.results.length ? own.filters : meant.filters };
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

/** The filters of the address the page opened with (or went back to), until the index has drawn the facets. */
let openingFilters: Filters = {};
let facetsDrawn = false;

function selectedFilters(): Filters {
	if (!facetsDrawn) return openingFilters;
	const filters: Filters = {};
	for (const box of facetsBox.querySelectorAll<HTMLInputElement>('input[type="checkbox"]:checked')) {
		(filters[box.name] ??= []).push(box.value);
	}
	return filters;
}

function renderFacets(counts: Record<string, Record<string, number>>, selected: Filters) {
	facetsDrawn = Object.keys(counts).length > 0;
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

/** A result's kind (badge) and the link to it, its title as text. */
function kindAndLink(data: PagefindResultData): [HTMLSpanElement, HTMLAnchorElement] {
	const badge = document.createElement('span');
	badge.className = 'badge';
	badge.textContent = data.meta.type ?? '';
	const link = document.createElement('a');
	link.href = data.url;
	link.textContent = joinElisions(data.meta.title ?? data.url);
	return [badge, link];
}

/** A result's card; its excerpt, unless the card has it, is filled in when `excerpt` resolves (left out if it fails). */
function resultItem(data: PagefindResultData, excerpt: () => Promise<PagefindResultData>): { item: HTMLLIElement; filled: Promise<void> } {
	const li = document.createElement('li');
	li.className = 'card result';
	const [badge, title] = kindAndLink(data);
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
	const text = document.createElement('p');
	li.append(text);
	const fill = (full: PagefindResultData) => {
		// Pagefind's excerpt is the page's text, HTML-escaped, with <mark> around matches.
		text.innerHTML = joinElisions(full.excerpt);
		dropLeadingTitle(text, data.meta.title ?? '');
	};
	if (data.excerpt) return { item: li, filled: Promise.resolve(fill(data)) };
	// Its lines kept while the fragment comes, so that the results below do not jump.
	text.className = 'result-pending';
	const filled = excerpt()
		.then(fill, () => text.remove())
		.finally(() => text.classList.remove('result-pending'));
	return { item: li, filled };
}

/**
 * Removes from the start of an excerpt the title shown just above it, or the end of it where Pagefind's
 * excerpt starts mid-title, and its parts (« PTCE — pôle… » → « PTCE », « pôle… »), with the punctuation after
 * them: « marché réservé. Marché public… » → « Marché public… ».
 */
function dropLeadingTitle(excerpt: HTMLElement, title: string) {
	// Compared folded, every space as a plain one (typography puts narrow ones before « : »), lengths unchanged.
	const plain = (text: string) => fold(text).replace(/\s/g, ' ');
	const parts = [title, ...title.split(' — ')].map((p) => plain(joinElisions(p)).trim()).filter(Boolean);
	// Each part, and its ends of two words or more, cut after a space or an elision (« de PTCE » for an excerpt starting there).
	const tails = parts.flatMap((p) => [p, ...[...p.matchAll(/[ ’]/g)].map((m) => p.slice(m.index + 1)).filter((t) => t.includes(' '))]);
	tails.sort((a, b) => b.length - a.length);
	for (;;) {
		const text = plain(excerpt.textContent ?? '');
		const part = tails.find((p) => text.startsWith(p) && !/[\p{L}\d]/u.test(text.charAt(p.length)));
		if (!part) return;
		let cut = part.length + (text.slice(part.length).match(/^[\s.,;:!?—–-]*/)?.[0].length ?? 0);
		if (cut >= text.length) return;
		const walker = document.createTreeWalker(excerpt, NodeFilter.SHOW_TEXT);
		for (let node = walker.nextNode(); node && cut > 0; node = walker.nextNode()) {
			const n = Math.min(cut, node.textContent!.length);
			node.textContent = node.textContent!.slice(n);
			cut -= n;
		}
		for (const mark of excerpt.querySelectorAll('mark')) if (!mark.textContent) mark.remove();
	}
}

/** The compact « Chiffres et définitions » group under the results: kind and title, one line each. */
function renderAside(entries: PagefindResultData[], append: boolean) {
	if (!append) asideList.replaceChildren();
	for (const data of entries) {
		const li = document.createElement('li');
		const [badge, link] = kindAndLink(data);
		li.append(badge, ' ', link);
		asideList.append(li);
	}
	asideBox.hidden = asideList.children.length === 0;
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
/** Whether a search has run since Pagefind was ready. */
let hasSearched = false;
let timer: number | undefined;
let pending: Shown[] = [];
/** The query the shown results answer (corrected): what later pages of results are sorted against. */
let shownQuery = '';
/** The entry a reader's word of the query stands for: first in the list, never in the group. */
let pinnedUrl: string | undefined;
/** Addresses of the results in the list. */
let shownUrls = new Set<string>();
/** Settles when the excerpts of the results shown so far are in. */
let excerptsFilled: Promise<unknown> = Promise.resolve();

/**
 * Shows the next page of results at once from their cards, excerpts following (the list is `aria-busy` until they
 * are in). Without the cards file, the first few as soon as their fragments arrive, the rest after.
 */
async function showMore(run: number) {
	const batch = pending.splice(0, PAGE_SIZE);
	const filled: Promise<void>[] = [];
	for (const slice of [batch.slice(0, 3), batch.slice(3)]) {
		// Offline, a large catalogue's excerpts may not be saved on this device (src/offline/write-worker.ts).
		const items = await Promise.all(slice.map(async (shown) => ({ shown, data: await shown.card().catch(() => undefined) })));
		if (run !== runId) return;
		const apart = items.filter(({ data }) => data && data.url !== pinnedUrl && aside(data, shownQuery));
		// The entry a reader's word stands for is shown first: not again where Pagefind finds it.
		const fresh = items.filter((e) => !e.data || (!apart.includes(e) && !shownUrls.has(e.data.url)));
		for (const { data } of fresh) if (data) shownUrls.add(data.url);
		for (const { shown, data } of fresh) {
			if (!data) {
				list.append(unsavedItem());
				continue;
			}
			const { item, filled: done } = resultItem(data, () => shown.data());
			list.append(item);
			filled.push(done);
		}
		if (apart.length) renderAside(apart.map(({ data }) => data!), true);
	}
	more.hidden = pending.length === 0;
	list.setAttribute('aria-busy', 'true');
	const all = Promise.all([excerptsFilled, ...filled]);
	excerptsFilled = all;
	// Whatever run is current: a later one that shows nothing leaves no busy list behind.
	void all.then(() => excerptsFilled === all && list.removeAttribute('aria-busy'));
}

/** An empty list with a hint instead of a search. */
function showNoResults(hint: string) {
	list.replaceChildren();
	renderAside([], false);
	more.hidden = true;
	empty.hidden = true;
	statusLine.textContent = hint;
}

async function run(pushHistory: boolean) {
	const id = ++runId;
	const q = input.value.trim();
	const filters = selectedFilters();
	writeUrl(q, filters, !pushHistory);
	if (!pagefind) return;
	hasSearched = true;
	const hasFilters = Object.keys(filters).length > 0;
	if (!q && !hasFilters) {
		showNoResults('Tapez un mot, un sigle, un lieu ou un dispositif.');
		renderFacets(await pagefind.filters(), filters);
		return;
	}
	// One letter says nothing yet (and would mislead Pagefind: `withoutSingleLetters`).
	if (q && !withoutSingleLetters(q)) return showNoResults('Tapez au moins deux lettres.');
	const place = q ? await findPlace(q, places) : undefined;
	if (id !== runId) return;
	placeLine.hidden = true;
	let synonym = q && !place ? findSynonym(q, synonyms) : undefined;
	// A reader's word is understood as it is: not « corrected » into a word of the catalogue (but a misspelt one is).
	const corrected = q && !place && !synonym ? await correctQuery(q) : q;
	if (id !== runId) return;
	if (corrected !== q) synonym = findSynonym(corrected, synonyms);
	const search = place
		? await searchPlace(pagefind, place, filters)
		: synonym
			? await searchSynonym(pagefind, corrected, synonym, filters)
			: q
			? await searchQuestion(pagefind, corrected, filters)
			: await pagefind.search(null, { filters, sort: { annee: 'desc' } });
	if (id !== runId) return;
	// A reader who filters on a kind wants its entries in the list.
	shownQuery = filters.type ? '' : corrected;
	const arranged = q ? await arrange(search.results, corrected, shownQuery) : { list: search.results.map(shownHit), aside: [] };
	if (id !== runId) return;
	list.replaceChildren();
	list.dataset.query = q;
	pinnedUrl = synonym?.url;
	renderAside(arranged.aside.filter((d) => d.url !== pinnedUrl), false);
	shownUrls = new Set();
	pending = synonym ? [synonymResult(synonym), ...arranged.list] : arranged.list;
	await showMore(id);
	if (id !== runId) return;
	const n = Math.max(search.results.length, synonym ? 1 : 0);
	const searched = synonym ? `« ${corrected} » et « ${synonym.words} »` : `« ${corrected} »`;
	const said = !q ? '' : corrected !== q ? ` pour ${searched} (vous avez tapé « ${q} »)` : ` pour ${searched}`;
	statusLine.textContent = n === 0 ? `Aucun résultat${said}.` : `${n} résultat${n > 1 ? 's' : ''}${said}.`;
	empty.hidden = n !== 0;
	if (n === 0 && q) void showSuggestion(corrected, id);
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
	void loadCards(base);
	const state = readUrl();
	input.value = state.q;
	openingFilters = state.filters;
	renderFacets({}, state.filters);
	try {
		const pf = (await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`)) as Pagefind;
		// Short pages (figures, terms) would otherwise outrank the fuller pages that explain a subject; and a
		// place searched for (« Creuse ») weighs more in an initiative's `lieu` than in a figure's title.
		await pf.options({ baseUrl: base, metaCacheTag, excerptLength: 24, ranking: { pageLength: 0.3, metaWeights: { title: 5, lieu: 10 } } });
		await pf.init();
		// Its index metadata and filters load while the reader is still typing, not after the last key.
		void pf.filters();
		pagefind = pf;
	} catch {
		statusLine.textContent =
			location.protocol === 'file:'
				? 'La recherche a besoin que le site soit servi par un serveur web : elle ne fonctionne pas en ouvrant les fichiers directement.'
				: 'La recherche n’a pas pu démarrer. Rechargez la page, ou parcourez les listes ci-dessous.';
		empty.hidden = false;
		return;
	}
	// A query typed once Pagefind was ready has run already (or is running): not run twice.
	if (!hasSearched) await run(false);
	root.dataset.ready = 'true';
}

input.addEventListener('input', () => {
	const q = input.value.trim();
	if (pagefind && withoutSingleLetters(q)) void pagefind.preload(withoutSingleLetters(q));
	if (q) prefetchPlace(q, places);
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
	openingFilters = state.filters;
	for (const box of facetsBox.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) {
		box.checked = state.filters[box.name]?.includes(box.value) ?? false;
	}
	void run(false);
});
void start();
