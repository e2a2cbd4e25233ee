/**
 * `npm run schemas`: writes the JSON Schema of every collection to `.vscode/schemas/` and
 * points `.vscode/settings.json` at them. Run it after changing `src/schemas/`; a test fails
 * while the committed files are out of date.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { contentJsonSchemas, editorSettings, JSON_SCHEMAS_DIR, serialise } from '../src/lib/content-check/json-schemas.ts';

const dir = join(process.cwd(), JSON_SCHEMAS_DIR);
mkdirSync(dir, { recursive: true });
const schemas = await contentJsonSchemas();
for (const file of readdirSync(dir)) if (!schemas.has(file)) rmSync(join(dir, file));
for (const [file, schema] of schemas) writeFileSync(join(dir, file), serialise(schema));

const settingsFile = join(process.cwd(), '.vscode/settings.json');
const current = existsSync(settingsFile) ? JSON.parse(readFileSync(settingsFile, 'utf8')) : {};
writeFileSync(settingsFile, serialise(editorSettings(current)));
console.log(`${schemas.size} schémas écrits dans ${JSON_SCHEMAS_DIR}/, .vscode/settings.json à jour`);
