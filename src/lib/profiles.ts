/** The reader profiles the home page offers, each gathering what concerns one level of action. */
import type { Level } from '../schemas/shared.ts';

export interface Profile {
	slug: string;
	/** « Je représente une commune ». */
	label: string;
	/** Level of local government, except for project holders. */
	level?: Level;
	intro: string;
	/** « une commune »: who the dossier is for, after « pour ». */
	short: string;
	/** « d’une commune »: whose point of view, after « du point de vue ». */
	of: string;
}

export const PROFILES: Profile[] = [
	{ slug: 'commune', short: 'une commune', of: 'd’une commune', level: 'commune', label: 'Je représente une commune', intro: 'Ce qu’une commune peut faire pour les entreprises de l’ESS de son territoire : leviers, exemples et ressources.' },
	{ slug: 'intercommunalite', short: 'une intercommunalité', of: 'd’une intercommunalité', level: 'intercommunalite', label: 'Je représente une intercommunalité', intro: 'Les leviers d’une communauté de communes ou d’agglomération pour soutenir l’ESS, et des intercommunalités qui l’ont fait.' },
	{ slug: 'territoire-de-projet', short: 'un territoire de projet', of: 'd’un territoire de projet', level: 'territoire-de-projet', label: 'Je représente un territoire de projet (Pays, PETR)', intro: 'Comment un Pays ou un PETR peut intégrer l’ESS à son projet de territoire : fiche, leviers, exemples.' },
	{ slug: 'departement', short: 'un département', of: 'd’un département', level: 'departement', label: 'Je représente un département', intro: 'Les leviers d’un conseil départemental pour l’ESS en milieu rural, la fiche qui les présente et des départements qui agissent.' },
	{ slug: 'region', short: 'une région', of: 'd’une région', level: 'region', label: 'Je représente une région', intro: 'Comment une région peut favoriser la coopération économique territoriale et les projets de l’ESS.' },
	{ slug: 'porteur-de-projet', short: 'un porteur de projet', of: 'd’un porteur de projet', label: 'Je porte un projet', intro: 'Les besoins auxquels répondre, les financements possibles, les ressources pour se lancer et des initiatives dont s’inspirer.' },
];
