/** Messages from the service worker (src/offline/service-worker.ts) to the pages (src/scripts/offline-status.ts). */
export type WorkerMessage =
	| { type: 'PRECACHE_PROGRESS'; done: number; total: number }
	| { type: 'PRECACHE_FAILED'; reason: 'quota' | 'interrupted' }
	| { type: 'STATUS'; buildId: string; bytes: number; files: number };
