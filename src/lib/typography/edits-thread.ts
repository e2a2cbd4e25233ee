/**
 * `htmlEdits` in a thread of its own, for the pages Astro renders: the main thread renders the next pages
 * while the other core, mostly idle during rendering, typesets (about 1.7 ms a page, the largest part of our
 * own rendering cost: issue 20). Should the thread not start or fail, pages are typeset on the main thread:
 * the same edits, only slower.
 */
import { BuildThread } from '../build-thread.ts';
import { type Edit, htmlEdits } from './html.ts';

export class EditsThread {
	readonly #thread = new BuildThread<[html: string], Edit[]>(new URL('./thread.ts', import.meta.url));
	#failed = false;

	/** What typesetting `html` changes (see `htmlEdits`). */
	async edits(html: string): Promise<Edit[]> {
		if (!this.#failed) {
			try {
				return await this.#thread.ask(html);
			} catch {
				this.#failed = true;
			}
		}
		return htmlEdits(html);
	}

	/** Ends the thread (the next `edits` starts another). */
	close(): Promise<void> {
		return this.#thread.close();
	}
}
