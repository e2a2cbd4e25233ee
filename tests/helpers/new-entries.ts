import { ENTRY_COLLECTIONS } from '../../src/schemas/names.ts';
import { createEntry } from '../../src/lib/new-entry.ts';

export interface NewEntry {
	title: string;
	/** Site path of its page. */
	page: string;
	file: string;
}

/** Links the fixture content can give to required link fields. */
const FIXTURE_LINKS = { sources: 'etude-exemple', programme: 'programme-exemple' };

/** Writes one entry per entry collection into a fixture content folder, as `npm run new` does. */
export async function writeNewEntries(contentRoot: string): Promise<NewEntry[]> {
	const entries: NewEntry[] = [];
	for (const collection of ENTRY_COLLECTIONS) {
		const title = `Nouvelle entrée : « ${collection} » & l’État`;
		const result = await createEntry(contentRoot, { collection, title, links: FIXTURE_LINKS });
		if (!result.ok) throw new Error(`${result.message} → ${result.hint}`);
		entries.push({ title, page: result.page, file: result.file });
	}
	return entries;
}
