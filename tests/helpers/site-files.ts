import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';

/** Every HTML file of a built site, as `/`-separated paths relative to its folder. */
export function htmlFiles(dir: string): string[] {
	return (readdirSync(dir, { recursive: true }) as string[])
		.filter((f) => f.endsWith('.html'))
		.map((f) => f.split('\\').join('/'))
		.sort();
}

export interface BrokenLink {
	page: string;
	target: string;
	reason: string;
}

/**
 * Checks every `href` and `src` of every page of a built site served under `base`:
 * internal targets must be files of the build, and `#fragments` ids of the target page.
 */
export function checkLinks(dir: string, base: string): { checked: number; broken: BrokenLink[] } {
	const ids = new Map<string, Set<string>>();
	const idsOf = (file: string) => {
		let set = ids.get(file);
		if (!set) {
			const root = parse(readFileSync(join(dir, file), 'utf8'));
			set = new Set(root.querySelectorAll('[id]').map((el) => el.getAttribute('id')!));
			for (const a of root.querySelectorAll('a[name]')) set.add(a.getAttribute('name')!);
			ids.set(file, set);
		}
		return set;
	};
	const resolveFile = (pathname: string): string | undefined => {
		if (!pathname.startsWith(base)) return undefined;
		const rel = decodeURIComponent(pathname.slice(base.length));
		const candidates = rel === '' || rel.endsWith('/') ? [`${rel}index.html`] : [rel, `${rel}/index.html`];
		return candidates.find((c) => existsSync(join(dir, c)) && statSync(join(dir, c)).isFile());
	};
	const broken: BrokenLink[] = [];
	let checked = 0;
	for (const page of htmlFiles(dir)) {
		const root = parse(readFileSync(join(dir, page), 'utf8'));
		const pageUrl = new URL(`http://site.test${base}${page.replace(/index\.html$/, '')}`);
		for (const el of root.querySelectorAll('[href], [src]')) {
			const raw = el.getAttribute('href') ?? el.getAttribute('src')!;
			if (/^(mailto|tel|javascript|data):/i.test(raw)) continue;
			const url = new URL(raw, pageUrl);
			if (url.origin !== pageUrl.origin) continue;
			checked++;
			const file = resolveFile(url.pathname);
			if (!file) {
				broken.push({ page, target: raw, reason: 'aucun fichier' });
				continue;
			}
			const fragment = decodeURIComponent(url.hash.slice(1));
			if (fragment && file.endsWith('.html') && !idsOf(file).has(fragment)) {
				broken.push({ page, target: raw, reason: `ancre #${fragment} absente` });
			}
		}
	}
	return { checked, broken };
}
