/**
 * Pagefind, driven from a thread of its own (src/integrations/search-index-thread.ts): the main thread only
 * posts each page. Preparing and sending a page to Pagefind's process cost the main thread, which renders,
 * about 0.5 ms a page (issue 20).
 */
import { Worker } from 'node:worker_threads';
import { THREAD_LIMITS } from '../lib/thread-limits.ts';

type Reply = [id: number, errors: string[], added?: boolean];

export class PagefindThread {
	#thread: Worker | undefined;
	#next = 0;
	readonly #waiting = new Map<number, { resolve: (reply: Reply) => void; reject: (error: Error) => void }>();

	/** Adds a page (its path under `dist/` and its HTML); whether Pagefind indexed it, and its errors. */
	async add(file: string, html: string): Promise<{ added: boolean; errors: string[] }> {
		const [, errors, added] = await this.#ask('add', file, html);
		return { added: Boolean(added), errors };
	}

	/** Writes the index to `outputPath`; Pagefind's errors. */
	async write(outputPath: string): Promise<string[]> {
		return (await this.#ask('write', outputPath))[1];
	}

	/** Stops Pagefind and the thread. */
	async close(): Promise<void> {
		if (!this.#thread) return;
		await this.#ask('close');
		const thread = this.#thread;
		this.#thread = undefined;
		await thread?.terminate();
	}

	#ask(...request: unknown[]): Promise<Reply> {
		const thread = (this.#thread ??= this.#start());
		const id = this.#next++;
		// Held while an answer is awaited: the build may wait on nothing else, and Node would exit.
		if (this.#waiting.size === 0) thread.ref();
		return new Promise((resolve, reject) => {
			this.#waiting.set(id, { resolve, reject });
			thread.postMessage([id, ...request]);
		});
	}

	#start(): Worker {
		const thread = new Worker(new URL('./search-index-thread.ts', import.meta.url), { resourceLimits: THREAD_LIMITS });
		const settle = (id: number, outcome: (waiter: { resolve: (reply: Reply) => void; reject: (error: Error) => void }) => void) => {
			const waiter = this.#waiting.get(id);
			this.#waiting.delete(id);
			if (waiter) outcome(waiter);
			if (this.#waiting.size === 0) thread.unref();
		};
		thread.on('message', (reply: Reply) => settle(reply[0], ({ resolve }) => resolve(reply)));
		thread.on('error', (error) => {
			this.#thread = undefined;
			for (const id of [...this.#waiting.keys()]) settle(id, ({ reject }) => reject(new Error(`Index de recherche : ${error.message}`)));
		});
		// Never keeps the build's process alive when nothing waits for it (a failed build must end).
		thread.unref();
		return thread;
	}
}
