/**
 * Pagefind, driven from a thread of its own (src/integrations/search-index-thread.ts): the main thread only
 * posts each page. Preparing and sending a page to Pagefind's process cost the main thread, which renders,
 * about 0.5 ms a page (issue 20).
 */
import { BuildThread } from '../lib/build-thread.ts';

type Request = [op: 'add', file: string, html: string] | [op: 'write', outputPath: string] | [op: 'close'];
/** Pagefind's errors, and for a page whether it was indexed. */
type Reply = [errors: string[], added?: boolean];

export class PagefindThread {
	readonly #thread = new BuildThread<Request, Reply>(new URL('./search-index-thread.ts', import.meta.url));

	/** Adds a page (its path under `dist/` and its HTML); whether Pagefind indexed it, and its errors. */
	async add(file: string, html: string): Promise<{ added: boolean; errors: string[] }> {
		const [errors, added] = await this.#ask('add', file, html);
		return { added: Boolean(added), errors };
	}

	/** Writes the index to `outputPath`; Pagefind's errors. */
	async write(outputPath: string): Promise<string[]> {
		return (await this.#ask('write', outputPath))[0];
	}

	/** Stops Pagefind and the thread (none is started for this). */
	async close(): Promise<void> {
		if (!this.#thread.running) return;
		await this.#ask('close');
		await this.#thread.close();
	}

	async #ask(...request: Request): Promise<Reply> {
		try {
			return await this.#thread.ask(...request);
		} catch (error) {
			throw new Error(`Index de recherche : ${error instanceof Error ? error.message : String(error)}`);
		}
	}
}
