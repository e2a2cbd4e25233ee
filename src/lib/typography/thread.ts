/**
 * The typography stage's thread (src/lib/typography/edits-thread.ts starts it): reads [id, html] and
 * answers [id, htmlEdits(html)]. Run by Node as it is (type stripping), not bundled.
 */
import { parentPort } from 'node:worker_threads';
import { htmlEdits } from './html.ts';

parentPort!.on('message', ([id, html]: [number, string]) => parentPort!.postMessage([id, htmlEdits(html)]));
