/**
 * Queries a reader types, each with the entries that answer it (any of them counts), for the
 * quality figures of `npm run bench:search`. Answers were chosen by reading the entries' summaries,
 * not by running the search; grouped by who asks (profiles) and by what makes them hard (typos, places
 * absent from the text, readers' words, acronyms).
 */
export interface QualityQuery {
	query: string;
	answers: string[];
}

const i = (id: string) => `/initiatives/${id}/`;

export const QUALITY_QUERIES: QualityQuery[] = [
	{ query: 'comment sauver le café du village', answers: [i('cafe-pluche')] },
	{ query: 'Aubusson', answers: [i('les-amis-de-la-pierre-de-masgot'), i('ambiance-bois')] },
	{ query: '23200', answers: [i('les-amis-de-la-pierre-de-masgot'), i('ambiance-bois')] },
	{ query: 'Creuse', answers: [i('les-amis-de-la-pierre-de-masgot'), i('ambiance-bois')] },
	{ query: 'epicirie', answers: [i('epicerie-thore-la-rochette'), i('la-pioche')] },
	{ query: 'épicerie solidaire', answers: [i('la-pioche')] },
	{ query: 'mobilitée', answers: ['/themes/mobilite/'] },
	{ query: 'mobilité solidaire dans la Drôme', answers: [i('dromolib')] },
	{ query: 'Valence', answers: [i('dromolib')] },
	{ query: 'ressourcerie', answers: [i('bell-occas')] },
	{ query: 'boutique de seconde main dans les Ardennes', answers: [i('bell-occas')] },
	{ query: 'loger des personnes âgées en centre-bourg', answers: [i('habit-age')] },
	{ query: 'centre de santé', answers: [i('centre-de-sante-des-3-cites')] },
	{ query: 'Poitiers', answers: [i('centre-de-sante-des-3-cites')] },
	{ query: 'territoires zéro chômeur', answers: [i('tzcld-midi-quercy')] },
	{ query: 'bois des haies bocagères', answers: [i('haiecobois'), i('cuma-ecovaloris')] },
	{ query: 'déchiqueteuse partagée', answers: [i('cuma-ecovaloris')] },
	{ query: 'Manche', answers: [i('haiecobois'), i('cuma-ecovaloris')] },
	{ query: 'PTCE', answers: ['/glossaire/ptce/'] },
	{ query: 'pôle territorial de coopération économique', answers: ['/glossaire/ptce/'] },
	{ query: 'SCIC', answers: ['/glossaire/scic/'] },
	{ query: 'régie de quartier', answers: [i('desbals-services'), '/glossaire/regie-de-quartier/'] },
	{ query: 'salarié partagé', answers: [i('groupements-employeurs-occitanie'), i('groupements-employeurs-nouvelle-aquitaine')] },
	{ query: 'mobilité en Martinique', answers: [i('reseau-pouce-pouce')] },
	// Commune: questions a mayor or a municipal officer types.
	{ query: 'ouvrir un café associatif', answers: [i('cafe-pluche')] },
	{ query: 'épicerie qui approvisionne la cantine de l’école', answers: [i('epicerie-thore-la-rochette')] },
	{ query: 'habitat partagé pour personnes âgées', answers: [i('habit-age')] },
	{ query: 'lutter contre l’isolement des seniors', answers: [i('sos-gramounes-isoles')] },
	{ query: 'redonner vie au centre-bourg', answers: [i('revitalisation-ille-et-vilaine'), i('habit-age')] },
	// Intercommunalité, PETR, pays.
	{ query: 'PETR chômeurs de longue durée', answers: [i('tzcld-midi-quercy')] },
	{ query: 'plan local pour l’insertion et l’emploi', answers: [i('plie-terres-de-lorraine'), '/glossaire/plie/'] },
	{ query: 'espaces de coworking en milieu rural', answers: [i('le-moulin-digital'), '/ressources/moulin-digital-animateurs-coworking-rural/'] },
	{ query: 'freins de mobilité permanences France Services', answers: [i('conciergerie-mobilite-rurale-midi-quercy')] },
	// Département.
	{ query: 'plan circuits courts du département', answers: [i('circuits-courts-haute-garonne')] },
	{ query: 'incubateur ESS départemental', answers: [i('incubateur-haute-vienne')] },
	{ query: 'guichet unique économie solidaire Meurthe-et-Moselle', answers: [i('comptoir-economie-solidaire-terres-de-lorraine')] },
	{ query: 'accès au foncier des acteurs de l’ESS', answers: ['/leviers/departements-4-foncier/', '/ressources/rtes-acces-au-foncier-acteurs-ess/', '/ressources/tressons-webinaire-acces-au-foncier/'] },
	// Région.
	{ query: 'subvention coopération territoriale Hauts-de-France', answers: [i('acte-hauts-de-france')] },
	{ query: 'pôles ESS en Bretagne', answers: [i('poles-ess-bretons')] },
	{ query: 'offres d’accompagnement et de financement Pays de la Loire', answers: [i('essor-pays-de-la-loire')] },
	{ query: 'Fabriques à initiatives en Corse', answers: [i('capi-corsica')] },
	// Porteur de projet.
	{ query: 'prêt à taux zéro pour un projet', answers: [i('la-solidaire')] },
	{ query: 'mécénat pour un projet associatif de village', answers: [i('bouge-ton-coq')] },
	{ query: 'vendre des produits locaux en ligne', answers: [i('les-loco-motives')] },
	{ query: 'énergie renouvelable citoyenne', answers: [i('energie-partagee')] },
	{ query: 'atelier chantier d’insertion', answers: [i('bell-occas'), '/glossaire/aci/'] },
	// Typos and missing accents.
	{ query: 'resourcerie', answers: [i('bell-occas')] },
	{ query: 'teatre', answers: [i('passerelles-theatre')] },
	{ query: 'fablab drome', answers: [i('8-fablab-drome')] },
	{ query: 'groupement d’employeur', answers: [i('groupements-employeurs-occitanie'), i('groupements-employeurs-nouvelle-aquitaine'), '/glossaire/ge/'] },
	// Communes, postcodes, départements and régions not always written in the entries.
	{ query: 'Crest', answers: [i('8-fablab-drome')] },
	{ query: '26400', answers: [i('8-fablab-drome'), i('dromolib'), i('le-moulin-digital')] },
	{ query: 'Toulouse', answers: [i('desbals-services')] },
	{ query: 'Comberanche-et-Épeluche', answers: [i('cafe-pluche')] },
	{ query: '86000', answers: [i('centre-de-sante-des-3-cites')] },
	{ query: 'Aveyron', answers: [i('les-loco-motives')] },
	{ query: 'Hautes-Alpes', answers: [i('espace-culturel-de-chaillol')] },
	{ query: 'La Réunion', answers: [i('sos-gramounes-isoles')] },
	// Readers' words for what the sources name otherwise.
	{ query: 'covoiturage', answers: ['/territoires/cc-val-de-drome/'] },
	{ query: 'colocation entre seniors', answers: [i('sos-gramounes-isoles')] },
	{ query: 'emploi partagé', answers: [i('groupements-employeurs-occitanie'), i('groupements-employeurs-nouvelle-aquitaine'), '/glossaire/ge/'] },
	{ query: 'réemploi', answers: [i('bell-occas')] },
	{ query: 'recyclerie', answers: [i('bell-occas')] },
	// Acronyms and their expansions.
	{ query: 'DLA', answers: ['/glossaire/dla/', '/ressources/site-info-dla/'] },
	{ query: 'dispositif local d’accompagnement', answers: ['/glossaire/dla/', '/ressources/site-info-dla/'] },
	{ query: 'CRTE', answers: ['/glossaire/crte/', '/ressources/anct-page-crte/'] },
	{ query: 'zone de revitalisation rurale', answers: ['/glossaire/zrr/', '/ressources/cohesion-territoires-page-zrr/'] },
	{ query: 'IAE', answers: ['/glossaire/iae/'] },
	{ query: 'Sapo', answers: ['/glossaire/sapo/', i('ambiance-bois'), '/ressources/loi-1917-sapo/'] },
];
