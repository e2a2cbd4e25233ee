/**
 * A worker thread of the build that answers requests: it receives [id, ...request] and posts [id, reply].
 * Started at the first request. Held (`ref`) only while an answer is awaited: the build may then wait on
 * nothing else, and Node would exit mid-build; let go otherwise, so that a failed build still ends. A thread
 * that fails rejects every request waiting for it; the next request starts another.
 */
import { type ResourceLimits, Worker } from 'node:worker_threads';
import { THREAD_LIMITS } from './thread-limits.ts';

export class BuildThread<Request extends unknown[], Reply> {
	readonly #source: URL | string;
	readonly #limits: ResourceLimits;
	#thread: Worker | undefined;
	#next = 0;
	readonly #waiting = new Map<number, { resolve: (reply: Reply) => void; reject: (error: Error) => void }>();

	/** `source`: the thread's module (run by Node as it is), or its CommonJS source; `limits`: its heap's. */
	constructor(source: URL | string, limits: ResourceLimits = THREAD_LIMITS) {
		this.#source = source;
		this.#limits = limits;
	}

	ask(...request: Request): Promise<Reply> {
		const thread = (this.#thread ??= this.#start());
		const id = this.#next++;
		if (this.#waiting.size === 0) thread.ref();
		return new Promise((resolve, reject) => {
			this.#waiting.set(id, { resolve, reject });
			thread.postMessage([id, ...request]);
		});
	}

	/** Whether a thread is running: started by a request, and neither closed nor failed since. */
	get running(): boolean {
		return this.#thread !== undefined;
	}

	/** Ends the thread (the next request starts another). */
	async close(): Promise<void> {
		const thread = this.#thread;
		this.#thread = undefined;
		await thread?.terminate();
	}

	#start(): Worker {
		const thread = new Worker(this.#source, { eval: typeof this.#source === 'string', resourceLimits: this.#limits });
		const settle = (id: number, outcome: (waiter: { resolve: (reply: Reply) => void; reject: (error: Error) => void }) => void) => {
			const waiter = this.#waiting.get(id);
			this.#waiting.delete(id);
			if (waiter) outcome(waiter);
			if (this.#waiting.size === 0) thread.unref();
		};
		thread.on('message', ([id, reply]: [number, Reply]) => settle(id, ({ resolve }) => resolve(reply)));
		thread.on('error', (error) => {
			if (this.#thread === thread) this.#thread = undefined;
			for (const id of [...this.#waiting.keys()]) settle(id, ({ reject }) => reject(error));
		});
		thread.unref();
		return thread;
	}
}
