/**
 * `npm run lint:content`: checks every content file (schemas, typed links, ids, file names,
 * MDX bodies) and prints one located French message per problem. Exits 1 when there is any.
 * Set CONTENT_DIR to check another content folder.
 */
import { resolve } from 'node:path';
import { lintContent } from '../src/lib/content-check/lint.ts';
import { contentDir } from '../src/lib/content-dir.ts';

const { report, status } = lintContent(resolve(contentDir()), process.cwd());
console.log(report);
process.exitCode = status;
