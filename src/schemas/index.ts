/**
 * The catalogue's collections in one table: where each lives and which schema it follows.
 * `src/content.config.ts` turns it into Astro collections; the content checker and the tests
 * read the same table, so there is one definition of the content model.
 */
import type { z } from 'astro/zod';
import {
	activitySchema,
	figureSchema,
	fundingSchema,
	glossarySchema,
	needSchema,
	organisationSchema,
	programmeSchema,
	themeSchema,
} from './data.ts';
import { ficheSchema } from './fiches.ts';
import { initiativeSchema } from './initiatives.ts';
import { leverSchema } from './levers.ts';
import type { CollectionName, DataCollection, EntryCollection } from './names.ts';
import { resourceSchema } from './resources.ts';
import { territorySchema } from './territories.ts';

export * from './names.ts';

/** Folder under `src/content/` holding one MDX file per entry, for each entry collection. */
export const entrySchemas = {
	resources: resourceSchema,
	fiches: ficheSchema,
	levers: leverSchema,
	initiatives: initiativeSchema,
	territories: territorySchema,
} satisfies Record<EntryCollection, z.ZodType>;

/** Records kept in `src/content/data/<name>.yaml`, for each data collection. */
export const dataSchemas = {
	organisations: organisationSchema,
	glossary: glossarySchema,
	needs: needSchema,
	activities: activitySchema,
	funding: fundingSchema,
	themes: themeSchema,
	programmes: programmeSchema,
	figures: figureSchema,
} satisfies Record<DataCollection, z.ZodType>;

export const schemas: Record<CollectionName, z.ZodType> = { ...entrySchemas, ...dataSchemas };

export const entryDir = (collection: EntryCollection) => collection;
export const dataFile = (collection: DataCollection) => `data/${collection}.yaml`;
