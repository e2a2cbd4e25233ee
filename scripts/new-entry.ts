/**
 * `npm run new -- <collection> "<titre>" [--sources <id>] [--<champ> <id>]`: writes a new entry
 * (see src/lib/new-entry.ts), then checks the content so the contributor sees at once that the
 * file passes. Set CONTENT_DIR to write into another content folder.
 */
import { relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { checkContent } from '../src/lib/content-check/check.ts';
import { formatProblem } from '../src/lib/content-check/problem.ts';
import { contentDir } from '../src/lib/content-dir.ts';
import { createEntry } from '../src/lib/new-entry.ts';

const { positionals, tokens } = parseArgs({ allowPositionals: true, strict: false, tokens: true });
const links: Record<string, string> = {};
for (const [i, token] of tokens.entries()) {
	const next = tokens[i + 1];
	if (token.kind === 'option' && token.value === undefined && next?.kind === 'positional') links[token.name] = next.value;
	else if (token.kind === 'option' && typeof token.value === 'string') links[token.name] = token.value;
}
const flagValues = new Set(Object.values(links));
const [collection, title] = positionals.filter((p) => !flagValues.has(p));

if (!collection || !title) {
	console.error('Usage : npm run new -- <collection> "<titre>" [--sources <identifiant-de-ressource>]');
	console.error('Exemple : npm run new -- fiches "Les communes et l’ESS" --sources guide-ess-communes');
	process.exit(1);
}

const root = resolve(contentDir());
const result = await createEntry(root, { collection, title, links });
if (!result.ok) {
	console.error(`Rien n’a été écrit : ${result.message} → ${result.hint}`);
	process.exit(1);
}
const file = relative(process.cwd(), result.file);
console.log(`Créé : ${file}`);
const own = checkContent(root, process.cwd()).problems.filter((p) => p.file === file);
for (const problem of own) console.log(formatProblem(problem));
if (own.length) {
	process.exitCode = 1;
} else {
	console.log(`Le fichier passe les vérifications. Complétez les champs marqués « À compléter » et « à vérifier », puis prévisualisez avec « npm run dev » : /${result.page}`);
}
