/**
 * The content check's thread (src/lib/content-check/pending.ts starts it): reads [id, contentRoot, projectRoot]
 * and answers [id, problems], from the cache when nothing changed (`cachedCheck`). Run by Node as it is (type
 * stripping), not bundled. A check that throws fails the thread, which rejects the request.
 */
import { parentPort } from 'node:worker_threads';
import { cachedCheck } from './cache.ts';

parentPort!.on('message', ([id, contentRoot, projectRoot]: [number, string, string]) => parentPort!.postMessage([id, cachedCheck(contentRoot, projectRoot).problems]));
