/**
 * `npm run new -- <collection> "<titre>"`: the file of a new entry, at the right path, with
 * every required field filled with a value that passes the checks (to be reviewed) and every
 * optional field commented out with what it accepts. Never overwrites an existing entry.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { type CollectionName, ENTRY_COLLECTIONS, type EntryCollection, entryDir } from '../schemas/index.ts';
import { contentJsonSchemas } from './content-check/json-schemas.ts';
import { entryPath, SECTIONS } from './routes.ts';
import { SLUG, toSlug } from './slug.ts';

export interface NewEntryRequest {
	/** Collection name (`fiches`) or its French URL section (`leviers`). */
	collection: string;
	title: string;
	/** Values for required links, by field (`sources`, `programme`). */
	links?: Record<string, string>;
	/** Date written in `reviewed` (today by default). */
	today?: Date;
}

export type NewEntryResult = { ok: true; collection: EntryCollection; id: string; file: string; page: string } | { ok: false; message: string; hint: string };

interface JsonSchema {
	type?: string;
	enum?: string[];
	items?: JsonSchema;
	properties?: Record<string, JsonSchema>;
	required?: string[];
	description?: string;
	minItems?: number;
	format?: string;
}

const LINK = /identifiant d’une entrée de « ([a-z]+) »/;
const linkTarget = (schema: JsonSchema) => LINK.exec(schema.description ?? '')?.[1];

export function resolveCollection(name: string): EntryCollection | undefined {
	return ENTRY_COLLECTIONS.find((c) => c === name || SECTIONS[c].slug === name);
}

/** One example value and what it accepts, in French, for a field. */
function describe(schema: JsonSchema): { example: unknown; accepts: string } {
	const target = linkTarget(schema);
	if (target) return { example: `identifiant-${toSlug(SECTIONS[target as CollectionName]?.singular ?? 'entree')}`, accepts: `identifiant d’une entrée de « ${target} »` };
	if (schema.enum) return { example: schema.enum[0], accepts: `une valeur parmi : ${schema.enum.join(', ')}` };
	if (schema.type === 'array') {
		const item = schema.items ?? {};
		const inner = describe(item);
		if (item.type === 'object') return { example: [], accepts: 'une liste d’objets (voir CONTRIBUTING.md)' };
		return { example: [inner.example], accepts: `une liste ; chaque élément : ${inner.accepts}` };
	}
	if (schema.format === 'date') return { example: '2026-01-31', accepts: 'une date AAAA-MM-JJ' };
	if (schema.format === 'uri') return { example: 'https://exemple.org/page', accepts: 'une adresse https://' };
	if (schema.type === 'integer' || schema.type === 'number') return { example: 1, accepts: 'un nombre' };
	if (schema.type === 'object') return { example: {}, accepts: 'un objet (voir CONTRIBUTING.md)' };
	return { example: 'À compléter', accepts: 'un texte' };
}

const yamlLine = (key: string, value: unknown) => `${key}: ${stringify(value, { flowCollectionPadding: false, collectionStyle: 'flow', lineWidth: 0 }).trimEnd()}`;

/** The text of the new file, or the missing links. */
export function entryText(schema: JsonSchema, title: string, links: Record<string, string>, today: Date, selfId: string, collection: EntryCollection): { text: string } | { missing: string[] } {
	const required = new Set(schema.required ?? []);
	const lines: string[] = [];
	const optional: string[] = [];
	const missing: string[] = [];
	for (const [key, field] of Object.entries(schema.properties ?? {})) {
		const { example, accepts } = describe(field);
		if (!required.has(key)) {
			optional.push(`# ${yamlLine(key, example)}  # ${accepts}`);
			continue;
		}
		const target = linkTarget(field) ?? (field.items && linkTarget(field.items));
		if (key === 'title') lines.push(yamlLine(key, title));
		else if (key === 'summary') lines.push(yamlLine(key, 'À compléter : une ou deux phrases, dans nos mots, qui présentent l’entrée.'));
		else if (field.format === 'date') lines.push(`${key}: ${today.toISOString().slice(0, 10)}`);
		else if (target) {
			// A resource may be its own source; any other link is the contributor's to give.
			const id = links[key] ?? (target === collection && key === 'sources' ? selfId : undefined);
			if (!id) missing.push(key);
			else lines.push(yamlLine(key, field.type === 'array' ? [id] : id));
		} else lines.push(`${yamlLine(key, example)}  # à vérifier : ${accepts}`);
	}
	if (missing.length) return { missing };
	const text = [
		'---',
		...lines,
		'# Champs facultatifs : retirez le « # » en début de ligne pour en remplir un (détail dans CONTRIBUTING.md).',
		...optional,
		'---',
		'',
		'## Présentation',
		'',
		'À compléter.',
		'',
	].join('\n');
	return { text };
}

/** Writes the entry under `contentRoot`; refuses to overwrite any entry with the same id. */
export async function createEntry(contentRoot: string, request: NewEntryRequest): Promise<NewEntryResult> {
	const collection = resolveCollection(request.collection);
	if (!collection) {
		return {
			ok: false,
			message: `collection « ${request.collection} » inconnue`,
			hint: `collections possibles : ${ENTRY_COLLECTIONS.map((c) => `${c} (ou ${SECTIONS[c].slug})`).join(', ')} ; les organisations, termes du glossaire, etc. s’ajoutent dans src/content/data/*.yaml`,
		};
	}
	const id = toSlug(request.title);
	if (!SLUG.test(id)) return { ok: false, message: `titre « ${request.title} » sans lettre ni chiffre`, hint: 'donnez le titre de l’entrée entre guillemets' };
	const dir = join(contentRoot, entryDir(collection));
	const existing = ['.mdx', '.md'].map((ext) => join(dir, `${id}${ext}`)).find(existsSync);
	if (existing) return { ok: false, message: `l’entrée « ${id} » existe déjà : ${existing}`, hint: 'modifiez ce fichier, ou choisissez un autre titre' };
	const schema = (await contentJsonSchemas()).get(`${collection}.schema.json`) as JsonSchema;
	const result = entryText(schema, request.title, request.links ?? {}, request.today ?? new Date(), id, collection);
	if ('missing' in result) {
		return {
			ok: false,
			message: `il manque ${result.missing.map((m) => `« ${m} »`).join(', ')}`,
			hint: `ajoutez ${result.missing.map((m) => `--${m} <identifiant>`).join(' ')} (le nom du fichier de l’entrée visée, sans .mdx)`,
		};
	}
	mkdirSync(dir, { recursive: true });
	const file = join(dir, `${id}.mdx`);
	writeFileSync(file, result.text, { flag: 'wx' });
	return { ok: true, collection, id, file, page: entryPath(collection, id) };
}
