/**
 * Compiles the bodies of a content sync on both cores: a thread (compile-thread.ts) takes them by batches as
 * the loaders find them, while the main thread reads and validates the entries; once a loader has found all
 * of its entries, the main thread compiles too, one body at a time, until none is left (issue 20: the sync
 * of 5 000 bodies kept one core busy for 15 s while the other waited). Both compile with the same processor
 * and settings, so a body comes out the same whichever compiled it. Should the thread fail, the main thread
 * compiles everything, as before. One thread serves all the collections synced at once, and ends with them.
 */
import { BuildThread } from '../build-thread.ts';
import { compileBody, type MdxRenderer, type RendererSettings } from './body-compile.ts';
import type { StaticBody } from './static-body.ts';

type Compiled = StaticBody | undefined;
type Thread = BuildThread<[settings: RendererSettings, bodies: [body: string, file: string][]], Compiled[]>;

/** Bodies the thread takes at once: one message, one wake-up, for several bodies (each 1 to 2 ms). */
const BATCH = 8;
/** Batches on their way to the thread at once: it starts the next while the answer to the last one travels. */
const FEEDERS = 2;
/** How often an idle feeder looks for a full batch while the loaders are still finding bodies. */
const POLL_MS = 2;

let shared: { thread: Thread; users: number } | undefined;

/** The thread, started by the first queue of a sync (V8's own heap limits: it holds the processor and bodies). */
function acquire(): Thread {
	shared ??= { thread: new BuildThread(new URL('./compile-thread.ts', import.meta.url), {}), users: 0 };
	shared.users++;
	return shared.thread;
}

function release(): Promise<void> {
	if (!shared || --shared.users > 0) return Promise.resolve();
	const { thread } = shared;
	shared = undefined;
	return thread.close();
}

interface Waiting {
	body: string;
	file: string;
	resolve: (compiled: Compiled) => void;
}

export class BodyQueue {
	readonly #renderer: MdxRenderer;
	readonly #settings: RendererSettings;
	readonly #waiting: Waiting[] = [];
	#thread: Thread | undefined;
	#feeders: Promise<void>[] = [];
	#found = false;
	#byThread = 0;

	/** `renderer`: the main thread's; `settings`: what the thread makes its own from. */
	constructor(renderer: MdxRenderer, settings: RendererSettings) {
		this.#renderer = renderer;
		this.#settings = settings;
	}

	/** The body (text, and file path for messages) as HTML, or `undefined` when it stays a module. */
	compile(body: string, file: string): Promise<Compiled> {
		if (!this.#thread) {
			this.#thread = acquire();
			this.#feeders = Array.from({ length: FEEDERS }, () => this.#feed(this.#thread!));
		}
		return new Promise((resolve) => this.#waiting.push({ body, file, resolve }));
	}

	/** How many bodies the thread compiled (the others, the main thread). */
	get compiledByThread(): number {
		return this.#byThread;
	}

	/** No more bodies come: the main thread compiles alongside the thread until every body is done. */
	async finish(): Promise<void> {
		this.#found = true;
		if (!this.#thread) return;
		await Promise.all([this.#compileHere(), ...this.#feeders]);
		// Bodies a failed thread gave back.
		await this.#compileHere();
		await release();
	}

	async #compileHere(): Promise<void> {
		for (let next = this.#waiting.shift(); next; next = this.#waiting.shift()) {
			next.resolve(await compileBody(this.#renderer, next.body, next.file));
			// Lets the thread's answers in, so that it is given its next batch without waiting for the main thread.
			await new Promise((resolve) => setImmediate(resolve));
		}
	}

	async #feed(thread: Thread): Promise<void> {
		while (!this.#found || this.#waiting.length > 0) {
			if (this.#waiting.length < BATCH && !this.#found) {
				await new Promise((resolve) => setTimeout(resolve, POLL_MS));
				continue;
			}
			const batch = this.#waiting.splice(0, BATCH);
			try {
				const compiled = await thread.ask(this.#settings, batch.map(({ body, file }) => [body, file]));
				batch.forEach((waiting, i) => waiting.resolve(compiled[i]));
				this.#byThread += batch.length;
			} catch {
				// The main thread compiles them, and the rest.
				this.#waiting.unshift(...batch);
				return;
			}
		}
	}
}
