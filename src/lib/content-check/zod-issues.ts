/** Turning Zod issues into French messages with a hint, instead of raw Zod output. */
import { closest } from 'fastest-levenshtein';
import type { z } from 'astro/zod';

type Issue = z.core.$ZodIssue;

/** The schema found at `path` inside `schema`, looking through optional, default, pipe and array wrappers. */
export function schemaAt(schema: z.ZodType, path: readonly PropertyKey[]): z.ZodType | undefined {
	let current: any = schema;
	for (const segment of [...path, null]) {
		// Unwrap until a structural type is reached.
		for (let guard = 0; guard < 10 && current; guard++) {
			const def = current._zod?.def;
			if (!def) return undefined;
			if (def.type === 'optional' || def.type === 'default' || def.type === 'nullable' || def.type === 'prefault') current = def.innerType;
			else if (def.type === 'pipe') current = def.in._zod.def.type === 'transform' ? def.out : def.in;
			else break;
		}
		if (segment === null) return current;
		const def = current?._zod?.def;
		if (def?.type === 'object') current = def.shape[segment as string];
		else if (def?.type === 'array') current = def.element;
		else return undefined;
	}
	return current;
}

const typeNames: Record<string, string> = {
	string: 'un texte',
	number: 'un nombre',
	int: 'un nombre entier',
	boolean: 'vrai ou faux',
	array: 'une liste',
	object: 'un objet (des champs « clé: valeur »)',
	date: 'une date AAAA-MM-JJ',
	undefined: 'rien',
	null: 'une valeur vide',
};

function describeValue(value: unknown): string {
	if (value === undefined) return 'rien';
	if (value === null) return 'une valeur vide';
	if (Array.isArray(value)) return 'une liste';
	if (value instanceof Date) return Number.isNaN(value.getTime()) ? 'une date impossible' : `la date ${value.toISOString().slice(0, 10)}`;
	if (typeof value === 'object') return 'un objet';
	if (typeof value === 'string') return `le texte « ${value.length > 60 ? `${value.slice(0, 57)}…` : value} »`;
	return `${typeof value === 'number' ? 'le nombre' : 'la valeur'} ${String(value)}`;
}

export interface FormattedIssue {
	/** Path of the field the issue is about. */
	path: PropertyKey[];
	/** Whether the position to report is the key itself (unknown keys). */
	atKey: boolean;
	message: string;
	hint?: string;
}

/** One or more French messages for a Zod issue (one per unknown key). */
export function formatIssue(issue: Issue, root: z.ZodType): FormattedIssue[] {
	const path = [...issue.path];
	const input = (issue as { input?: unknown }).input;
	switch (issue.code) {
		case 'unrecognized_keys': {
			const shape = (schemaAt(root, path) as any)?._zod?.def?.shape ?? {};
			const known = Object.keys(shape);
			return issue.keys.map((key) => ({
				path: [...path, key],
				atKey: true,
				message: `clé inconnue « ${key} »`,
				// Astro would take `slug` as the entry's id: another entry's page could be silently replaced.
				hint: key === 'slug' && path.length === 0
					? 'supprimez « slug » : l’identifiant d’une entrée, donc l’adresse de sa page, vient du nom de son fichier'
					: known.length
					? `vouliez-vous dire « ${closest(key, known)} » ? Clés possibles : ${known.join(', ')}`
					: 'supprimez cette clé',
			}));
		}
		case 'invalid_value': {
			const values = issue.values.map(String);
			if (input === undefined) {
				return [{ path, atKey: true, message: 'champ obligatoire manquant', hint: `ajoutez « ${String(path.at(-1))}: … » avec l’une des valeurs : ${values.join(', ')}` }];
			}
			const hint =
				typeof input === 'string' && values.length > 1
					? `vouliez-vous dire « ${closest(input, values)} » ? Valeurs possibles : ${values.join(', ')}`
					: `valeur attendue : ${values.join(', ')}`;
			return [{ path, atKey: false, message: `valeur non reconnue : ${describeValue(input)}`, hint }];
		}
		case 'invalid_type': {
			if (input === undefined) {
				return [
					{
						path,
						atKey: true,
						message: 'champ obligatoire manquant',
						hint: `ajoutez « ${String(path.at(-1))}: … » (${typeNames[issue.expected] ?? issue.expected} attendu)`,
					},
				];
			}
			return [
				{
					path,
					atKey: false,
					message: `${typeNames[issue.expected] ?? issue.expected} ${issue.expected === 'date' ? 'attendue' : 'attendu'}, trouvé ${describeValue(input)}`,
					hint:
						issue.expected === 'string' && input !== null && typeof input === 'object' && !Array.isArray(input)
							? 'le texte contient sans doute « : » suivi d’une espace : mettez-le entre guillemets (\'…\') ou écrivez-le après « >- » à la ligne'
							: issue.expected === 'array'
							? 'écrivez une liste : [a, b] ou une ligne « - a » par élément'
							: issue.expected === 'number'
								? 'écrivez le nombre sans guillemets ni unité'
								: issue.expected === 'date'
									? 'écrivez la date AAAA-MM-JJ, un jour qui existe (par exemple 2026-11-22, pas 22/11/2026 ni 2026-02-30)'
									: undefined,
				},
			];
		}
		case 'too_small': {
			const what = issue.origin === 'array' ? `au moins ${issue.minimum} élément(s)` : issue.origin === 'string' ? 'un texte non vide' : `au moins ${issue.minimum}`;
			return [{ path, atKey: false, message: `${what} attendu, trouvé ${describeValue(input)}`, hint: issue.message.includes('source') ? 'indiquez le document source (identifiant d’une ressource)' : undefined }];
		}
		case 'too_big':
			return [{ path, atKey: false, message: `valeur trop grande : au plus ${issue.maximum} attendu, trouvé ${describeValue(input)}` }];
		case 'invalid_format':
			return [{ path, atKey: false, message: `${issue.message} ; trouvé ${describeValue(input)}` }];
		default:
			return [{ path, atKey: false, message: `${issue.message}${input !== undefined ? ` ; trouvé ${describeValue(input)}` : ''}` }];
	}
}
