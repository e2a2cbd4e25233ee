/**
 * The citations of the catalogue's resources, computed once per build from the catalogue and
 * shared by every page and file that shows them: the French reference, the per-resource files and
 * the whole-catalogue exports.
 */
import { getCatalogue } from '../catalogue.ts';
import { type CslItem, resourceCsl } from './csl.ts';
import type { CitationFormat } from './files.ts';
import { citationFile, frenchReferences } from './formats.ts';

export interface Citation {
	item: CslItem;
	/** The French reference, as plain text. */
	reference: string;
}

let loading: Promise<Map<string, Citation>> | undefined;

/** Every resource's citation, by id, sorted by id so that successive exports diff line by line. */
export function citations(): Promise<Map<string, Citation>> {
	loading ??= (async () => {
		const catalogue = await getCatalogue();
		const organisations = new Map(catalogue.all('organisations').map((o) => [o.id, o.data]));
		const ctx = { organisation: (id: string) => organisations.get(id) };
		const items = [...catalogue.all('resources')]
			.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
			.map((resource) => resourceCsl(resource, ctx));
		const references = frenchReferences(items);
		return new Map(items.map((item) => [item.id, { item, reference: references.get(item.id)! }]));
	})();
	return loading;
}

/** The citation of one resource. */
export async function citationOf(id: string): Promise<Citation> {
	const citation = (await citations()).get(id);
	if (!citation) throw new Error(`Citation : aucune ressource « ${id} » → vérifiez l’identifiant.`);
	return citation;
}

const catalogueFiles = new Map<CitationFormat, Promise<string>>();

/** The whole-catalogue file in `format` (`donnees/ressources.<format>`), written once per build. */
export function catalogueCitationFile(format: CitationFormat): Promise<string> {
	let file = catalogueFiles.get(format);
	if (!file) {
		file = citations().then((all) => citationFile([...all.values()].map((c) => c.item), format));
		catalogueFiles.set(format, file);
	}
	return file;
}
