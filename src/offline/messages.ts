import type { PackInfo } from './packs.ts';

/** Messages from the service worker (src/offline/service-worker.ts) to the pages (src/scripts/offline-status.ts). */
export type WorkerMessage =
	| { type: 'PRECACHE_PROGRESS'; done: number; total: number }
	| { type: 'PRECACHE_FAILED'; reason: 'quota' | 'interrupted' }
	/** Saving the whole site: compressed bytes fetched so far, of `total`. */
	| { type: 'SAVE_PROGRESS'; done: number; total: number }
	| { type: 'SAVE_FAILED'; reason: 'quota' | 'interrupted' }
	| { type: 'SAVE_DONE' }
	| { type: 'SAVE_CANCELLED' }
	| { type: 'SAVE_DELETED' }
	| {
			type: 'STATUS';
			buildId: string;
			/** Bytes stored by the shell and search index (saved on install). */
			bytes: number;
			files: number;
			/** Pages saved: in any version, in this one; whether the whole site was chosen (and is current); the whole site's size. */
			pages: { saved: number; current: number; all: boolean; allCurrent: boolean; total: number; gzip: number; bytes: number };
			/** Each profile's pack (src/offline/packs.ts): its size, whether the reader chose it, and whether it is saved in this version. */
			packs: (PackInfo & { chosen: boolean; current: boolean })[];
			saving: boolean;
	  };

/** A saved page, as the offline page lists it. */
export interface SavedPageInfo {
	url: string;
	title: string;
}
