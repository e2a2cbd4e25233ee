/**
 * Offline packs: what « Enregistrer les pages utiles pour une commune » saves. A profile's pack is
 * its pages under `pour/<profil>/` (themes and dossier included) and every page they link to, read
 * from the built HTML: the levers, examples, funding schemes, fiches and resources that profile is
 * shown, one tap away, and nothing the reader would not reach from there.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROFILES } from '../lib/profiles.ts';
import { fileForUrl, type PrecacheEntry, sizeOf } from './precache.ts';

/** A pack as the worker knows it before anything is downloaded: what the button says. */
export interface PackInfo {
	id: string;
	/** « une commune »: who the pages are useful for, after « pour ». */
	audience: string;
	files: number;
	bytes: number;
	/** What saving it transfers, compressed as a CDN sends it. */
	gzip: number;
}

/** A pack in the pages' list: its entries, as positions in that list. */
export interface PackList {
	id: string;
	entries: number[];
}

const HREF = /\bhref="([^"]+)"/g;

/** Site paths (under `base`, without query or fragment) of the links of one built page. */
function linksOf(dist: string, file: string, base: string): string[] {
	const html = readFileSync(join(dist, file), 'utf8');
	return [...html.matchAll(HREF)].flatMap(([, href]) => {
		const path = href!.replace(/&amp;/g, '&').split(/[?#]/)[0]!;
		return path.startsWith(base) ? [path] : [];
	});
}

/** Every profile's pack, over the pages' list of the build (`pages`, as written beside the worker). */
export function offlinePacks(dist: string, base: string, pages: PrecacheEntry[]): { info: PackInfo[]; lists: PackList[] } {
	const position = new Map(pages.map((e, i) => [e.url, i]));
	const info: PackInfo[] = [];
	const lists: PackList[] = [];
	for (const profile of PROFILES) {
		const root = `${base}pour/${profile.slug}/`;
		const own = pages.filter((e) => e.url.startsWith(root) && e.url.endsWith('/'));
		const linked = own.flatMap((e) => linksOf(dist, fileForUrl(e.url, base), base));
		const entries = [...new Set([...own.map((e) => e.url), ...linked])].flatMap((url) => position.get(url) ?? []).sort((a, b) => a - b);
		if (entries.length === 0) continue;
		lists.push({ id: profile.slug, entries });
		info.push({ id: profile.slug, audience: profile.short, ...sizeOf(entries.map((i) => pages[i]!)) });
	}
	return { info, lists };
}
