/**
 * The body compiler's thread (src/lib/markdown/body-queue.ts starts it): builds the site's processor as
 * astro.config.mjs does (`siteBodyProcessor`), reads [id, settings, bodies] and answers [id, compiled], one
 * `compileBody` result per [body, file] given. Run by Node as it is (type stripping), not bundled.
 */
import { parentPort } from 'node:worker_threads';
import { compileBody, type MdxRenderer, type RendererSettings, rendererFrom } from './body-compile.ts';
import { siteBodyProcessor } from './processor.ts';

const processor = siteBodyProcessor();
let renderer: Promise<MdxRenderer | undefined> | undefined;

parentPort!.on('message', async ([id, settings, bodies]: [number, RendererSettings, [body: string, file: string][]]) => {
	const ready = await (renderer ??= rendererFrom(processor, settings));
	if (!ready) throw new Error('Le processeur Markdown du site ne compile pas le MDX');
	const compiled = [];
	for (const [body, file] of bodies) compiled.push(await compileBody(ready, body, file));
	parentPort!.postMessage([id, compiled]);
});
