/**
 * Synthetic catalogue for benchmarks: `entries` records spread over the real collections in the
 * real catalogue's proportions, with valid front matter, typed links between synthetic ids only,
 * and French-like text of the real entries' lengths. Written to its own folder (never
 * `src/content`), which a build reads through `CONTENT_DIR`.
 *
 * CLI: `npm run bench:generate -- <entries> [--seed 1] [--out .bench/content-<entries>]`.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { stringify } from 'yaml';
import { toSlug } from '../../src/lib/slug.ts';
import { allCodes } from '../../src/lib/geo.ts';
import { CATALOGUE_PARTS, RESOURCE_KINDS } from '../../src/schemas/resources.ts';
import { INITIATIVE_KINDS, LEGAL_FORMS } from '../../src/schemas/initiatives.ts';
import { TERRITORY_KINDS } from '../../src/schemas/territories.ts';
import { FUNDING_FAMILIES, ORGANISATION_KINDS } from '../../src/schemas/data.ts';
import { AUDIENCES, LEVELS, ZONINGS } from '../../src/schemas/shared.ts';
import {
	COLLECTION_NAMES,
	type CollectionName,
	type DataCollection,
	dataFile,
	DATA_COLLECTIONS,
	entryDir,
	type EntryCollection,
	ENTRY_COLLECTIONS,
} from '../../src/schemas/index.ts';
import { frenchWriter, type FrenchWriter } from './french.ts';
import { type Random, seeded } from './random.ts';

const PROJECT_ROOT = resolve(import.meta.dirname, '..', '..');

/** Entries per collection in the real catalogue (src/content, counted when the generator was written). */
const REAL_COUNTS: Record<CollectionName, number> = {
	resources: 85,
	fiches: 3,
	levers: 20,
	initiatives: 43,
	territories: 16,
	organisations: 129,
	glossary: 137,
	needs: 15,
	activities: 42,
	funding: 71,
	themes: 24,
	programmes: 5,
	figures: 104,
};
/** Vocabularies that do not grow with the catalogue (the needs are capped at 15 by their schema). */
const FIXED: Partial<Record<CollectionName, number>> = { needs: 15, themes: 24 };

/**
 * Mean body length (characters) and number of `##` sections of real entries, per collection;
 * the means of list fields below come from the same count.
 */
const BODIES: Record<EntryCollection, { chars: number; headings: number }> = {
	resources: { chars: 540, headings: 0.1 },
	fiches: { chars: 5660, headings: 7 },
	levers: { chars: 1800, headings: 2 },
	initiatives: { chars: 1100, headings: 1.3 },
	territories: { chars: 960, headings: 1.7 },
};

/** How many entries of each collection make a synthetic catalogue of `entries` (largest-remainder rounding). */
export function plan(entries: number): Record<CollectionName, number> {
	const fixedTotal = Object.values(FIXED).reduce((a, b) => a + b, 0);
	const growing = COLLECTION_NAMES.filter((c) => FIXED[c] === undefined);
	const pool = Math.max(entries - fixedTotal, growing.length);
	const realTotal = growing.reduce((sum, c) => sum + REAL_COUNTS[c], 0);
	const exact = growing.map((c) => ({ c, share: (pool * REAL_COUNTS[c]) / realTotal }));
	const counts = Object.fromEntries(exact.map(({ c, share }) => [c, Math.max(1, Math.floor(share))])) as Record<CollectionName, number>;
	let left = pool - growing.reduce((sum, c) => sum + counts[c], 0);
	for (const { c } of [...exact].sort((a, b) => (b.share % 1) - (a.share % 1))) {
		if (left <= 0) break;
		counts[c]++;
		left--;
	}
	return { ...counts, ...FIXED };
}

/** Mean title length (characters) of real entries, per collection. */
const TITLE_CHARS: Record<CollectionName, number> = {
	resources: 57,
	fiches: 51,
	levers: 67,
	initiatives: 26,
	territories: 29,
	organisations: 26,
	glossary: 33,
	needs: 55,
	activities: 32,
	funding: 34,
	themes: 20,
	programmes: 32,
	figures: 83,
};

type Fields = Record<string, unknown>;

interface Context {
	random: Random;
	write: FrenchWriter;
	/** Ids of every collection, known before any entry is written, so links can point anywhere. */
	ids: Record<CollectionName, string[]>;
	titles: Record<CollectionName, string[]>;
	/** Acronym of each glossary record, where it has one. */
	acronyms: (string | undefined)[];
	codes: { communes: string[]; departements: string[]; regions: string[]; epci: string[] };
	/** Number of key actions of each lever written so far (levers come before initiatives, which cite them by number). */
	leverActions: Map<string, number>;
}

const isoDate = (random: Random) => new Date(Date.UTC(2025, 0, 1 + random.int(0, 600))).toISOString().slice(0, 10);
const optional = <T>(random: Random, probability: number, value: () => T) => (random.chance(probability) ? value() : undefined);
/** Links to about `mean` distinct entries of one collection, the most cited ones most often. */
const linksTo = (random: Random, ids: string[], mean: number) => random.some(ids, random.around(mean));
const list = <T>(random: Random, mean: number, item: () => T) => Array.from({ length: random.around(mean) }, item);
/** At least one source: the schemas require it. */
const sourcesOf = ({ random, ids }: Context, mean: number) => random.some(ids.resources, Math.max(1, random.around(mean)));
/** Drops undefined fields and empty lists, as a person writing front matter would. */
const clean = (fields: Fields) =>
	Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined && !(Array.isArray(v) && v.length === 0)));

/** A lever's key actions, their number kept for the initiatives that cite one. */
const countedActions = <T>(ctx: Context, lever: string, actions: T[]) => {
	ctx.leverActions.set(lever, actions.length);
	return actions;
};

/** Fields of every MDX entry. */
function entryBase(ctx: Context, collection: CollectionName, i: number, summaryChars: number, caveats: number): Fields {
	return {
		title: ctx.titles[collection][i],
		summary: ctx.write.text(summaryChars),
		sources: sourcesOf(ctx, 1.2),
		reviewed: isoDate(ctx.random),
		caveats: list(ctx.random, caveats, () => ctx.write.text(120)),
	};
}

// Means below are those of the real entries (e.g. a real initiative has 2 lever usages on average).
const ENTRY_FIELDS: Record<EntryCollection, (ctx: Context, i: number) => Fields> = {
	resources(ctx, i) {
		const { random, write, ids } = ctx;
		const part = optional(random, 0.33, () => random.pick(CATALOGUE_PARTS));
		return {
			...entryBase(ctx, 'resources', i, 180, 0.8),
			kind: random.pick(RESOURCE_KINDS),
			kindLabel: optional(random, 0.34, () => write.phrase(10)),
			year: optional(random, 0.68, () => random.int(1995, 2025)),
			date: optional(random, 0.08, () => isoDate(random)),
			authors: linksTo(random, ids.organisations, 1.4),
			people: list(random, 0.2, () => write.name()),
			series: optional(random, 0.12, () => write.phrase(12)),
			programme: optional(random, 0.48, () => random.zipf(ids.programmes)),
			part,
			order: part ? random.int(1, 40) : undefined,
			url: optional(random, 0.48, () => `https://example.org/ressources/${ids.resources[i]}`),
			themes: linksTo(random, ids.themes, 1.9),
			audiences: random.some(AUDIENCES, random.around(4.2)),
			// Never itself: the content check refuses an entry that links to itself.
			related: linksTo(random, ids.resources.filter((id) => id !== ids.resources[i]), 1.6),
		};
	},
	fiches(ctx, i) {
		const { random, write, ids } = ctx;
		return {
			...entryBase(ctx, 'fiches', i, 250, 4.3),
			level: random.pick(LEVELS),
			series: optional(random, 0.66, () => write.phrase(15)),
			number: optional(random, 0.5, () => random.int(1, 12)),
			resource: random.pick(ids.resources),
			levers: linksTo(random, ids.levers, 4.7),
			examples: linksTo(random, ids.initiatives, 7),
			figures: linksTo(random, ids.figures, 10),
			further: linksTo(random, ids.resources, 3),
			// Never to itself: the content check refuses a self-link (lien-vers-soi).
			seeAlso: linksTo(random, ids.fiches, 1.3).filter((id) => id !== ids.fiches[i]),
			mentions: list(random, 1.7, () =>
				clean({ about: write.phrase(60), number: optional(random, 0.3, () => random.int(1, 12)), fiche: optional(random, 0.4, () => random.pick(ids.fiches.filter((id) => id !== ids.fiches[i]))) }),
			),
		};
	},
	levers(ctx, i) {
		const { random, write, ids } = ctx;
		return {
			...entryBase(ctx, 'levers', i, 270, 1.9),
			// Numbered within their programme, as in the sources.
			programme: ids.programmes[i % ids.programmes.length],
			number: Math.floor(i / ids.programmes.length) + 1,
			levels: random.some(LEVELS, Math.max(1, random.around(1.8))),
			objective: optional(random, 0.6, () => write.text(170)),
			actions: countedActions(ctx, ids.levers[i]!, list(random, 3.2, () => clean({ title: write.phrase(50), text: write.text(400), examples: linksTo(random, ids.initiatives, 3) }))),
			otherMechanisms: list(random, 0.6, () => ({ title: write.phrase(30), text: write.text(200) })),
			examples: linksTo(random, ids.initiatives, 0.2),
			funding: linksTo(random, ids.funding, 1.8),
		};
	},
	initiatives(ctx, i) {
		const { random, write, ids, codes } = ctx;
		return {
			...entryBase(ctx, 'initiatives', i, 200, 2),
			kind: random.pick(INITIATIVE_KINDS),
			legalForm: optional(random, 0.56, () => random.pick(LEGAL_FORMS)),
			approvals: list(random, 0.1, () => random.pick(['ESUS', 'EVS', 'ACI'])),
			themes: linksTo(random, ids.themes, 2.2),
			activities: linksTo(random, ids.activities, 0.5),
			places: list(random, 0.9, () => {
				const roll = random.next();
				const where =
					roll < 0.8 ? { commune: random.pick(codes.communes) } : roll < 0.95 ? { departement: random.pick(codes.departements) } : { region: random.pick(codes.regions) };
				return clean({ ...where, locality: optional(random, 0.1, () => write.name()) });
			}),
			zonings: random.some(ZONINGS, random.around(0.1)),
			territory: optional(random, 0.23, () => random.pick(ids.territories)),
			founded: optional(random, 0.3, () => random.int(1950, 2024)),
			website: optional(random, 0.37, () => `https://example.org/initiatives/${ids.initiatives[i]}`),
			facts: list(random, 0.5, () => clean({ value: random.int(2, 5000), label: write.phrase(25), year: optional(random, 0.5, () => random.int(2010, 2025)) })),
			leverUsages: list(random, 2, () => {
				const lever = random.zipf(ids.levers);
				// One of the lever's own key actions: the checker refuses a number it does not have.
				const actions = Math.min(4, ctx.leverActions.get(lever) ?? 0);
				return clean({
					lever,
					action: actions ? optional(random, 0.7, () => random.int(1, actions)) : undefined,
					by: optional(random, 0.7, () => random.pick(LEVELS)),
					actor: optional(random, 0.6, () => write.name()),
					how: write.text(150),
				});
			}),
			partners: linksTo(random, ids.organisations, 1.7),
			funding: linksTo(random, ids.funding, 0.9),
		};
	},
	territories(ctx, i) {
		const { random, ids, codes } = ctx;
		return {
			...entryBase(ctx, 'territories', i, 165, 0.9),
			kind: random.pick(TERRITORY_KINDS),
			epci: optional(random, 0.37, () => random.pick(codes.epci)),
			departements: random.some(codes.departements, random.around(0.8)),
			monographs: linksTo(random, ids.resources, 0.3),
			partners: linksTo(random, ids.organisations, 0.3),
		};
	},
};

const RECORD_FIELDS: Record<DataCollection, (ctx: Context, i: number) => Fields> = {
	organisations: (ctx, i) => ({
		name: ctx.titles.organisations[i],
		acronym: optional(ctx.random, 0.29, () => ctx.write.acronym()),
		kind: ctx.random.pick(ORGANISATION_KINDS),
		description: ctx.write.text(140),
		website: optional(ctx.random, 0.08, () => `https://example.org/organisations/${ctx.ids.organisations[i]}`),
		sources: sourcesOf(ctx, 1.2),
	}),
	glossary: (ctx, i) => ({
		acronym: ctx.acronyms[i],
		name: ctx.titles.glossary[i],
		definition: optional(ctx.random, 0.94, () => ctx.write.text(185)),
		seeAlso: linksTo(ctx.random, ctx.ids.glossary, 1.9).filter((id) => id !== ctx.ids.glossary[i]),
		sources: sourcesOf(ctx, 1.7),
	}),
	needs: (ctx, i) => ({ number: i + 1, name: ctx.titles.needs[i], sources: sourcesOf(ctx, 1) }),
	activities: (ctx, i) => ({ name: ctx.titles.activities[i], needs: [ctx.random.pick(ctx.ids.needs)], sources: sourcesOf(ctx, 1.2) }),
	funding: (ctx, i) => ({
		name: ctx.titles.funding[i],
		family: ctx.random.pick(FUNDING_FAMILIES),
		description: ctx.write.text(210),
		amount: optional(ctx.random, 0.07, () => `${ctx.random.int(1, 900)}\u00a0M€`),
		providers: linksTo(ctx.random, ctx.ids.organisations, 0.3),
		term: optional(ctx.random, 0.28, () => ctx.random.pick(ctx.ids.glossary)),
		url: optional(ctx.random, 0.07, () => `https://example.org/financements/${ctx.ids.funding[i]}`),
		sources: sourcesOf(ctx, 1.3),
	}),
	themes: (ctx, i) => ({ name: ctx.titles.themes[i], description: optional(ctx.random, 0.2, () => ctx.write.text(100)) }),
	programmes: (ctx, i) => {
		const { random, write, ids } = ctx;
		const startYear = optional(random, 0.2, () => random.int(2010, 2022));
		return {
			name: ctx.titles.programmes[i],
			acronym: optional(random, 0.2, () => write.acronym()),
			startYear,
			endYear: startYear ? startYear + random.int(1, 4) : undefined,
			leads: random.some(ids.organisations, Math.max(1, random.around(1.8))),
			funders: linksTo(random, ids.organisations, 0.4),
			description: write.text(470),
			aims: list(random, 1, () => write.text(120)),
			fields: list(random, 1.8, () => ({ title: write.phrase(30), text: write.text(200) })),
			url: optional(random, 0.4, () => `https://example.org/programmes/${ids.programmes[i]}`),
			sources: sourcesOf(ctx, 1.6),
		};
	},
	figures: (ctx, i) => {
		const { random, ids } = ctx;
		// About one figure in five belongs to a comparison group of a handful of figures.
		const group = optional(random, 0.22, () => `groupe-${random.int(1, Math.ceil(ids.figures.length / 20))}`);
		return {
			value: random.int(-50, 5000),
			unit: random.pick(['%', '€', 'emplois', 'communes', 'habitants', 'structures']),
			label: ctx.titles.figures[i],
			year: optional(random, 0.4, () => random.int(2005, 2025)),
			group,
			groupLabel: group ? `série ${random.int(1, 9)}` : undefined,
			themes: linksTo(random, ids.themes, 1),
			source: random.zipf(ids.resources),
		};
	},
};

/** A readable id, unique thanks to its rank: no synthetic id can clash with another or with a facet slug. */
const idFrom = (text: string, i: number) => `${toSlug(text).split('-').slice(0, 5).join('-') || 'entree'}-${i + 1}`;

export interface GenerateOptions {
	/** Total number of entries and records, over every collection. */
	entries: number;
	/** Folder to write to; emptied first. Must not be `src/content`. */
	outDir: string;
	seed?: number;
}

/** Writes a synthetic catalogue and returns how many entries each collection got. */
export function generateContent({ entries, outDir, seed = 1 }: GenerateOptions): Record<CollectionName, number> {
	const target = resolve(outDir);
	if (!relative(join(PROJECT_ROOT, 'src', 'content'), target).startsWith('..') || target === PROJECT_ROOT) {
		throw new Error(`Dossier de sortie refusé : ${outDir}. Le contenu synthétique va dans un dossier à part, par ex. .bench/content-${entries}.`);
	}
	const counts = plan(entries);
	const random = seeded(seed);
	const namer = frenchWriter(random);
	const titles = Object.fromEntries(
		COLLECTION_NAMES.map((c) => [c, Array.from({ length: counts[c] }, () => (c === 'initiatives' && random.chance(0.5) ? namer.name() : namer.phrase(TITLE_CHARS[c] * (0.6 + random.next() * 0.7))))]),
	) as Context['titles'];
	const acronyms: (string | undefined)[] = [];
	const taken = new Set<string>();
	for (let i = 0; i < counts.glossary; i++) {
		let acronym = random.chance(0.66) ? namer.acronym() : undefined;
		while (acronym && taken.has(acronym)) acronym = namer.acronym();
		if (acronym) taken.add(acronym);
		acronyms.push(acronym);
	}
	const ids = Object.fromEntries(
		COLLECTION_NAMES.map((c) => [c, titles[c].map((title, i) => idFrom(c === 'glossary' ? (acronyms[i] ?? title) : title, i))]),
	) as Context['ids'];
	const ctx: Context = {
		random,
		write: frenchWriter(random, [...taken]),
		ids,
		titles,
		acronyms,
		codes: { communes: allCodes('communes'), departements: allCodes('departements'), regions: allCodes('regions'), epci: allCodes('epci') },
		leverActions: new Map(),
	};

	rmSync(target, { recursive: true, force: true });
	for (const collection of ENTRY_COLLECTIONS) {
		const dir = join(target, entryDir(collection));
		mkdirSync(dir, { recursive: true });
		const { chars, headings } = BODIES[collection];
		ids[collection].forEach((id, i) => {
			const frontMatter = clean(ENTRY_FIELDS[collection](ctx, i));
			const body = ctx.write.body(chars * (0.4 + random.next() * 1.2), random.around(headings));
			writeFileSync(join(dir, `${id}.mdx`), `---\n${stringify(frontMatter, { lineWidth: 0 })}---\n\n${body}`);
		});
	}
	mkdirSync(join(target, 'data'), { recursive: true });
	for (const collection of DATA_COLLECTIONS) {
		const records = ids[collection].map((id, i) => clean({ id, ...RECORD_FIELDS[collection](ctx, i) }));
		writeFileSync(join(target, dataFile(collection)), stringify(records, { lineWidth: 0 }));
	}
	return counts;
}

if (import.meta.main) {
	const { values, positionals } = parseArgs({ allowPositionals: true, options: { seed: { type: 'string' }, out: { type: 'string' } } });
	const entries = Number(positionals[0] ?? 1000);
	if (!Number.isInteger(entries) || entries < 50) throw new Error('Nombre d’entrées attendu (au moins 50), ex. « npm run bench:generate -- 1000 ».');
	const outDir = values.out ?? `.bench/content-${entries}`;
	const counts = generateContent({ entries, outDir, seed: Number(values.seed ?? 1) });
	console.log(`${entries} entrées synthétiques écrites dans ${outDir} : ${Object.entries(counts).map(([c, n]) => `${c} ${n}`).join(', ')}`);
}
