/**
 * The files under src/content/ that no collection will load, or that the build would load
 * differently from what a contributor expects. Astro's glob loader reads `<collection>/**\/*.{md,mdx}`
 * and turns `x/index.mdx` into the id `x`, which silently replaces `x.mdx`; a `.MDX`, `.markdown`
 * or `themes.yml` is silently ignored; a symlink publishes whatever it points to. Each is an error here.
 */
import { lstatSync, readdirSync } from 'node:fs';
import { extname, join, relative } from 'node:path';
import { DATA_COLLECTIONS, dataFile, ENTRY_COLLECTIONS, entryDir } from '../../schemas/index.ts';
import { IMAGE_EXTENSIONS } from './image-path.ts';
import type { Problem } from './problem.ts';

const ENTRY_EXTENSIONS = ['.md', '.mdx'];

/** Problems with the set of files, and the files (relative to contentRoot, `/`-separated) they concern. */
export function fileSetProblems(contentRoot: string, projectRoot: string): { problems: Problem[]; refused: Set<string> } {
	const problems: Problem[] = [];
	const refused = new Set<string>();
	const entryDirs = new Set<string>(ENTRY_COLLECTIONS.map((c) => entryDir(c)));
	const dataFiles = new Set<string>(DATA_COLLECTIONS.map((c) => dataFile(c)));
	const refuse = (path: string, rule: string, message: string, hint: string) => {
		refused.add(path);
		problems.push({ file: relative(projectRoot, join(contentRoot, path)).split('\\').join('/'), line: 0, column: 0, rule, field: '', message, hint });
	};
	const names = (readdirSync(contentRoot, { recursive: true }) as string[]).map((n) => n.split('\\').join('/')).sort();
	for (const path of names) {
		const stat = lstatSync(join(contentRoot, path));
		if (stat.isSymbolicLink()) {
			refuse(path, 'lien-symbolique', 'ce fichier est un lien symbolique : le site publierait le fichier vers lequel il pointe', 'remplacez le lien par une copie du fichier lui-même');
			continue;
		}
		if (stat.isDirectory()) continue;
		const [top, ...rest] = path.split('/');
		const extension = extname(path);
		if (dataFiles.has(path)) continue;
		if (entryDirs.has(top!) && rest.length === 1) {
			if (ENTRY_EXTENSIONS.includes(extension) || IMAGE_EXTENSIONS.includes(extension)) continue;
			const lower = extension.toLowerCase();
			const hint = ENTRY_EXTENSIONS.includes(lower) || lower === '.markdown' ? `renommez-le en « ${path.split('/').pop()!.slice(0, -extension.length)}.mdx »` : `une entrée est un fichier .mdx ou .md ; une image, un fichier ${IMAGE_EXTENSIONS.join(', ')}`;
			refuse(path, 'fichier-ignore', `fichier « ${path} » ignoré par le site : extension « ${extension || '(aucune)'} » inattendue`, hint);
			continue;
		}
		if (entryDirs.has(top!) && rest.length > 1) {
			const folder = rest.slice(0, -1).join('/');
			refuse(
				path,
				'sous-dossier',
				`fichier dans un sous-dossier « ${top}/${folder}/ » : les entrées se placent directement dans « ${top}/ »`,
				rest.at(-1)?.startsWith('index.') ? `« ${top}/${folder}/index… » remplacerait la page de l’entrée « ${folder} » : écrivez plutôt « ${top}/${folder}.mdx »` : `déplacez le fichier dans « ${top}/ »`,
			);
			continue;
		}
		const expected = top === 'data' ? `fichiers de données possibles : ${[...dataFiles].join(', ')}` : `dossiers possibles : ${[...entryDirs].join(', ')}, et data/ pour les données`;
		refuse(path, 'fichier-ignore', `fichier « ${path} » ignoré par le site : aucune collection ne le lit`, expected);
	}
	return { problems, refused };
}
