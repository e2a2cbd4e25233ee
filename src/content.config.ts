import { defineCollection } from 'astro:content';
import { file } from 'astro/loaders';
import type { z } from 'astro/zod';
import { checkedLoader } from './lib/content-check/pending.ts';
import { contentDir } from './lib/content-dir.ts';
import { entryLoader } from './lib/entry-loader.ts';
import { dataFile, dataSchemas, type DataCollection, entryDir, type EntryCollection, entrySchemas } from './schemas/index.ts';

const root = contentDir();

/**
 * One MDX file per entry; bodies without components are kept as HTML (src/lib/entry-loader.ts). Every loader
 * gives way to the content check's report when it fails (src/lib/content-check/pending.ts).
 */
const entries = <S extends z.ZodType>(name: EntryCollection, schema: S) =>
	defineCollection({ loader: checkedLoader(entryLoader({ base: `${root}/${entryDir(name)}`, pattern: '**/*.{md,mdx}' })), schema });

/** One YAML file holding every record, each with its `id`. */
const records = <S extends z.ZodType>(name: DataCollection, schema: S) =>
	defineCollection({ loader: checkedLoader(file(`${root}/${dataFile(name)}`)), schema });

export const collections = {
	resources: entries('resources', entrySchemas.resources),
	fiches: entries('fiches', entrySchemas.fiches),
	levers: entries('levers', entrySchemas.levers),
	initiatives: entries('initiatives', entrySchemas.initiatives),
	territories: entries('territories', entrySchemas.territories),
	organisations: records('organisations', dataSchemas.organisations),
	glossary: records('glossary', dataSchemas.glossary),
	needs: records('needs', dataSchemas.needs),
	activities: records('activities', dataSchemas.activities),
	funding: records('funding', dataSchemas.funding),
	themes: records('themes', dataSchemas.themes),
	programmes: records('programmes', dataSchemas.programmes),
	figures: records('figures', dataSchemas.figures),
};
