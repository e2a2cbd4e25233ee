/**
 * The JSDoc of the content schemas, read from `src/schemas/*.ts`, so that the published JSON
 * Schemas and the `/donnees/` page describe each field with the very text contributors read
 * in the code: the comments stay the one place where a field is explained.
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
}


function jsDocOf(node: ts.Node): string | undefined {
	const docs = (node as { jsDoc?: ts.JSDoc[] }).jsDoc;
	const comment = docs?.at(-1)?.comment;
	if (!comment) return undefined;
	return (typeof comment === 'string' ? comment : comment.map((part) => part.text).join('')).replace(/\s+/g, ' ').trim();
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
				docs.set(name, { doc: jsDocOf(statement), fields: {} });
				const literal = objectLiteralIn(declaration.initializer);
				if (literal) literals.set(name, literal);
			}
		}
	}
	// Spreads (`...entryBase`) may name constants of other files: resolve once every file is read.
	const fieldsOf = (name: string, seen = new Set<string>()): Record<string, string> => {
		const literal = literals.get(name);
		if (!literal || seen.has(name)) return {};
		seen.add(name);
		const fields: Record<string, string> = {};
		for (const property of literal.properties) {
			if (ts.isSpreadAssignment(property) && ts.isIdentifier(property.expression)) {
				Object.assign(fields, fieldsOf(property.expression.text, seen));
			} else if ((ts.isPropertyAssignment(property) || ts.isShorthandPropertyAssignment(property)) && ts.isIdentifier(property.name)) {
				const doc = jsDocOf(property);
				if (doc) fields[property.name.text] = doc;
			}
		}
		return fields;
	};
	for (const [name, doc] of docs) doc.fields = fieldsOf(name);
	return docs;
}
