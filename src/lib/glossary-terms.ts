/** Reads the glossary's terms straight from its YAML file, for build-time plugins configured before collections load. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { GlossaryTerm } from './markdown/glossary.ts';

export function readGlossaryTerms(contentRoot: string): GlossaryTerm[] {
	const file = join(contentRoot, 'data', 'glossary.yaml');
	if (!existsSync(file)) return [];
	const records = parse(readFileSync(file, 'utf8').replace(/^\uFEFF/, '')) as unknown;
	if (!Array.isArray(records)) return [];
	return records
		.filter((r) => r && typeof r.id === 'string' && (typeof r.name === 'string' || typeof r.acronym === 'string'))
		.map((r) => ({ id: r.id, ...(typeof r.name === 'string' ? { term: r.name } : {}), ...(typeof r.acronym === 'string' ? { acronym: r.acronym } : {}) }));
}
