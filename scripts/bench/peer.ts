/**
 * Starlight building the same N real-size documents (the peer benchmark's site-a, in
 * /tmp/perfbase as its compare.sh installs it), so that the bench can print, from one run,
 * R = (build of the real content + N documents − build of the real content) ÷ Starlight(N).
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { PEER_BENCH } from './realsize.ts';

const WORK = '/tmp/perfbase';

export interface PeerBuild {
	ms: number;
	peakRssBytes: number;
}

/** Installs the peer sites in /tmp/perfbase the first time, as compare.sh does. */
function install(): void {
	if (existsSync(join(WORK, 'site-a', 'node_modules'))) return;
	if (!existsSync(join(PEER_BENCH, 'site-a'))) throw new Error(`banc comparatif introuvable (${PEER_BENCH})`);
	rmSync(WORK, { recursive: true, force: true });
	mkdirSync(WORK, { recursive: true });
	for (const part of ['gen', 'bench', 'site-a', 'site-b']) cpSync(join(PEER_BENCH, part), join(WORK, part), { recursive: true });
	execFileSync('npm', ['install', '--no-audit', '--no-fund', '--silent'], { cwd: join(WORK, 'site-a'), stdio: 'ignore' });
}

/** One cold Starlight build of the peer benchmark's N documents (seed 42, as realsize.ts writes them). */
export function starlightBuild(n: number, round = 1): PeerBuild {
	install();
	execFileSync('bash', [join(WORK, 'bench', 'gen-content.sh'), String(n)], { stdio: 'ignore' });
	execFileSync('bash', [join(WORK, 'bench', 'build-one.sh'), 'a', String(n), String(round)], { stdio: 'ignore' });
	const last = readFileSync(join(WORK, 'results', 'builds.jsonl'), 'utf8').trim().split('\n').at(-1)!;
	const row = JSON.parse(last) as { build_s: number; build_rss_kb: number };
	return { ms: row.build_s * 1000, peakRssBytes: row.build_rss_kb * 1024 };
}
