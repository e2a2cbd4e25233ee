/**
 * One timed `astro build`: wall time, the part Pagefind took (reported by the search-index
 * integration through `SEARCH_INDEX_TIMINGS`), CPU time, and the peak memory of the whole
 * process tree (Node and the Pagefind binary it starts), sampled from /proc. CPU time barely
 * depends on what else the machine runs, so it is what the growth budget compares.
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { ROOT } from '../../tests/helpers/build.ts';

export interface BuildFigures {
	totalMs: number;
	/** User + system CPU time of the build and its child processes. */
	cpuMs: number;
	astroMs: number;
	pagefindMs: number;
	/** Highest sum of the resident memory of the build and its child processes. */
	peakRssBytes: number;
	pages: number;
	/** Pages Astro copied from the previous build instead of rendering them (its incremental build). */
	copied: number;
	/** Wall time of each phase (ms), read from when Astro's log lines arrive; see PHASES. */
	phases: Record<string, number>;
}

/**
 * Phases of a build, each ending at the first log line matching its pattern (in this order);
 * a phase whose line never shows is folded into the next one. Astro prints each line as the
 * step ends, so the arrival time of the line is the end of the phase.
 */
export const PHASES: [string, RegExp][] = [
	// Bodies without components are compiled here (src/lib/entry-loader.ts); Vite then bundles the code and the bodies with components.
	['démarrage, synchronisation du contenu et compilation des corps', /Synced content|content\].*(?:synced|Synced)/],
	// The check runs in a thread during the sync (src/lib/content-check/pending.ts): what is left of it once the sync is over.
	['vérification du contenu (attendue après la synchronisation)', /ess:content-integrity/],
	['regroupement par Vite', /built in|generating static routes/i],
	['rendu des pages (typographie et lecture par Pagefind comprises)', /Completed in|page\(s\) built|ess:typography|ess:search-index/],
	// Written as soon as the pages are, while Pagefind writes the index in its own process.
	['en-têtes, fichiers de citation, catalogue', /ess:data-catalogue/],
	['typographie des flux et fichiers écrits hors rendu', /ess:typography/],
	['index de recherche', /ess:search-index/],
	['manifeste hors ligne', /ess:offline/],
];

/** What follows the last phase: Astro's own end of build. */
export const END_PHASE = 'fin (sortie d’Astro)';

/**
 * Astro's « Waiting for integration "ess:search-index"… » names an integration while it is still at work:
 * not the end of its phase (taking it for one credited most of Pagefind's time to the security headers).
 */
const WAITING = /Waiting for integration/;

/** Phase durations from timestamped log lines: each phase runs from the previous one's end to its own line. */
export function phaseTimes(lines: { ms: number; text: string }[], totalMs: number): Record<string, number> {
	const phases: Record<string, number> = {};
	let from = 0;
	let cursor = 0;
	for (const [name, pattern] of PHASES) {
		const index = lines.findIndex((line, i) => i >= cursor && !WAITING.test(line.text) && pattern.test(line.text));
		if (index < 0) continue;
		phases[name] = lines[index]!.ms - from;
		from = lines[index]!.ms;
		cursor = index + 1;
	}
	phases[END_PHASE] = totalMs - from;
	return phases;
}

/**
 * Pages Astro copied from the previous build, from its log: it ends the line of such a page with « (cached) » or
 * « (restored) » (pages rendered at once may share a line, but a line ends only once).
 */
export const copiedPages = (lines: { text: string }[]) => lines.filter((line) => /\((?:cached|restored)\)\s*$/.test(line.text)).length;

const SAMPLE_MS = 200;
const PAGE_SIZE = 4096;

/** Resident memory of `root` and all its descendants, in bytes (0 once they are gone). */
function treeRss(root: number): number {
	const children = new Map<number, number[]>();
	for (const name of readdirSync('/proc')) {
		if (!/^\d+$/.test(name)) continue;
		try {
			// Field 4 of /proc/<pid>/stat, after the parenthesised command name, is the parent pid.
			const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
			const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
			children.set(ppid, [...(children.get(ppid) ?? []), Number(name)]);
		} catch {
			// The process ended while being read.
		}
	}
	let bytes = 0;
	const stack = [root];
	while (stack.length) {
		const pid = stack.pop()!;
		try {
			bytes += Number(readFileSync(`/proc/${pid}/statm`, 'utf8').split(' ')[1]) * PAGE_SIZE;
		} catch {
			continue;
		}
		stack.push(...(children.get(pid) ?? []));
	}
	return bytes;
}

/**
 * Caches a cold build starts without: Astro's (content layer store, and ours beside it: the content checker's,
 * the compiled MDX bodies, src/lib/build-cache.ts) and Vite's.
 */
const CACHES = ['node_modules/.astro', 'node_modules/.vite'];

/**
 * Builds the site from `contentDir` into `outDir` (both relative to the project), measuring it:
 * cold (caches and output removed first) unless `warm`, which keeps what the previous build left. Runs
 * `npm run build`, the command contributors and hosts run, with the settings package.json gives it.
 */
export async function timedBuild(contentDir: string, outDir: string, { warm = false } = {}): Promise<BuildFigures> {
	if (!warm) for (const dir of [...CACHES, outDir]) rmSync(join(ROOT, dir), { recursive: true, force: true });
	const timings = join(ROOT, `${outDir}.search-index.json`);
	rmSync(timings, { force: true });
	const started = performance.now();
	// Bash's `times` prints the CPU time of the processes it waited for (Node, and through it Pagefind).
	const script = '"$@"; status=$?; times >&2; exit $status';
	const child = spawn('bash', ['-c', script, 'astro-build', 'npm', 'run', '--silent', 'build'], {
		cwd: ROOT,
		// Served at the root by the search measurement, whatever BASE_PATH the shell has.
		env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', BASE_PATH: '/', CONTENT_DIR: contentDir, OUT_DIR: outDir, SEARCH_INDEX_TIMINGS: timings },
		stdio: ['ignore', 'pipe', 'pipe'],
	});
	let stderr = '';
	const lines: { ms: number; text: string }[] = [];
	let pending = '';
	child.stdout.on('data', (chunk: Buffer) => {
		const ms = performance.now() - started;
		const parts = (pending + chunk.toString('utf8')).split('\n');
		pending = parts.pop()!;
		// Colours (forced on by some terminals and CI) would hide the line endings the phases are read from.
		for (const text of parts) lines.push({ ms, text: stripVTControlCharacters(text) });
	});
	child.stderr.on('data', (chunk) => (stderr += chunk));
	let peakRssBytes = 0;
	const sampler = setInterval(() => (peakRssBytes = Math.max(peakRssBytes, treeRss(child.pid!))), SAMPLE_MS);
	const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
	clearInterval(sampler);
	const totalMs = performance.now() - started;
	if (code !== 0 || !existsSync(timings)) throw new Error(`astro build a échoué (${contentDir} → ${outDir}) :\n${lines.slice(-30).map((l) => l.text).join('\n')}\n${stderr}`);
	const { ms: pagefindMs, pages } = JSON.parse(readFileSync(timings, 'utf8')) as { ms: number; pages: number };
	// Last line of `times`: user and system time of the children, e.g. « 1m25.310s 0m6.020s ».
	const [user, system] = [...stderr.trim().split('\n').at(-1)!.matchAll(/(\d+)m([\d.]+)s/g)].map((m) => (Number(m[1]) * 60 + Number(m[2])) * 1000);
	if (user === undefined || system === undefined) throw new Error(`Temps CPU illisible dans la sortie de « times » :\n${stderr}`);
	const phases = phaseTimes(lines, totalMs);
	// Pagefind reports its own time: more precise than the gap between two log lines.
	if (phases['index de recherche'] !== undefined) phases['index de recherche'] = pagefindMs;
	const copied = copiedPages(lines);
	return { totalMs, cpuMs: user + system, astroMs: totalMs - pagefindMs, pagefindMs, peakRssBytes, pages, copied, phases };
}
