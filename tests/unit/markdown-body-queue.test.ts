import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileBody, rendererFrom, type RendererSettings } from '../../src/lib/markdown/body-compile.ts';
import { BodyQueue } from '../../src/lib/markdown/body-queue.ts';
import { siteBodyProcessor } from '../../src/lib/markdown/processor.ts';
import { ROOT } from '../helpers/build.ts';

const CONTENT = join(ROOT, 'src', 'content');
const settings: RendererSettings = { shared: { syntaxHighlight: 'prism', gfm: true, smartypants: false }, srcDir: new URL('src/', `file://${ROOT}/`).href };

/** Every MDX body of the real content, with its file. */
const bodies = (readdirSync(CONTENT, { recursive: true }) as string[])
	.filter((file) => file.endsWith('.mdx'))
	.sort()
	.map((file) => ({ file: join(CONTENT, file), body: readFileSync(join(CONTENT, file), 'utf8').replace(/^---\n[\s\S]*?\n---\n/, '') }));

describe('bodies compiled on both cores (BodyQueue)', () => {
	it('come out as the main thread alone compiles them, whichever thread compiled each', async () => {
		const renderer = (await rendererFrom(siteBodyProcessor(), settings))!;
		const alone = await Promise.all(bodies.map(({ body, file }) => compileBody(renderer, body, file)));
		const queue = new BodyQueue(renderer, settings);
		const shared = bodies.map(({ body, file }) => queue.compile(body, file));
		await queue.finish();
		expect(await Promise.all(shared)).toEqual(alone);
		// Both took part: the thread some of the bodies, the main thread the rest.
		expect(queue.compiledByThread).toBeGreaterThan(0);
		expect(queue.compiledByThread).toBeLessThan(bodies.length);
		// Kept as HTML for most, a module for bodies with a component.
		expect(alone.filter(Boolean).length).toBeGreaterThan(bodies.length / 2);
	}, 60_000);
});
