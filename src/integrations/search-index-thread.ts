/**
 * The search index's thread (started by `PagefindThread`, src/integrations/pagefind-thread.ts): owns the
 * Pagefind index, so that preparing each page (elisions split, the message to Pagefind's process encoded and
 * written) leaves the main thread, which renders. Reads [id, 'add', file, html], [id, 'write', outputPath]
 * and [id, 'close']; answers [id, [errors, added?]]. Run by Node as it is (type stripping), not bundled.
 */
import { parentPort } from 'node:worker_threads';
import * as pagefind from 'pagefind';
import { splitElisions } from '../lib/search-vocabulary.ts';

type Request = [id: number, op: 'add', file: string, html: string] | [id: number, op: 'write', outputPath: string] | [id: number, op: 'close'];

let index: Promise<pagefind.PagefindIndex> | undefined;
const started = () =>
	(index ??= pagefind.createIndex({ forceLanguage: 'fr' }).then(({ index: created, errors }) => {
		if (!created) throw new Error(`Pagefind n’a pas démarré : ${errors.join(' ; ')}`);
		return created;
	}));

async function answer([, op, ...args]: Request): Promise<[string[], boolean?]> {
	if (op === 'add') {
		const [file, html] = args as [string, string];
		const added = await (await started()).addHTMLFile({ sourcePath: file, content: splitElisions(html) });
		return [added.errors, Boolean(added.file)];
	}
	if (op === 'write') return [(await (await started()).writeFiles({ outputPath: args[0] as string })).errors];
	await pagefind.close();
	index = undefined;
	return [[]];
}

parentPort!.on('message', (request: Request) => {
	answer(request).then(
		(reply) => parentPort!.postMessage([request[0], reply]),
		(error: unknown) => parentPort!.postMessage([request[0], [[error instanceof Error ? error.message : String(error)]]]),
	);
});
