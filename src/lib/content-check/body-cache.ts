/**
 * The checker's per-body results, kept by the body's content (node_modules/.astro/ess-build/, see build-cache.ts):
 * a body that did not change since the last check is not parsed again. What is kept is what the body
 * says on its own (its headings, its context-free problems, its addresses: see `BodyFact`); the rules
 * that look at the rest of the site (links, anchors, images) run on every check from these facts.
 * The file is named after a hash of the checker's own code, its schemas and the installed packages, so
 * changing a rule starts afresh. `CONTENT_CHECK_CACHE=0` turns it off.
 */
import { join } from 'node:path';
import { BuildCache, codeVersion, textKey } from '../build-cache.ts';
import type { BodyFact, BodySource } from './body.ts';

/** What one body gives the checker, whatever file holds it. */
export interface BodyResult {
	/** Heading ids of the page. */
	anchors?: string[];
	facts?: BodyFact[];
	/** The syntax error that stopped the parse. */
	error?: Extract<BodyFact, { problem: unknown }>['problem'];
}

/** Bodies kept, most recently used last: a few full catalogues (real content, bench corpora, fixtures). */
const KEEP = 30_000;
const CHECKER_SOURCES = [join(import.meta.dirname), join(import.meta.dirname, '..', '..', 'schemas')];

let version: string | undefined;

/** The key of one body: its syntax (MDX or Markdown) and its text. */
export const bodyKey = (source: BodySource) => textKey(source.file.endsWith('.md') ? 'md' : 'mdx', source.body);

/**
 * The project this code belongs to: the cache lives in its node_modules, whatever root a check reports
 * its paths against (a content folder, in tests: the cache must never land among the entries).
 */
const PROJECT = join(import.meta.dirname, '..', '..', '..');

/** Per-body results read at the start of a check and written back, with the new ones, at its end. */
export const bodyCache = () =>
	new BuildCache<BodyResult>(PROJECT, 'content-check-bodies', (version ??= codeVersion(PROJECT, CHECKER_SOURCES)), KEEP, process.env.CONTENT_CHECK_CACHE !== '0');
