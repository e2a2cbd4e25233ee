/**
 * Built pages handed from the typography stage to the search index as each is typeset: Pagefind indexes a
 * page, in its own process and on another core, while the next ones are typeset, and no page is read from
 * disk twice. The stage that takes pages registers before the build ends (`takeBuiltPages`); the typography
 * stage awaits `handOver` for each page, which waits while too many are on their way.
 */
type Taker = (file: string, html: string) => Promise<void>;

/**
 * Pages on their way at once: enough to keep Pagefind busy (one at a time, each waiting for its round trip,
 * 1 700 pages took 4.6 s to add against 2.6 s), few enough to hold little memory.
 */
const IN_FLIGHT = 16;

let taker: Taker | undefined;
let takersOrder: ((files: string[]) => string[]) | undefined;
const inFlight = new Set<Promise<void>>();
let failure: unknown;

/**
 * Registers what takes each built page (a single taker: the latest registered), and the order it would
 * rather have pages in when several are handed over at once (`order`).
 */
export function takeBuiltPages(take: Taker | undefined, order?: (files: string[]) => string[]): void {
	taker = take;
	takersOrder = order;
	failure = undefined;
}

/** `files` in the order the taker would rather have them (as given when it said none). */
export function inTakersOrder(files: string[]): string[] {
	return takersOrder ? takersOrder(files) : files;
}

/** Sees each page as soon as it is typeset, without holding it up. */
type Watcher = (file: string, html: string) => void;
const watchers = new Set<Watcher>();

/**
 * Registers what else looks at each page as it is typeset, before its turn to reach the search index (the
 * offline list sizes it: src/offline/precache.ts). Returns what ends the watch.
 */
export function watchBuiltPages(watch: Watcher): () => void {
	watchers.add(watch);
	return () => watchers.delete(watch);
}

/** Shows a page just typeset (its path under `dist/` and its HTML) to the watchers. */
export function pageTypeset(file: string, html: string): void {
	for (const watch of watchers) watch(file, html);
}

/** Hands a typeset page (its path under `dist/` and its HTML) to the taker, if any. */
export async function handOver(file: string, html: string): Promise<void> {
	if (!taker) return;
	while (inFlight.size >= IN_FLIGHT) await Promise.race(inFlight);
	const taking: Promise<void> = taker(file, html)
		.catch((error: unknown) => {
			failure ??= error;
		})
		.finally(() => inFlight.delete(taking));
	inFlight.add(taking);
}

/** Waits until every page handed over is taken; throws the first failure of the taker. */
export async function handedOver(): Promise<void> {
	await Promise.all(inFlight);
	if (failure) throw failure;
}

/**
 * What is done to each page as Astro renders it (src/middleware.ts). The middleware opens the stage
 * when a page starts rendering, in the order Astro starts them, and gives the page's address and HTML
 * once rendered (none for a file that is not a page); it gets the final HTML back. Pages may finish in
 * another order when several render at once: the stage hands them on in the order they started, so
 * the search index is the same from one build to the next. Kept on `globalThis`: the middleware runs
 * in Astro's bundle of the site, where this module is another copy than the integrations' one. None
 * outside `astro build`.
 */
export type PageStage = () => (pathname: string, html: string | undefined) => Promise<string | undefined>;
const PAGE_STAGE = Symbol.for('ess:page-stage');

export function setPageStage(stage: PageStage | undefined): void {
	(globalThis as { [PAGE_STAGE]?: PageStage })[PAGE_STAGE] = stage;
}

export function pageStage(): PageStage | undefined {
	return (globalThis as { [PAGE_STAGE]?: PageStage })[PAGE_STAGE];
}

/**
 * Passes items on in the order they were announced (`announce()` gives each its turn), whatever the
 * order they arrive in; `arrive` resolves once the item and all before it have been passed on.
 */
export function inTurn<T>(pass: (item: T) => Promise<void>) {
	let announced = 0;
	let next = 0;
	const arrived = new Map<number, T | undefined>();
	let passed: Promise<void> = Promise.resolve();
	return {
		announce: () => announced++,
		arrive(turn: number, item: T | undefined): Promise<void> {
			arrived.set(turn, item);
			while (arrived.has(next)) {
				const ready = arrived.get(next);
				arrived.delete(next);
				next++;
				if (ready !== undefined) passed = passed.then(() => pass(ready));
			}
			return passed;
		},
	};
}

/**
 * The order pages reach the search index, the same from one build to the next: Pagefind numbers pages in
 * the order they are added, and a different index would make readers' service workers download a « new
 * version » of the same site. It is the previous build's order (`previous`, pages under `dist/`), then the
 * pages that build did not have, in the order they came. A build that renders every page renders them
 * in that order, so they pass on as they come (the index is made while the next pages render); a page
 * Astro copied from the previous build (its incremental build) comes only once all are generated, and the
 * pages after it wait until then (`rest`). Without a previous order, pages pass on as they come.
 */
export class PageOrder<T> {
	readonly #previous: string[];
	/** Each page's place in `#previous`. */
	readonly #position: Map<string, number>;
	#next = 0;
	readonly #held = new Map<string, T>();
	#added: [string, T][] = [];
	/** Every page passed on, in order: the next build's `previous`. */
	readonly passed: string[] = [];

	constructor(previous: string[] = []) {
		this.#previous = previous;
		this.#position = new Map(previous.map((file, i) => [file, i]));
	}

	/** Takes a page; returns the pages that can pass on now, in order. */
	take(file: string, item: T): [string, T][] {
		if (this.#previous.length === 0) return this.#pass([[file, item]]);
		if (!this.#position.has(file)) {
			this.#added.push([file, item]);
			return [];
		}
		this.#held.set(file, item);
		const ready: [string, T][] = [];
		while (this.#next < this.#previous.length && this.#held.has(this.#previous[this.#next]!)) {
			const next = this.#previous[this.#next++]!;
			ready.push([next, this.#held.get(next)!]);
			this.#held.delete(next);
		}
		return this.#pass(ready);
	}

	/** `files` in this order: the previous build's pages first, in its order, then the others by name. */
	arrange(files: string[]): string[] {
		const rank = (file: string) => this.#position.get(file) ?? Infinity;
		return [...files].sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0));
	}

	/** Every page taken and not passed on yet, in order (a page of the previous build that never came is skipped). */
	rest(): [string, T][] {
		const ready: [string, T][] = [];
		for (; this.#next < this.#previous.length; this.#next++) {
			const next = this.#previous[this.#next]!;
			if (this.#held.has(next)) ready.push([next, this.#held.get(next)!]);
		}
		this.#held.clear();
		ready.push(...this.#added);
		this.#added = [];
		return this.#pass(ready);
	}

	#pass(ready: [string, T][]): [string, T][] {
		for (const [file] of ready) this.passed.push(file);
		return ready;
	}
}
