/**
 * `/recherche/vocabulaire.json`: the words of the catalogue (titles, summaries, texts) with how often
 * they occur, most frequent first. The search page loads it once to correct a misspelt word
 * (« coopertive » → « coopérative »): Pagefind only matches words and their prefixes.
 */
import type { APIRoute } from 'astro';
import { getCatalogue, summaryOf, titleOf } from '../../lib/catalogue.ts';
import { vocabularyOf } from '../../lib/search-vocabulary.ts';

export const GET: APIRoute = async () => {
	const catalogue = await getCatalogue();
	// Readers' words (`aliases`) too, so that a misspelt one is corrected to it.
	const texts = catalogue.everything().map((entry) => [titleOf(entry), summaryOf(entry) ?? '', entry.body ?? '', ...((entry.data as { aliases?: string[] }).aliases ?? [])].join(' '));
	return new Response(JSON.stringify(vocabularyOf(texts)), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
