import { describe, expect, it } from 'vitest';
import { copiedPages, phaseTimes } from '../../scripts/bench/build.ts';

describe('bench phases', () => {
	it('ends a phase at its integration’s own line, not at Astro’s « Waiting for integration » notice', () => {
		const lines = [
			{ ms: 2000, text: '[content] Synced content' },
			{ ms: 2400, text: '[ess:content-integrity] contenu vérifié : aucun problème' },
			{ ms: 5000, text: '[vite] ✓ built in 3.00s' },
			{ ms: 8000, text: '✓ Completed in 3.00s.' },
			{ ms: 8200, text: '[ess:security-headers] _headers : politique de sécurité de 10 pages' },
			{ ms: 8600, text: '[ess:citation-files] fichiers de citation : 6 pour 2 ressources' },
			{ ms: 8700, text: '[ess:data-catalogue] donnees/catalogue.jsonld : 1 jeux de données, 2 fichiers' },
			{ ms: 9000, text: '[ess:typography] typographie française : 10 fichiers corrigés sur 10' },
			{ ms: 12000, text: '[build] Waiting for integration "ess:search-index", hook "astro:build:done"...' },
			{ ms: 15000, text: '[ess:search-index] index de recherche : 8 pages en 6000 ms' },
			{ ms: 17000, text: '[ess:offline] hors ligne : 30 fichiers, 1.0 Mio' },
		];
		const phases = phaseTimes(lines, 17200);
		expect(phases['démarrage, synchronisation du contenu et compilation des corps']).toBe(2000);
		expect(phases['vérification du contenu (attendue après la synchronisation)']).toBe(400);
		expect(phases['regroupement par Vite']).toBe(2600);
		expect(phases['rendu des pages (typographie et lecture par Pagefind comprises)']).toBe(3000);
		expect(phases['en-têtes, fichiers de citation, catalogue']).toBe(700);
		expect(phases['typographie des flux et fichiers écrits hors rendu']).toBe(300);
		expect(phases['index de recherche']).toBe(6000);
		expect(phases['manifeste hors ligne']).toBe(2000);
		expect(phases['fin (sortie d’Astro)']).toBe(200);
	});
});

describe('copiedPages (pages Astro took from the previous build)', () => {
	it('counts the lines Astro ends with « (cached) » or « (restored) », rendered pages and their timings left out', () => {
		const lines = [
			'12:09:30   ├─ /fiches/fiche-exemple/index.html12:09:30   ├─ /financements/famille/europe/index.html (restored)',
			'12:09:30   ├─ /leviers/levier-exemple/index.html (cached)',
			' (+12ms) ',
			'12:09:30   ├─ /index.html (+8ms)',
		].map((text) => ({ text }));
		expect(copiedPages(lines)).toBe(2);
	});
});
