/**
 * Real-size corpus for the bench (issue 20): the real content plus N documents of about 730
 * words each (headings, a GFM table, lists, links, acronyms), as `resources` entries. The
 * bodies are those the peer benchmark (../shared/peer-bench) gives Starlight and a bare Astro
 * site, written by its own generator with its seed, so that R compares the same documents.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from '../../tests/helpers/build.ts';

/** The peer benchmark's folder: `PEER_BENCH`, or `../shared/peer-bench` next to the project. */
export const PEER_BENCH = process.env.PEER_BENCH ?? join(ROOT, '..', 'shared', 'peer-bench');
const GENERATOR = join(PEER_BENCH, 'gen', 'generate.mjs');
/** Seed of the peer benchmark (bench/gen-content.sh): the same N documents as Starlight builds. */
const PEER_SEED = '42';
const THEMES = ['mobilite', 'inclusion', 'agriculture', 'culture', 'financement'];

const field = (frontMatter: string, name: string) => frontMatter.match(new RegExp(`^${name}:\\s*"?(.*?)"?\\s*$`, 'm'))?.[1];

/** Writes the real content plus `n` real-size documents into `outDir` (emptied first); returns `outDir`. */
export function writeRealSizeCorpus(n: number, outDir: string): string {
	if (!existsSync(GENERATOR)) {
		throw new Error(`Corpus « taille réelle » : générateur introuvable (${GENERATOR}) ; indiquez le dossier du banc comparatif avec PEER_BENCH=….`);
	}
	const generated = mkdtempSync(join(tmpdir(), 'bench-realsize-'));
	try {
		execFileSync(process.execPath, [GENERATOR, '--n', String(n), '--seed', PEER_SEED, '--out', generated], { stdio: 'ignore' });
		rmSync(outDir, { recursive: true, force: true });
		cpSync(join(ROOT, 'src', 'content'), outDir, { recursive: true });
		const files = readdirSync(generated).filter((f) => f.endsWith('.mdx')).sort().slice(0, n);
		files.forEach((file, i) => {
			const [, frontMatter = '', body = ''] = readFileSync(join(generated, file), 'utf8').split(/^---$/m);
			const head = [
				`title: ${JSON.stringify(field(frontMatter, 'title'))}`,
				`summary: ${JSON.stringify(field(frontMatter, 'description'))}`,
				'kind: etude',
				`year: ${field(frontMatter, 'year')}`,
				`themes: [${THEMES[(i + 1) % THEMES.length]}]`,
				'sources: [tressons-catalogue-ressources]',
				'reviewed: 2026-11-22',
			];
			writeFileSync(join(outDir, 'resources', `peer-${String(i + 1).padStart(5, '0')}.mdx`), `---\n${head.join('\n')}\n---\n${body}`);
		});
		return outDir;
	} finally {
		rmSync(generated, { recursive: true, force: true });
	}
}
