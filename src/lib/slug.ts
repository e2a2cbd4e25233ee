/** File names and ids from French titles: lower-case ASCII kebab-case (« L’ESS & l’État » → `l-ess-et-l-etat`). */
import slugify from '@sindresorhus/slugify';

/** What a file name or record id must look like. */
export const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

export const toSlug = (text: string) => slugify(text, { decamelize: false, customReplacements: [['&', ' et ']] });
