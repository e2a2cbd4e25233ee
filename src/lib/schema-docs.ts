/**
 * The JSDoc of the content schemas, read from `src/schemas/*.ts`, so that the published JSON
 * Schemas and the `/donnees/` page describe each field with the very text contributors read
 * in the code: the comments stay the one place where a field is explained. Code reads the
 * English text; readers get the French line of the same comment (`@fr …`).
 */
import ts from 'typescript';
import { z } from 'astro/zod';
import * as data from '../schemas/data.ts';
import * as fiches from '../schemas/fiches.ts';
import * as initiatives from '../schemas/initiatives.ts';
import * as levers from '../schemas/levers.ts';
import * as place from '../schemas/place.ts';
import * as resources from '../schemas/resources.ts';
import * as shared from '../schemas/shared.ts';
import * as territories from '../schemas/territories.ts';

/** The schema files that export Zod schemas, in file-name order. */
const SCHEMA_MODULES = [data, fiches, initiatives, levers, place, resources, shared, territories];

let names: Map<unknown, string> | undefined;
/**
 * Zod schema instance → name of the constant exporting it (the first, if two export the same one),
 * to find its JSDoc in what `readSchemaDocs` returns.
 */
export function schemaNames(): Map<unknown, string> {
	if (!names) {
		names = new Map();
		for (const module of SCHEMA_MODULES) {
			for (const [name, value] of Object.entries(module)) {
				if (value instanceof z.ZodType && !names.has(value)) names.set(value, name);
			}
		}
	}
	return names;
}

export interface SchemaDoc {
	/** The JSDoc above `export const <name> = …`. */
	doc?: string;
	/** The JSDoc above each field of the object the constant builds, spread fields included. */
	fields: Record<string, string>;
	/** The same texts in French, from each comment's `@fr` tag, for readers of the published files. */
	fr: { doc?: string; fields: Record<string, string> };
	/** Schema file each text comes from (`doc` under the constant's own name), for error messages. */
	files: Record<string, string>;
}

/** Key of the constant's own text in `SchemaDoc.files`. */
const SELF = '';

const flat = (comment: string | ts.NodeArray<ts.JSDocComment> | undefined) =>
	comment ? (typeof comment === 'string' ? comment : comment.map((part) => part.text).join('')).replace(/\s+/g, ' ').trim() || undefined : undefined;

/** The English text of a node's JSDoc (tags left out) and its `@fr` line. */
function jsDocOf(node: ts.Node): { en?: string; fr?: string } {
	const doc = (node as { jsDoc?: ts.JSDoc[] }).jsDoc?.at(-1);
	return { en: flat(doc?.comment), fr: flat(doc?.tags?.find((tag) => tag.tagName.text === 'fr')?.comment) };
}

/** The first object literal an initialiser builds: `z.strictObject({…})`, `{…}`, `z.object({…}).refine(…)`. */
function objectLiteralIn(node: ts.Node): ts.ObjectLiteralExpression | undefined {
	if (ts.isObjectLiteralExpression(node)) return node;
	return ts.forEachChild(node, objectLiteralIn);
}

/** Documentation of every constant of the schema files (path → text), keyed by the constant's name. */
export function readSchemaDocs(
	// The schema files' text, bundled at build time (the build runs from another folder than `src/`);
	// scripts run by Node pass the files they read themselves.
	sources: Record<string, string> = import.meta.glob<string>('../schemas/*.ts', { query: '?raw', import: 'default', eager: true }),
): Map<string, SchemaDoc> {
	const literals = new Map<string, ts.ObjectLiteralExpression>();
	const docs = new Map<string, SchemaDoc>();
	for (const [file, text] of Object.entries(sources)) {
		const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
		for (const statement of source.statements) {
			if (!ts.isVariableStatement(statement)) continue;
			for (const declaration of statement.declarationList.declarations) {
				if (!ts.isIdentifier(declaration.name) || !declaration.initializer) continue;
				const name = declaration.name.text;
				const { en, fr } = jsDocOf(statement);
				docs.set(name, { doc: en, fields: {}, fr: { doc: fr, fields: {} }, files: { [SELF]: file } });
				const literal = objectLiteralIn(declaration.initializer);
				if (literal) literals.set(name, literal);
			}
		}
	}
	// Spreads (`...entryBase`) may name constants of other files: resolve once every file is read.
	const fieldsOf = (name: string, into: SchemaDoc, seen = new Set<string>()) => {
		const literal = literals.get(name);
		if (!literal || seen.has(name)) return;
		seen.add(name);
		for (const property of literal.properties) {
			if (ts.isSpreadAssignment(property) && ts.isIdentifier(property.expression)) {
				fieldsOf(property.expression.text, into, seen);
			} else if ((ts.isPropertyAssignment(property) || ts.isShorthandPropertyAssignment(property)) && ts.isIdentifier(property.name)) {
				const field = property.name.text;
				const { en, fr } = jsDocOf(property);
				if (en) into.fields[field] = en;
				if (fr) into.fr.fields[field] = fr;
				if (en || fr) into.files[field] = property.getSourceFile().fileName;
			}
		}
	};
	for (const [name, doc] of docs) fieldsOf(name, doc);
	return docs;
}

const shortPath = (file: string) => `src/schemas/${file.split('/').at(-1)}`;

/**
 * The French texts of `doc` (the JSDoc of the constant `name`), for the published files: every text the
 * comment gives in English must have its French line, or the build stops here naming the file and field.
 */
export function frenchDocs(doc: SchemaDoc, name: string): SchemaDoc['fr'] {
	const missing = [
		...(doc.doc && !doc.fr.doc ? [[SELF, `la description de « ${name} »`]] : []),
		...Object.keys(doc.fields).filter((field) => !doc.fr.fields[field]).map((field) => [field, `le champ « ${field} » de « ${name} »`]),
	];
	if (missing.length) {
		const [key, what] = missing[0]!;
		throw new Error(
			`${shortPath(doc.files[key!]!)} : ${what} n’a pas de description en français pour les fichiers publiés` +
				`${missing.length > 1 ? ` (et ${missing.length - 1} autre${missing.length > 2 ? 's' : ''} : ${missing.slice(1).map(([field]) => field || name).join(', ')})` : ''}` +
				' → ajoutez à son commentaire JSDoc une ligne « @fr … » qui dit la même chose en français.',
		);
	}
	return doc.fr;
}
