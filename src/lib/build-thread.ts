/**
 * A worker thread of the build that answers requests: it receives [id, ...request] and posts [id, reply].
 * Started at the first request. Held (`ref`) only while an answer is awaited: the build may then wait on
 * nothing else, and Node would exit mid-build; let go otherwise, so that a failed build still ends. A thread
 * that fails rejects every request waiting for it; the next request starts another.
 */
import { type ResourceLimits, Worker } from 'node:worker_threads';
import { THREAD_LIMITS } from './thread-limits.ts';

/**
 * How much lower than the thread that starts it a build thread runs (Linux, where a thread is a task of its
 * own; elsewhere nothing changes), as does the Pagefind process the search index thread starts. Rendering
 * on the main thread is the build's critical path; the threads are there to use the other core, not to take
 * turns with the main thread on its own. Measured on 2 cores, cold builds, interleaved (issue 20): real
 * + 5 000 documents, median of 3, 97.0 s → 93.2 s (peak memory 2.0 → 2.2 GB); real + 1 000, median of 4,
 * 35.0 s → 32.2 s.
 */
const LOWER_BY = 10;
/** Run first in each thread: it lowers its own priority, never below the lowest (19). */
const LOWER_PRIORITY = `try {
	const { getPriority, setPriority } = require('node:os');
	const task = Number(require('node:fs').readlinkSync('/proc/thread-self').split('/').pop());
	setPriority(task, Math.min(19, getPriority(task) + ${LOWER_BY}));
} catch {}
`;

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
		// A module is imported by a small script, which lowers the priority first.
		const body = typeof this.#source === 'string' ? this.#source : `import(${JSON.stringify(this.#source.href)});`;
		const thread = new Worker(LOWER_PRIORITY + body, { eval: true, resourceLimits: this.#limits });
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
