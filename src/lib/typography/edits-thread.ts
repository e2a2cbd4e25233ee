/**
 * `htmlEdits` in a thread of its own, for the pages Astro renders: the main thread renders the next pages
 * while the other core, mostly idle during rendering, typesets (about 1.7 ms a page, the largest part of our
 * own rendering cost: issue 20). Should the thread not start or fail, pages are typeset on the main thread:
 * the same edits, only slower.
 */
import { Worker } from 'node:worker_threads';
import { THREAD_LIMITS } from '../thread-limits.ts';
import { type Edit, htmlEdits } from './html.ts';

export class EditsThread {
	#thread: Worker | undefined;
	#failed = false;
	#next = 0;
	readonly #waiting = new Map<number, { html: string; resolve: (edits: Edit[]) => void }>();

	/** What typesetting `html` changes (see `htmlEdits`). */
	edits(html: string): Promise<Edit[]> {
		if (this.#failed) return Promise.resolve(htmlEdits(html));
		this.#thread ??= this.#start();
		const id = this.#next++;
		// Held while a page waits for it: the build waits on nothing else then, and Node would exit.
		if (this.#waiting.size === 0) this.#thread.ref();
		return new Promise((resolve) => {
			this.#waiting.set(id, { html, resolve });
			this.#thread!.postMessage([id, html]);
		});
	}

	/** Ends the thread (the next `edits` starts another). */
	async close(): Promise<void> {
		const thread = this.#thread;
		this.#thread = undefined;
		await thread?.terminate();
	}

	#start(): Worker {
		const thread = new Worker(new URL('./thread.ts', import.meta.url), { resourceLimits: THREAD_LIMITS });
		thread.on('message', ([id, edits]: [number, Edit[]]) => {
			this.#waiting.get(id)?.resolve(edits);
			this.#waiting.delete(id);
			if (this.#waiting.size === 0) thread.unref();
		});
		thread.on('error', () => {
			this.#failed = true;
			this.#thread = undefined;
			for (const { html, resolve } of this.#waiting.values()) resolve(htmlEdits(html));
			this.#waiting.clear();
		});
		// Never keeps the build's process alive when no page waits for it (a failed build must end).
		thread.unref();
		return thread;
	}
}
