import { readlinkSync } from 'node:fs';
import { getPriority, platform } from 'node:os';
import { afterEach, describe, expect, it } from 'vitest';
import { BuildThread } from '../../src/lib/build-thread.ts';
import { type Edit, htmlEdits } from '../../src/lib/typography/html.ts';

/** A thread that answers each request with its own scheduling priority, or fails on « boom ». */
const PRIORITY_THREAD = `
const { parentPort } = require('node:worker_threads');
const { getPriority } = require('node:os');
const { readlinkSync } = require('node:fs');
parentPort.on('message', ([id, what]) => {
	if (what === 'boom') throw new Error('boom');
	const task = process.platform === 'linux' ? Number(readlinkSync('/proc/thread-self').split('/').pop()) : 0;
	parentPort.postMessage([id, getPriority(task)]);
});
`;

const threads: { close(): Promise<void> }[] = [];
afterEach(async () => {
	await Promise.all(threads.splice(0).map((thread) => thread.close()));
});

describe('BuildThread', () => {
	it('answers from a module thread as the main thread would', async () => {
		// BuildThread itself, not EditsThread, which would typeset on the main thread should the thread fail.
		const thread = new BuildThread<[html: string], Edit[]>(new URL('../../src/lib/typography/thread.ts', import.meta.url));
		threads.push(thread);
		const html = '<p>Il dit : « oui » ; c\'est « bien »...</p>';
		expect(await thread.ask(html)).toEqual(htmlEdits(html));
	});

	it.runIf(platform() === 'linux')('runs its thread below the main thread’s priority, which keeps rendering first', async () => {
		const thread = new BuildThread<[what: string], number>(PRIORITY_THREAD);
		threads.push(thread);
		// The priority of this very thread (vitest may run the test in a worker), which the new thread starts from.
		const own = getPriority(Number(readlinkSync('/proc/thread-self').split('/').pop()));
		expect(await thread.ask('priority')).toBe(Math.min(19, own + 10));
	});

	it('rejects the requests of a thread that fails, and starts another at the next one', async () => {
		const thread = new BuildThread<[what: string], number>(PRIORITY_THREAD);
		threads.push(thread);
		await expect(thread.ask('boom')).rejects.toThrow('boom');
		expect(typeof (await thread.ask('priority'))).toBe('number');
	});
});
