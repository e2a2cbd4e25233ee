/**
 * Heap limits of the build's worker threads (src/lib/build-thread.ts: typography, gzip sizes, search index).
 * Each thread is a V8 heap of its own, whose young generation grows to 16 MB or more by default: with three
 * threads, the build's peak memory at real+1 000 was 1.7 GB against 1.4 GB without them; with 8 MB, 1.55 GB.
 * Their objects are short-lived pages, which a small young generation suits.
 */
export const THREAD_LIMITS = { maxYoungGenerationSizeMb: 8 };
