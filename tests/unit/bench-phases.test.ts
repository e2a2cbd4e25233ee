import { describe, expect, it } from 'vitest';
import { phaseTimes } from '../../scripts/bench/build.ts';

describe('bench phases', () => {
	it('ends a phase at its integration’s own line, not at Astro’s « Waiting for integration » notice', () => {
		const lines = [
			{ ms: 1000, text: '[ess:content-integrity] contenu vérifié : aucun problème' },
			{ ms: 2000, text: '[content] Synced content' },
			{ ms: 5000, text: '[vite] ✓ built in 3.00s' },
			{ ms: 9000, text: '[ess:typography] typographie française : 10 fichiers corrigés sur 10' },
			{ ms: 12000, text: '[build] Waiting for integration "ess:search-index", hook "astro:build:done"...' },
			{ ms: 15000, text: '[ess:search-index] index de recherche : 8 pages en 6000 ms' },
			{ ms: 15500, text: '[ess:security-headers] _headers : politique de sécurité de 10 pages' },
			{ ms: 17000, text: '[ess:offline] hors ligne : 30 fichiers, 1.0 Mio' },
		];
		const phases = phaseTimes(lines, 17200);
		expect(phases['index de recherche']).toBe(6000);
		expect(phases['en-têtes de sécurité']).toBe(500);
		expect(phases['manifeste hors ligne']).toBe(1500);
	});
});
