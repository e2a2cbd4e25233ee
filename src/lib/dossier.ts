/** The dossiers (profile × theme pages): which exist, when their information dates from, the acronyms they use. */
import { type AnyEntry, type Catalogue } from './catalogue.ts';
import { type Dating, merge } from './dating.ts';
import { themeSections, type ThemeSection } from './profile-sections.ts';
import { PROFILES, type Profile } from './profiles.ts';

/** Every profile × theme combination that has something to say, as static paths. */
export function dossierPaths(catalogue: Catalogue): { params: { profil: string; theme: string }; props: { profile: Profile; section: ThemeSection } }[] {
	return PROFILES.flatMap((profile) =>
		themeSections(catalogue, profile.level).map((section) => ({ params: { profil: profile.slug, theme: section.theme.id }, props: { profile, section } })),
	);
}

/** The entries a dossier shows. */
export function dossierEntries(sections: ThemeSection[]): AnyEntry[] {
	return sections.flatMap((s) => [...s.levers.map((l) => l.lever), ...s.examples.map((e) => e.entry), ...s.funding, ...s.resources]);
}

/** The years the dossier's information comes from, merged over what it shows (a scheme counts by its sources, not its period). */
export function dossierDating(catalogue: Catalogue, sections: ThemeSection[]): Omit<Dating, 'basis' | 'documents'> | undefined {
	return merge(dossierEntries(sections).map((e) => catalogue.informationDating(e)).filter((d) => d !== undefined));
}

/** Ids of the glossary entries the dossier's entries link to, for its « Sigles employés ». */
export function dossierTerms(catalogue: Catalogue, sections: ThemeSection[]): string[] {
	const ids = dossierEntries(sections).flatMap((e) => catalogue.graph.linksFrom(e).filter((edge) => edge.to.collection === 'glossary').map((edge) => edge.to.id));
	// « Sigles employés » lists acronyms only (TermsUsed.astro).
	return [...new Set(ids)].filter((id) => Boolean((catalogue.find({ collection: 'glossary', id })?.data as { acronym?: string } | undefined)?.acronym));
}

/** The page that gathers the themes a reader chooses into one dossier (src/pages/pour/[profil]/dossier.astro). */
export const dossierPath = (profile: Profile) => `pour/${profile.slug}/dossier/`;
