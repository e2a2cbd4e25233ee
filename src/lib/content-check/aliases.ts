/**
 * Readers' words (`aliases` of glossary terms and themes) lead a search to one entry: each must differ from
 * every title and every other alias, compared as the search compares words (case and accents ignored).
 */
import { fold } from '../search-vocabulary.ts';
import type { Problem } from './problem.ts';

interface AliasedRecord {
	collection: string;
	id: string;
	file: string;
	data: Record<string, unknown>;
	yaml: { position(path: PropertyKey[]): { line: number; column: number } };
}

/** The names a record is found by: a term's acronym and expansion, a theme's name. */
const titlesOf = (r: AliasedRecord) => [r.data.acronym, r.data.name].filter((t): t is string => typeof t === 'string');
const key = (text: string) => fold(text).replace(/[’']/g, ' ').replace(/\s+/g, ' ').trim();

/** Every alias equal to a title or to an earlier alias, of its own entry or of another, with where it is. */
export function aliasProblems(records: AliasedRecord[]): Problem[] {
	const aliased = records.filter((r) => r.collection === 'glossary' || r.collection === 'themes');
	const taken = new Map<string, { record: AliasedRecord; as: string }>();
	for (const record of aliased) for (const title of titlesOf(record)) if (!taken.has(key(title))) taken.set(key(title), { record, as: 'le titre' });
	const problems: Problem[] = [];
	for (const record of aliased) {
		const list = Array.isArray(record.data.aliases) ? (record.data.aliases as string[]) : [];
		list.forEach((alias, i) => {
			const owner = taken.get(key(alias));
			if (!owner) {
				taken.set(key(alias), { record, as: 'un synonyme' });
				return;
			}
			// The same word twice in one list is already reported as a repeated item.
			if (owner.record === record && owner.as === 'un synonyme' && list.some((a, j) => j < i && a === alias)) return;
			const who = owner.record === record ? 'de cette entrée' : `de « ${owner.record.id} » (${owner.record.file})`;
			problems.push({
				file: record.file,
				...record.yaml.position(['aliases', i]),
				rule: 'synonyme-en-double',
				field: `aliases.${i}`,
				message: `« ${alias} » est déjà ${owner.as} ${who} : une recherche de ce mot ne peut mener qu’à une entrée`,
				hint: owner.record === record && owner.as === 'le titre' ? 'retirez ce synonyme : le titre est déjà trouvé' : 'retirez ce synonyme de l’une des deux entrées',
			});
		});
	}
	return problems;
}
