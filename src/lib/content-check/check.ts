/**
 * The content checker: reads every content file, parses it through the real schemas and
 * resolves every typed link. Astro alone only logs a broken reference and still builds;
 * this check turns each one (and every schema error, bad file name or duplicate id) into a
 * located French message and a failed build.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { closest } from 'fastest-levenshtein';
import {
	COLLECTION_NAMES,
	type CollectionName,
	DATA_COLLECTIONS,
	dataFile,
	schemas,
	ENTRY_COLLECTIONS,
	entryDir,
} from '../../schemas/index.ts';
import type { Link } from '../../schemas/link.ts';
import { entryPath } from '../routes.ts';
import { SLUG, toSlug } from '../slug.ts';
import { aliasProblems } from './aliases.ts';
import { type BodyFact, bodyFacts, type BodySource, lintFacts, parseBody, problemAt } from './body.ts';
import { bodyCache, bodyKey } from './body-cache.ts';
import { decodeContentFile } from './encoding.ts';
import { fileSetProblems } from './file-set.ts';
import { guarded } from './guard.ts';
import type { Problem } from './problem.ts';
import { describeItem, mayNameItself, repeatedListItems, reservedId } from './values.ts';
import { type ParsedYaml, normaliseText, parseFrontMatterFile, parseYaml } from './source-file.ts';
import { buildSiteMap, PUBLIC_DIR, type SiteMap } from './site-map.ts';
import { formatIssue } from './zod-issues.ts';

/** A record that parsed, with what is needed to locate its fields. */
export interface CheckedRecord {
	collection: CollectionName;
	id: string;
	/** File path relative to the project root. */
	file: string;
	data: Record<string, unknown>;
	yaml: ParsedYaml;
	/** MDX body (entry collections only). */
	body?: string;
	bodyLine?: number;
}

export interface CheckResult {
	problems: Problem[];
	/** Records that passed their schema. */
	records: CheckedRecord[];
}

/** Ids found per collection, including records that failed their schema (so one error does not cascade). */
type FoundIds = Map<CollectionName, Set<string>>;

const ENTRY_FILE = /\.(md|mdx)$/;
/** `- id: x` at the start of a line: the ids a data file declares, read even when it does not parse. */
const DECLARED_ID = /^-[ \t]+id:[ \t]*["']?([a-z0-9][a-z0-9-]*)/gm;


const relativeTo = (projectRoot: string, path: string) => relative(projectRoot, path).split('\\').join('/');

function collectLinks(value: unknown, path: PropertyKey[], out: { link: Link; path: PropertyKey[] }[]) {
	if (value === null || typeof value !== 'object' || value instanceof Date) return;
	if (Array.isArray(value)) {
		value.forEach((item, i) => collectLinks(item, [...path, i], out));
		return;
	}
	const obj = value as Record<string, unknown>;
	const keys = Object.keys(obj);
	if (keys.length === 2 && typeof obj.id === 'string' && COLLECTION_NAMES.includes(obj.collection as CollectionName)) {
		out.push({ link: obj as unknown as Link, path });
		return;
	}
	for (const key of keys) collectLinks(obj[key], [...path, key], out);
}

function validate(
	collection: CollectionName,
	file: string,
	yaml: ParsedYaml,
	input: unknown,
	problems: Problem[],
): Record<string, unknown> | undefined {
	const schema = schemas[collection];
	const result = schema.safeParse(input, { reportInput: true });
	if (result.success) return result.data as Record<string, unknown>;
	for (const issue of result.error.issues) {
		for (const f of formatIssue(issue, schema)) {
			const pos = yaml.position(f.path, f.atKey);
			problems.push({ file, ...pos, rule: 'schema', field: f.path.join('.'), message: f.message, hint: f.hint });
		}
	}
	return undefined;
}

function loadEntries(contentRoot: string, projectRoot: string, problems: Problem[], records: CheckedRecord[], found: FoundIds, bodies: BodySource[], refused: Set<string>) {
	for (const collection of ENTRY_COLLECTIONS) {
		const dir = join(contentRoot, entryDir(collection));
		if (!existsSync(dir)) continue;
		const seen = new Map<string, string>();
		const files = (readdirSync(dir, { recursive: true }) as string[]).filter((f) => ENTRY_FILE.test(f)).sort();
		for (const name of files) {
			// Already reported by the file-set check (subfolder, symlink).
			if (refused.has(`${entryDir(collection)}/${name.split('\\').join('/')}`)) continue;
			const file = relativeTo(projectRoot, join(dir, name));
			const stem = name.replace(ENTRY_FILE, '').split('\\').join('/');
			const badSegment = stem.split('/').find((segment) => !SLUG.test(segment));
			if (badSegment !== undefined) {
				problems.push({
					file,
					line: 0,
					column: 0,
					rule: 'nom-de-fichier',
					field: '',
					message: `nom de fichier invalide « ${badSegment} » : minuscules ASCII et tirets seulement`,
					hint: `renommez-le « ${toSlug(badSegment) || 'nom-de-l-entree'} »`,
				});
				continue;
			}
			const id = stem;
			const other = seen.get(id);
			if (other) {
				problems.push({
					file,
					line: 0,
					column: 0,
					rule: 'id-en-double',
					field: '',
					message: `même identifiant « ${id} » que ${other}`,
					hint: 'gardez un seul des deux fichiers ou renommez l’un d’eux',
				});
				continue;
			}
			const reserved = reservedId(collection, id);
			if (reserved) {
				problems.push({ file, line: 0, column: 0, rule: 'id-reserve', field: '', ...reserved });
				continue;
			}
			seen.set(id, file);
			found.get(collection)!.add(id);
			const text = decodeContentFile(readFileSync(join(dir, name)), file);
			if (typeof text !== 'string') {
				problems.push(text);
				continue;
			}
			const parsed = guarded(file, problems, () => parseFrontMatterFile(text, file));
			if (!parsed) continue;
			if ('rule' in parsed) {
				problems.push(parsed);
				continue;
			}
			// Bodies are linted even when the front matter fails its schema: all problems of a run at once.
			bodies.push({ file, absolute: join(dir, name), page: entryPath(collection, id), body: parsed.body, bodyLine: parsed.bodyLine });
			const data = guarded(file, problems, () => validate(collection, file, parsed.yaml, parsed.yaml.value ?? {}, problems));
			if (data) records.push({ collection, id, file, data, yaml: parsed.yaml, body: parsed.body, bodyLine: parsed.bodyLine });
		}
	}
}

function loadData(contentRoot: string, projectRoot: string, problems: Problem[], records: CheckedRecord[], found: FoundIds) {
	for (const collection of DATA_COLLECTIONS) {
		const path = join(contentRoot, dataFile(collection));
		if (!existsSync(path)) continue;
		const file = relativeTo(projectRoot, path);
		const text = decodeContentFile(readFileSync(path), file);
		const yaml = typeof text === 'string' ? guarded(file, problems, () => parseYaml(normaliseText(text), file)) : text;
		if (!yaml || 'rule' in yaml) {
			if (yaml) problems.push(yaml);
			// The file's own error is the one to fix: links to the records it declares are not reported as unknown too.
			const raw = readFileSync(path, 'latin1');
			for (const match of raw.matchAll(DECLARED_ID)) found.get(collection)!.add(match[1]!);
			continue;
		}
		const list = yaml.value ?? [];
		if (!Array.isArray(list)) {
			problems.push({ file, line: 1, column: 1, rule: 'schema', field: '', message: 'une liste d’enregistrements est attendue', hint: 'commencez chaque enregistrement par « - id: … »' });
			continue;
		}
		const seen = new Map<string, number>();
		list.forEach((item, index) => {
			const scoped: ParsedYaml = { value: item, position: (p, key) => yaml.position([index, ...p], key) };
			const id = typeof item?.id === 'string' ? item.id : '';
			const line = yaml.position([index]).line;
			if (id && seen.has(id)) {
				problems.push({
					file,
					line,
					column: 1,
					rule: 'id-en-double',
					field: 'id',
					message: `identifiant « ${id} » déjà utilisé ligne ${seen.get(id)}`,
					hint: 'fusionnez les deux enregistrements ou changez l’un des identifiants',
				});
				return;
			}
			const reserved = id ? reservedId(collection, id) : undefined;
			if (reserved) {
				problems.push({ file, ...yaml.position([index, 'id']), rule: 'id-reserve', field: 'id', ...reserved });
				return;
			}
			if (id) {
				seen.set(id, line);
				found.get(collection)!.add(id);
			}
			const data = guarded(file, problems, () => validate(collection, file, scoped, item, problems));
			if (data) records.push({ collection, id, file, data, yaml: scoped });
		});
	}
}

function checkLinks(records: CheckedRecord[], problems: Problem[], sets: FoundIds) {
	const ids = new Map([...sets].map(([c, set]) => [c, [...set]]));
	for (const record of records) {
		const found: { link: Link; path: PropertyKey[] }[] = [];
		collectLinks(record.data, [], found);
		for (const { path, item } of repeatedListItems(record.yaml.value)) {
			problems.push({
				file: record.file,
				...record.yaml.position(path),
				rule: 'doublon',
				field: path.join('.'),
				message: `${describeItem(item)} figure deux fois dans la liste : la page et les exports le montreraient deux fois`,
				hint: 'supprimez la seconde occurrence',
			});
		}
		for (const { link, path } of found) {
			if (link.collection === record.collection && link.id === record.id && !mayNameItself(record.collection, path)) {
				problems.push({
					file: record.file,
					...record.yaml.position(path),
					rule: 'lien-vers-soi',
					field: path.join('.'),
					message: `l’entrée « ${link.id} » renvoie vers elle-même`,
					hint: 'retirez ce lien, ou mettez l’identifiant de l’entrée voulue',
				});
				continue;
			}
			if (sets.get(link.collection)!.has(link.id)) continue;
			const elsewhere = COLLECTION_NAMES.filter((c) => sets.get(c)!.has(link.id));
			const candidates = ids.get(link.collection)!;
			const hint = elsewhere.length
				? `« ${link.id} » existe dans « ${elsewhere.join(', ')} », pas dans « ${link.collection} » : ce champ attend une entrée de « ${link.collection} »`
				: candidates.length
					? `identifiant le plus proche dans « ${link.collection} » : « ${closest(link.id, candidates)} »`
					: `la collection « ${link.collection} » est vide : créez d’abord l’entrée`;
			problems.push({
				file: record.file,
				...record.yaml.position(path),
				rule: elsewhere.length ? 'lien-mauvaise-collection' : 'lien-inconnu',
				field: path.join('.'),
				message: `lien vers « ${link.id} » : aucune entrée de ce nom dans « ${link.collection} »`,
				hint,
			});
		}
	}
}

/**
 * An initiative's use of a lever may name one of its key actions by number; the initiative's page links to
 * that action on the lever's page (`#action-n`), so the lever must have that many.
 */
function checkLeverActions(records: CheckedRecord[], problems: Problem[]) {
	const actionCounts = new Map(records.filter((r) => r.collection === 'levers').map((r) => [r.id, (r.data.actions as unknown[]).length]));
	for (const record of records) {
		if (record.collection !== 'initiatives') continue;
		(record.data.leverUsages as { lever: { id: string }; action?: number }[]).forEach(({ lever, action }, i) => {
			const count = actionCounts.get(lever.id);
			if (action === undefined || count === undefined || action <= count) return;
			const path = ['leverUsages', i, 'action'];
			problems.push({
				file: record.file,
				...record.yaml.position(path),
				rule: 'action-inconnue',
				field: path.join('.'),
				message: count ? `le levier « ${lever.id} » n’a ${count === 1 ? 'qu’une action clé' : `que ${count} actions clés`} : pas d’action n° ${action}` : `le levier « ${lever.id} » n’a pas d’action clé`,
				hint: count ? `mettez un numéro entre 1 et ${count}, dans l’ordre des actions clés du levier` : 'retirez « action »',
			});
		});
	}
}

/** A body to lint: where it is, its headings, and what it says on its own. */
interface ReadBody {
	source: BodySource;
	anchors: Set<string>;
	facts?: BodyFact[];
}

/** Parses one body, or takes what an earlier check learnt from the same text (body-cache.ts). */
function readBody(source: BodySource, cache: ReturnType<typeof bodyCache>, problems: Problem[]): ReadBody | undefined {
	const key = bodyKey(source);
	const known = cache.get(key);
	if (known?.error) {
		problems.push(problemAt(source, known.error.at, known.error.rule, known.error.message, known.error.hint));
		return undefined;
	}
	if (known?.anchors && known.facts) return { source, anchors: new Set(known.anchors), facts: known.facts };
	const result = guarded(source.file, problems, () => parseBody(source));
	if (!result) return undefined;
	if ('rule' in result) {
		problems.push(result);
		const at = { line: result.line - source.bodyLine + 1, column: result.column };
		cache.set(key, { error: { at, rule: result.rule, message: result.message, hint: result.hint } });
		return undefined;
	}
	// A failure of the rules themselves is reported where the original lint would report it, and not kept.
	const facts = guarded(source.file, problems, () => bodyFacts(result.tree));
	if (facts) cache.set(key, { anchors: [...result.anchors], facts });
	return { source, anchors: result.anchors, facts };
}

function checkBodies(bodies: BodySource[], site: SiteMap, problems: Problem[], found: FoundIds) {
	const cache = bodyCache();
	const parsed = bodies.map((source) => readBody(source, cache, problems)).filter((b) => b !== undefined);
	cache.save();
	const anchors = new Map(parsed.map((p) => [p.source.page, p.anchors]));
	// An entry whose file did not read has its own error: links to its headings are not reported too.
	const entryPages = new Set(ENTRY_COLLECTIONS.flatMap((c) => [...found.get(c)!].map((id) => entryPath(c, id))));
	const context = { site, anchorsOf: (page: string) => anchors.get(page), unreadable: (page: string) => entryPages.has(page) && !anchors.has(page), publicDir: PUBLIC_DIR };
	for (const body of parsed) {
		if (body.facts) problems.push(...(guarded(body.source.file, problems, () => lintFacts(body.source, body.facts!, context)) ?? []));
	}
}

/** Checks the content under `contentRoot` (absolute), reporting paths relative to `projectRoot`. */
export function checkContent(contentRoot: string, projectRoot: string = process.cwd()): CheckResult {
	const problems: Problem[] = [];
	const records: CheckedRecord[] = [];
	const found: FoundIds = new Map(COLLECTION_NAMES.map((c) => [c, new Set<string>()]));
	const bodies: BodySource[] = [];
	// Per-file steps catch their own failures; this catches the rest, so the report never ends in a stack trace.
	guarded(relativeTo(projectRoot, contentRoot) || '.', problems, () => {
		const fileSet = fileSetProblems(contentRoot, projectRoot);
		problems.push(...fileSet.problems);
		loadEntries(contentRoot, projectRoot, problems, records, found, bodies, fileSet.refused);
		loadData(contentRoot, projectRoot, problems, records, found);
		checkLinks(records, problems, found);
		checkLeverActions(records, problems);
		problems.push(...aliasProblems(records));
		checkBodies(bodies, buildSiteMap({ ids: found, records }), problems, found);
	});
	problems.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column);
	return { problems, records };
}
