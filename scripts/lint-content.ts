/**
 * `npm run lint:content`: checks every content file (schemas, typed links, ids, file names)
 * and prints one located French message per problem. Exits 1 when there is any.
 * Set CONTENT_DIR to check another content folder.
 */
import { resolve } from 'node:path';
import { checkContent } from '../src/lib/content-check/check.ts';
import { formatReport } from '../src/lib/content-check/problem.ts';
import { contentDir } from '../src/lib/content-dir.ts';

const { problems } = checkContent(resolve(contentDir()), process.cwd());
console.log(formatReport(problems));
process.exitCode = problems.length ? 1 : 0;
