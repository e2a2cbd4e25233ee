import { z } from 'astro/zod';
import { text } from './text.ts';
import { getCommune, getDepartement, getEpci, getRegion } from '../lib/geo.ts';

/**
 * Official INSEE code of a current commune (5 characters, e.g. `12145`, `2A004`, `97209`).
 * @fr Code officiel INSEE d’une commune actuelle (5 caractères, par exemple « 12145 », « 2A004 », « 97209 »).
 */
export const communeCode = z
	.string()
	.regex(/^(\d{5}|2[AB]\d{3})$/, 'code INSEE de commune à 5 caractères attendu (ex. 12145)')
	.refine((code) => Boolean(getCommune(code)), {
		error: (issue) => `« ${issue.input} » n'est pas le code INSEE d'une commune actuelle`,
	});

/**
 * Official code of a département (e.g. `12`, `2A`, `972`).
 * @fr Code officiel d’un département (par exemple « 12 », « 2A », « 972 »).
 */
export const departementCode = z
	.string()
	.refine((code) => Boolean(getDepartement(code)), {
		error: (issue) => `« ${issue.input} » n'est pas un code de département (ex. 12, 2A, 972)`,
	});

/**
 * Official INSEE code of a région (e.g. `76` for Occitanie, `02` for Martinique).
 * @fr Code officiel INSEE d’une région (par exemple « 76 » pour l’Occitanie, « 02 » pour la Martinique).
 */
export const regionCode = z
	.string()
	.refine((code) => Boolean(getRegion(code)), {
		error: (issue) => `« ${issue.input} » n'est pas un code INSEE de région (ex. 76, 02)`,
	});

/**
 * SIREN of an intercommunality (EPCI à fiscalité propre), as listed by the official table.
 * @fr SIREN d’une intercommunalité (EPCI à fiscalité propre), tel que le donne la table officielle.
 */
export const epciSiren = z
	.string()
	.refine((code) => Boolean(getEpci(code)), {
		error: (issue) => `« ${issue.input} » n'est le SIREN d'aucun EPCI de la table officielle`,
	});

/**
 * Where something is. Give the most precise official code the source supports: a commune,
 * else a département, else a région. Names are derived from the codes, never typed.
 * @fr Où se trouve quelque chose. Donnez le code officiel le plus précis que la source permet : une commune, sinon un
 *   département, sinon une région. Les noms se déduisent des codes, ils ne sont jamais saisis.
 */
export const place = z
	.strictObject({
		/**
		 * INSEE code of the commune. Optional.
		 * @fr Code INSEE de la commune. Facultatif.
		 */
		commune: communeCode.optional(),
		/**
		 * Code of the département, when no commune is known. Optional.
		 * @fr Code du département, quand aucune commune n’est connue. Facultatif.
		 */
		departement: departementCode.optional(),
		/**
		 * INSEE code of the région, when neither commune nor département is known. Optional.
		 * @fr Code INSEE de la région, quand on ne connaît ni la commune ni le département. Facultatif.
		 */
		region: regionCode.optional(),
		/**
		 * A finer or informal name the source uses (a neighbourhood, a valley, a massif). Optional.
		 * @fr Un nom plus précis ou usuel que la source emploie (un quartier, une vallée, un massif). Facultatif.
		 */
		locality: text().optional(),
	})
	.refine((p) => Boolean(p.commune || p.departement || p.region), {
		error: 'un lieu doit donner au moins un code : commune, departement ou region',
	})
	.superRefine((p, ctx) => {
		// The page derives the département and région from the most precise code; the exports print the
		// codes as written: a contradicting code would publish two different places.
		const commune = p.commune ? getCommune(p.commune) : undefined;
		const departement = commune?.departement ?? p.departement;
		if (commune && p.departement && p.departement !== commune.departement) {
			ctx.addIssue({
				code: 'custom',
				path: ['departement'],
				input: p.departement,
				message: `le département « ${p.departement} » contredit la commune « ${p.commune} » (${commune.nom}), qui est dans le département « ${commune.departement} » : retirez « departement », il se déduit de la commune`,
			});
		}
		const region = departement ? getDepartement(departement)?.region : undefined;
		if (region && p.region && p.region !== region) {
			ctx.addIssue({
				code: 'custom',
				path: ['region'],
				input: p.region,
				message: `la région « ${p.region} » contredit ${commune ? `la commune « ${p.commune} »` : `le département « ${departement} »`}, qui est dans la région « ${region} » : retirez « region », elle se déduit ${commune ? 'de la commune' : 'du département'}`,
			});
		}
	});
export type Place = z.infer<typeof place>;
