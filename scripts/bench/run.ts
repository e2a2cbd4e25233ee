/**
 * `npm run bench [-- <sizes…>] [--seed 1] [--no-real] [--no-search] [--corpus synthetic|realsize] [--peer]`:
 * builds the site from the real content and from synthetic catalogues of each size (default 1000 and 5000 entries);
 * with `--corpus realsize`, from the real content plus N documents of real length (scripts/bench/realsize.ts),
 * and with `--peer` also Starlight on the same N documents, interleaved, to print R (see peer.ts).
 * then prints, as a table and as JSON (also written to `.bench/results.json`): build time
 * (Astro and Pagefind), peak memory, `dist/` size, Pagefind index size, the median entry
 * page's first-load weight, time to the first search result, the precache size, and how each
 * figure grows between the smallest and the largest synthetic size. Exits 1 when a budget
 * is broken.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, release, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { ROOT } from '../../tests/helpers/build.ts';
import { htmlFiles } from '../../tests/helpers/site-files.ts';
import { type BuildFigures, END_PHASE, PHASES, timedBuild } from './build.ts';
import { generateContent } from './generate.ts';
import { folderSize, type PageWeight, quantile, type ScriptReport, SiteFiles } from './measure.ts';
import type { OfflineFigures } from './precache.ts';
import { measureSearch, type SearchFigures } from './search.ts';
import { printedPages } from './print.ts';
import { MAX_DOSSIER_THEMES } from '../../src/lib/dossier-url.ts';
import { writeRealSizeCorpus } from './realsize.ts';
import { type PeerBuild, starlightBuild } from './peer.ts';

/** Entry page first load, HTML + CSS + JS, gzip, search index excluded. */
const ENTRY_PAGE_BUDGET_GZIP = 20_000;
/** Offline mode, first visit, automatic download (gzip): at the real content, and at 5 000 entries. */
const FIRST_VISIT_BUDGET = { real: 1.5 * 1024 * 1024, at5000: 5 * 1024 * 1024 };
const WORKER_BUDGET_GZIP = 30 * 1024;
/** Any page, HTML gzip, at 5 000 entries: listings are split rather than grow with the catalogue. */
const PAGE_BUDGET_GZIP = 40 * 1024;
/** Heaviest profile or dossier page (`/pour/…`), HTML + CSS + JS gzip. */
const PROFILE_PAGE_BUDGET_GZIP = 40 * 1024;

interface Dataset {
	label: string;
	contentDir: string;
	/** Synthetic size, or undefined for the real content. */
	synthetic?: number;
	/** Number of real-size documents added to the real content (`--corpus realsize`). */
	realSize?: number;
}

interface Figures {
	label: string;
	entries: number;
	pages: number;
	build: BuildFigures;
	/** A second build of the same content with one entry's body changed (generated catalogues only). */
	rebuild?: BuildFigures;
	/** A third one, with one entry's front matter changed: every page shows the catalogue's front matter. */
	frontMatterRebuild?: BuildFigures;
	dist: { files: number; bytes: number };
	pagefindIndex: { files: number; bytes: number };
	medianEntryPage: PageWeight;
	heaviestEntryPageGzip: { page: string; gzip: number; p95: number };
	/** Heaviest page of the whole site (listings included), HTML + CSS + JS gzip. */
	heaviestPageGzip: { page: string; gzip: number };
	/** Heaviest profile or dossier page (`/pour/…`). */
	heaviestProfilePageGzip?: { page: string; gzip: number };
	/** Heaviest dossier a reader composes (`pour/<profil>/dossier/?theme=…`): its page, plus the HTML of the theme pages it gathers. */
	heaviestComposedDossierGzip?: { page: string; gzip: number };
	/** A4 pages of the printed fiche and dossier (real content). */
	printed?: Record<string, number | string>;
	scripts: ScriptReport;
	search?: SearchFigures['firstResultMs'];
	precache: OfflineFigures | string;
	/** Starlight building the same real-size documents, just before this build (`--peer`). */
	peer?: PeerBuild | string;
}

const { values, positionals } = parseArgs({
	allowPositionals: true,
	options: {
		seed: { type: 'string', default: '1' },
		'no-real': { type: 'boolean' },
		'no-search': { type: 'boolean' },
		corpus: { type: 'string', default: 'synthetic' },
		peer: { type: 'boolean' },
	},
});
if (!['synthetic', 'realsize'].includes(values.corpus!)) throw new Error('Corpus attendu : « --corpus synthetic » (défaut) ou « --corpus realsize ».');
const realSize = values.corpus === 'realsize';
const sizes = (positionals.length ? positionals : ['1000', '5000']).map(Number);
if (sizes.some((n) => !Number.isInteger(n) || n < 50)) throw new Error('Tailles attendues : des nombres d’entrées d’au moins 50, ex. « npm run bench -- 200 1000 ».');
const datasets: Dataset[] = [
	...(values['no-real'] ? [] : [{ label: 'réel', contentDir: 'src/content' }]),
	...sizes.map((n) =>
		realSize ? { label: `réel+${n}`, contentDir: `.bench/realsize-${n}`, realSize: n } : { label: String(n), contentDir: `.bench/content-${n}`, synthetic: n },
	),
];

/** The offline work's `precacheSize()` (scripts/bench/precache.ts), when that module and a service worker exist. */
async function precache(dist: string): Promise<Figures['precache']> {
	const module = './precache.ts';
	let precacheSize: (dist: string) => Promise<OfflineFigures>;
	try {
		({ precacheSize } = await import(module));
	} catch (error) {
		if ((error as { code?: string }).code === 'ERR_MODULE_NOT_FOUND') return 'n/a (service worker not built)';
		throw error;
	}
	try {
		return await precacheSize(dist);
	} catch (error) {
		return `n/a (${(error as Error).message})`;
	}
}

/**
 * The heaviest dossier a reader can compose (src/scripts/dossier.ts): the dossier page (HTML, CSS, JS),
 * then the HTML of the `MAX_DOSSIER_THEMES` heaviest theme pages of that profile, which it fetches.
 */
function heaviestComposedDossier(site: SiteFiles, pages: string[]): Figures['heaviestComposedDossierGzip'] {
	const dossiers = pages.filter((p) => /^pour\/[^/]+\/dossier\/index\.html$/.test(p));
	const composed = dossiers.map((page) => {
		const profile = page.split('/')[1]!;
		const themes = pages
			.filter((p) => p.startsWith(`pour/${profile}/`) && p.split('/').length === 4 && p !== page)
			.map((p) => site.weight(p).html.gzip)
			.sort((a, b) => b - a)
			.slice(0, MAX_DOSSIER_THEMES);
		return { page: `${page} + ${themes.length} thèmes`, gzip: site.weight(page).gzip + themes.reduce((a, b) => a + b, 0) };
	});
	return composed.sort((a, b) => b.gzip - a.gzip)[0];
}

/** Edits the first resource entry as a contributor would: a sentence added to its body, or its title changed. */
function touchOneEntry(contentDir: string, part: 'body' | 'front matter'): void {
	const dir = join(contentDir, 'resources');
	const file = join(dir, readdirSync(dir).filter((f) => f.endsWith('.mdx')).sort()[0]!);
	const text = readFileSync(file, 'utf8');
	writeFileSync(
		file,
		part === 'body' ? `${text.trimEnd()}\n\nUne phrase ajoutée pour mesurer une reconstruction.\n` : text.replace(/^title: (.*)$/m, 'title: $1 (revu)'),
	);
}

const progress = (message: string) => console.error(`[bench] ${message}`);

async function measure(dataset: Dataset): Promise<Figures> {
	if (dataset.synthetic) {
		generateContent({ entries: dataset.synthetic, outDir: join(ROOT, dataset.contentDir), seed: Number(values.seed) });
		progress(`${dataset.synthetic} entrées synthétiques écrites dans ${dataset.contentDir}`);
	}
	if (dataset.realSize) {
		writeRealSizeCorpus(dataset.realSize, join(ROOT, dataset.contentDir));
		progress(`contenu réel + ${dataset.realSize} documents de taille réelle écrits dans ${dataset.contentDir}`);
	}
	let peer: Figures['peer'];
	if (dataset.realSize && values.peer) {
		progress(`Starlight, ${dataset.realSize} documents (banc comparatif)…`);
		try {
			peer = starlightBuild(dataset.realSize);
		} catch (error) {
			peer = `n/a (${(error as Error).message.split('\n')[0]})`;
		}
	}
	const outDir = `.bench/dist-${dataset.synthetic ?? (dataset.realSize ? `reel-${dataset.realSize}` : 'reel')}`;
	progress(`construction (${dataset.label}) → ${outDir}…`);
	const build = await timedBuild(dataset.contentDir, outDir);
	let rebuild: BuildFigures | undefined;
	let frontMatterRebuild: BuildFigures | undefined;
	if (dataset.synthetic || dataset.realSize) {
		touchOneEntry(join(ROOT, dataset.contentDir), 'body');
		progress(`reconstruction (${dataset.label}) après la modification du corps d’une entrée…`);
		rebuild = await timedBuild(dataset.contentDir, outDir, { warm: true });
		touchOneEntry(join(ROOT, dataset.contentDir), 'front matter');
		progress(`reconstruction (${dataset.label}) après la modification de l’en-tête d’une entrée…`);
		frontMatterRebuild = await timedBuild(dataset.contentDir, outDir, { warm: true });
	}
	const dist = join(ROOT, outDir);
	const site = new SiteFiles(dist);
	const entryPages = new Set(site.entryPages());
	const pages = htmlFiles(dist);
	const allWeights = pages.map((page) => site.weight(page)).sort((a, b) => a.gzip - b.gzip);
	const byGzip = allWeights.filter((w) => entryPages.has(w.page));
	const profileWeights = allWeights.filter((w) => w.page.startsWith('pour/'));
	progress(`mesures (${dataset.label}) : poids des pages, scripts${values['no-search'] ? '' : ', recherche dans Chromium'}…`);
	return {
		label: dataset.label,
		entries: byGzip.length,
		pages: allWeights.length,
		build,
		rebuild,
		frontMatterRebuild,
		dist: folderSize(dist),
		pagefindIndex: folderSize(join(dist, 'pagefind')),
		medianEntryPage: byGzip[Math.floor(byGzip.length / 2)]!,
		heaviestEntryPageGzip: { page: byGzip.at(-1)!.page, gzip: byGzip.at(-1)!.gzip, p95: quantile(byGzip.map((w) => w.gzip), 0.95) },
		heaviestPageGzip: { page: allWeights.at(-1)!.page, gzip: allWeights.at(-1)!.gzip },
		heaviestProfilePageGzip: profileWeights.length ? { page: profileWeights.at(-1)!.page, gzip: profileWeights.at(-1)!.gzip } : undefined,
		heaviestComposedDossierGzip: heaviestComposedDossier(site, pages),
		printed: dataset.synthetic || dataset.realSize ? undefined : await printedPages(dist),
		scripts: site.scripts(pages),
		search: values['no-search'] ? undefined : (await measureSearch(dist)).firstResultMs,
		precache: await precache(dist),
		peer,
	};
}

// Other builds on a shared machine slow wall times down: the load when the bench starts says how much.
const machine = {
	cpus: cpus().length,
	model: cpus()[0]?.model,
	memoryGiB: Math.round(totalmem() / 1024 ** 3),
	kernel: release(),
	node: process.version,
	loadAverageAtStart: Math.round(loadavg()[0]! * 10) / 10,
};
const results: Figures[] = [];
for (const dataset of datasets) results.push(await measure(dataset));

// ---- Report -------------------------------------------------------------------------------

const KIB = 1024;
const MIB = 1024 * 1024;
const fr = (value: number, digits = 0) => value.toLocaleString('fr-FR', { minimumFractionDigits: digits, maximumFractionDigits: digits });

/** One row per phase of a build (`which`: the cold one or a rebuild; none when it was not made). */
function phaseRows(which: (f: Figures) => BuildFigures | undefined): [string, (f: Figures) => number | undefined, number][] {
	return [...PHASES.map(([name]) => name), END_PHASE].map((name) => [
		`  phase : ${name} (s)`,
		(f) => {
			const build = which(f);
			return build ? (build.phases[name] ?? 0) / 1000 : undefined;
		},
		1,
	]);
}

/** A row of the table: label, and how to read the figure from one dataset's results. */
const ROWS: [string, (f: Figures) => number | string | undefined, number?][] = [
	['Entrées (pages d’entrée)', (f) => f.entries],
	['Pages HTML', (f) => f.pages],
	['Construction totale (s)', (f) => f.build.totalMs / 1000, 1],
	['  dont Astro (s)', (f) => f.build.astroMs / 1000, 1],
	['  dont Pagefind (s)', (f) => f.build.pagefindMs / 1000, 1],
	['Temps CPU de la construction (s)', (f) => f.build.cpuMs / 1000, 1],
	...phaseRows((f) => f.build),
	['Mémoire max, processus de build (Mio)', (f) => f.build.peakRssBytes / MIB],
	['Reconstruction, corps d’une entrée modifié (s)', (f) => (f.rebuild ? f.rebuild.totalMs / 1000 : undefined), 1],
	['  rapport à la construction à froid', (f) => (f.rebuild ? f.rebuild.totalMs / f.build.totalMs : undefined), 2],
	['  pages recopiées de la construction précédente', (f) => f.rebuild?.copied],
	...phaseRows((f) => f.rebuild),
	['Reconstruction, en-tête d’une entrée modifié (s)', (f) => (f.frontMatterRebuild ? f.frontMatterRebuild.totalMs / 1000 : undefined), 1],
	['  rapport à la construction à froid', (f) => (f.frontMatterRebuild ? f.frontMatterRebuild.totalMs / f.build.totalMs : undefined), 2],
	['  pages recopiées de la construction précédente', (f) => f.frontMatterRebuild?.copied],
	['Starlight, mêmes documents : construction (s)', (f) => (typeof f.peer === 'object' ? f.peer.ms / 1000 : undefined), 1],
	['Starlight, mêmes documents : mémoire max (Mio)', (f) => (typeof f.peer === 'object' ? f.peer.peakRssBytes / MIB : undefined)],
	[
		'R = (réel+N − réel) ÷ Starlight(N)',
		(f) => {
			const real = results.find((r) => r.label === 'réel');
			return typeof f.peer === 'object' && real ? (f.build.totalMs - real.build.totalMs) / f.peer.ms : undefined;
		},
		2,
	],
	['dist/ : taille (Mio)', (f) => f.dist.bytes / MIB, 1],
	['dist/ : fichiers', (f) => f.dist.files],
	['Index Pagefind : taille (Mio)', (f) => f.pagefindIndex.bytes / MIB, 1],
	['Index Pagefind : fichiers', (f) => f.pagefindIndex.files],
	['Page d’entrée médiane : brut (Kio)', (f) => f.medianEntryPage.raw / KIB, 1],
	['Page d’entrée médiane : gzip (Kio)', (f) => f.medianEntryPage.gzip / KIB, 1],
	['  dont HTML gzip (Kio)', (f) => f.medianEntryPage.html.gzip / KIB, 1],
	['  dont CSS gzip (Kio)', (f) => f.medianEntryPage.css.gzip / KIB, 1],
	['  dont JS gzip (Kio)', (f) => f.medianEntryPage.js.gzip / KIB, 1],
	['Page d’entrée médiane : requêtes', (f) => f.medianEntryPage.requests],
	['Pages d’entrée : 95e centile gzip (Kio)', (f) => f.heaviestEntryPageGzip.p95 / KIB, 1],
	['Page d’entrée la plus lourde gzip (Kio)', (f) => f.heaviestEntryPageGzip.gzip / KIB, 1],
	['Page la plus lourde du site, listes comprises, gzip (Kio)', (f) => f.heaviestPageGzip.gzip / KIB, 1],
	['Page de profil ou dossier la plus lourde gzip (Kio)', (f) => (f.heaviestProfilePageGzip ? f.heaviestProfilePageGzip.gzip / KIB : undefined), 1],
	[`Dossier composé le plus lourd (${MAX_DOSSIER_THEMES} thèmes) gzip (Kio)`, (f) => (f.heaviestComposedDossierGzip ? f.heaviestComposedDossierGzip.gzip / KIB : undefined), 1],
	['Fiche Départements imprimée (pages A4)', (f) => f.printed?.['fiches/departements-ess-ruralites/']],
	['Dossier commune × commerces imprimé (pages A4)', (f) => f.printed?.['pour/commune/commerces-de-proximite/']],
	['1er résultat de recherche à froid, médiane (ms)', (f) => f.search?.cold.median],
	['1er résultat de recherche à froid, max (ms)', (f) => f.search?.cold.max],
	['1er résultat de recherche à chaud, médiane (ms)', (f) => f.search?.warm.median],
	['1er résultat de recherche à chaud, max (ms)', (f) => f.search?.warm.max],
	['Hors ligne : 1re visite, automatique, gzip (Mio)', (f) => (typeof f.precache === 'string' ? 'n/a' : f.precache.firstVisitGzip / MIB), 2],
	['Hors ligne : tout le site en plus, gzip (Mio)', (f) => (typeof f.precache === 'string' ? 'n/a' : f.precache.fullSiteGzip / MIB), 2],
	['Hors ligne : pages utiles d’un profil, la plus grosse, gzip (Mio)', (f) => (typeof f.precache === 'string' || !f.precache.packs.length ? 'n/a' : Math.max(...f.precache.packs.map((p) => p.gzip)) / MIB), 2],
	['Hors ligne : tout le site stocké (Mio)', (f) => (typeof f.precache === 'string' ? 'n/a' : f.precache.bytes / MIB), 1],
	['Hors ligne : fichiers', (f) => (typeof f.precache === 'string' ? 'n/a' : f.precache.files)],
	['sw.js gzip (Kio)', (f) => (typeof f.precache === 'string' ? 'n/a' : f.precache.workerGzip / KIB), 1],
];

const synthetic = results.filter((r) => r.label !== 'réel');
const [first, last] = [synthetic[0], synthetic.at(-1)];
const growthLabel = first && last && first !== last ? `×${first.label}→${last.label}` : undefined;
const growth = (read: (f: Figures) => number | string | undefined) => {
	const [a, b] = [read(first!), read(last!)];
	return typeof a === 'number' && typeof b === 'number' && a > 0 ? b / a : undefined;
};

console.log(
	`Machine : ${machine.cpus} cœurs ${machine.model}, ${machine.memoryGiB} Gio, Node ${machine.node}, charge au départ ${fr(machine.loadAverageAtStart, 1)} ; graine ${values.seed}\n`,
);
const table = [
	['', ...results.map((r) => r.label), ...(growthLabel ? [growthLabel] : [])],
	...ROWS.map(([label, read, digits = 0]) => [
		label,
		...results.map((r) => {
			const value = read(r);
			return typeof value === 'number' ? fr(value, digits) : (value ?? '—');
		}),
		...(growthLabel ? [((g) => (g === undefined ? '—' : `×${fr(g, 2)}`))(growth(read))] : []),
	]),
];
const widths = table[0]!.map((_, col) => Math.max(...table.map((row) => row[col]!.length)));
for (const row of table) console.log(row.map((cell, col) => (col === 0 ? cell.padEnd(widths[col]!) : cell.padStart(widths[col]!))).join('  '));
for (const r of results) if (typeof r.precache === 'string') console.log(`Précache (${r.label}) : ${r.precache}`);
for (const r of results) if (typeof r.peer === 'string') console.log(`Starlight (${r.label}) : ${r.peer}`);

const budgets: { budget: string; ok: boolean; detail: string }[] = [];
for (const r of results) {
	if (r.heaviestProfilePageGzip) {
		budgets.push({
			budget: `Page de profil ou dossier la plus lourde ≤ 40 Kio gzip (${r.label})`,
			ok: r.heaviestProfilePageGzip.gzip <= PROFILE_PAGE_BUDGET_GZIP,
			detail: `${fr(r.heaviestProfilePageGzip.gzip / KIB, 1)} Kio (${r.heaviestProfilePageGzip.page})`,
		});
	}
	if (r.heaviestComposedDossierGzip) {
		budgets.push({
			budget: `Dossier composé le plus lourd ≤ 40 Kio gzip (${r.label})`,
			ok: r.heaviestComposedDossierGzip.gzip <= PROFILE_PAGE_BUDGET_GZIP,
			detail: `${fr(r.heaviestComposedDossierGzip.gzip / KIB, 1)} Kio (${r.heaviestComposedDossierGzip.page})`,
		});
	}
	budgets.push({
		budget: `Page d’entrée médiane ≤ 20 Ko gzip, hors index de recherche (${r.label})`,
		ok: r.medianEntryPage.gzip <= ENTRY_PAGE_BUDGET_GZIP,
		detail: `médiane ${fr(r.medianEntryPage.gzip / 1000, 1)} Ko (${r.medianEntryPage.page})`,
	});
	budgets.push({
		budget: `Aucun JS client sur les pages de contenu, hors recherche et service worker (${r.label})`,
		ok: r.scripts.unexpected === 0,
		detail: r.scripts.unexpected
			? `${r.scripts.unexpected} script(s) inattendu(s), ex. ${r.scripts.examples[0]!.page} : ${r.scripts.examples[0]!.script}`
			: `autorisés : ${Object.entries(r.scripts.allowed).map(([name, n]) => `${name} (${n} page${n > 1 ? 's' : ''})`).join(', ') || 'aucun'}`,
	});
	if (typeof r.precache !== 'string') {
		const firstVisit = r.label === 'réel' ? FIRST_VISIT_BUDGET.real : Number(r.label) >= 5000 ? FIRST_VISIT_BUDGET.at5000 : undefined;
		if (firstVisit) {
			budgets.push({
				budget: `Hors ligne, 1re visite automatique ≤ ${fr(firstVisit / MIB, 1)} Mio gzip (${r.label})`,
				ok: r.precache.firstVisitGzip <= firstVisit,
				detail: `${fr(r.precache.firstVisitGzip / MIB, 2)} Mio`,
			});
		}
		budgets.push({
			budget: `sw.js ≤ 30 Kio gzip (${r.label})`,
			ok: r.precache.workerGzip <= WORKER_BUDGET_GZIP,
			detail: `${fr(r.precache.workerGzip / KIB, 1)} Kio`,
		});
	}
	if (Number(r.label) >= 5000) {
		budgets.push({
			budget: `Aucune page > 40 Kio gzip (${r.label})`,
			ok: r.heaviestPageGzip.gzip <= PAGE_BUDGET_GZIP,
			detail: `la plus lourde : ${r.heaviestPageGzip.page}, ${fr(r.heaviestPageGzip.gzip / KIB, 1)} Kio`,
		});
	}
}
if (growthLabel) {
	// CPU time rather than wall time: the machine may be shared with other builds.
	const timeGrowth = growth((f) => f.build.cpuMs)!;
	const sizeGrowth = last!.entries / first!.entries;
	budgets.push({
		budget: 'Temps de construction au plus linéaire en N (temps CPU)',
		ok: timeGrowth <= sizeGrowth,
		detail: `×${fr(timeGrowth, 2)} pour ×${fr(sizeGrowth, 2)} entrées (durée réelle ×${fr(growth((f) => f.build.totalMs)!, 2)})`,
	});
}
console.log('\nBudgets :');
for (const b of budgets) console.log(`${b.ok ? '✓' : '✗'} ${b.budget} — ${b.detail}`);

const report = {
	machine,
	seed: Number(values.seed),
	results,
	growth: growthLabel
		? Object.fromEntries(ROWS.map(([label, read]) => [label.trim(), growth(read)]).filter(([, g]) => g !== undefined))
		: undefined,
	budgets,
};
mkdirSync(join(ROOT, '.bench'), { recursive: true });
writeFileSync(join(ROOT, '.bench', 'results.json'), `${JSON.stringify(report, null, '\t')}\n`);
console.log(`\n${JSON.stringify(report)}`);
process.exitCode = budgets.every((b) => b.ok) ? 0 : 1;
