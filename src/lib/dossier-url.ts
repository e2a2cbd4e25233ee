/**
 * A dossier's choice in its address, so it can be shared, bookmarked and opened again:
 * `pour/<profil>/dossier/?theme=commerces-de-proximite&theme=mobilite&lieu=Aubusson`, the query a
 * plain form (DossierForm.astro) sends. No Node import: the dossier page's script reads it too.
 */

/** Query parameters: one `theme` per theme chosen (comma-separated lists are read too), `lieu` optional. */
export const DOSSIER_PARAMS = { theme: 'theme', place: 'lieu' } as const;

/**
 * Most themes one dossier gathers: each adds its theme page (several kilobytes) to the download, and a
 * council dossier stays readable. The bench (scripts/bench/run.ts) weighs the heaviest such dossier.
 */
export const MAX_DOSSIER_THEMES = 2;

export interface DossierChoice {
	/** Theme ids, in the order of `known` (the site's theme order), unknown ones dropped. */
	themes: string[];
	/** What the reader typed for their place, trimmed; empty when none. */
	place: string;
	/** Themes asked for beyond `MAX_DOSSIER_THEMES`, left out (the page says so). */
	dropped?: string[];
}

/** The choice a query string carries, keeping only the themes the profile has (`known`). */
export function readDossierChoice(search: string, known: string[]): DossierChoice {
	const params = new URLSearchParams(search);
	const asked = new Set(params.getAll(DOSSIER_PARAMS.theme).flatMap((value) => value.split(',')).map((id) => id.trim()));
	const themes = known.filter((id) => asked.has(id));
	const place = (params.get(DOSSIER_PARAMS.place) ?? '').trim().slice(0, 100);
	return themes.length > MAX_DOSSIER_THEMES ? { themes: themes.slice(0, MAX_DOSSIER_THEMES), place, dropped: themes.slice(MAX_DOSSIER_THEMES) } : { themes, place };
}

/** The query string of a choice (`?theme=…&lieu=…`). */
export function dossierQuery(choice: DossierChoice): string {
	const params = new URLSearchParams();
	for (const id of choice.themes) params.append(DOSSIER_PARAMS.theme, id);
	if (choice.place) params.set(DOSSIER_PARAMS.place, choice.place);
	return `?${params}`;
}
