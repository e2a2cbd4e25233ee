/**
 * The content check of `astro build`, run in a thread of its own while Astro syncs the content (issue 20): the
 * sync keeps one core busy and the check the other (2 s at 1 000 documents, 5 s at 5 000, which the build used
 * to wait for before syncing). The build then awaits its verdict before bundling anything
 * (src/integrations/content-integrity.ts). Should the sync fail first, on content the check refuses, the
 * loaders ask for the verdict before passing Astro's error on (`checkedLoader`): the contributor reads the
 * check's French report, which names the file, the field and the fix. Kept on `globalThis`: the loaders run in
 * Astro's bundle of the content configuration, where this module is another copy than the integration's one.
 */
import type { Loader } from 'astro/loaders';
import { BuildThread } from '../build-thread.ts';
import type { Problem } from './problem.ts';

/** The check under way: its problems, and what reports them (throwing when there are any). */
interface PendingCheck {
	problems: Promise<Problem[]>;
	verdict(): Promise<void>;
}

const PENDING = Symbol.for('ess:content-check');
const holder = globalThis as { [PENDING]?: PendingCheck };

/**
 * Starts checking `contentRoot` in a thread; `verdict(problems)` reports them (and throws when there are any).
 * The verdict is given once: asking again repeats its outcome without reporting twice.
 */
export function startCheck(contentRoot: string, projectRoot: string, verdict: (problems: Problem[]) => void): void {
	// V8's own heap limits: the check reads every file once, and its young generation is better left to grow.
	const thread = new BuildThread<[contentRoot: string, projectRoot: string], Problem[]>(new URL('./thread.ts', import.meta.url), {});
	const problems = thread.ask(contentRoot, projectRoot).finally(() => thread.close());
	// Reported when asked for (`contentVerdict`); until then a failure must not end the build as unhandled.
	problems.catch(() => undefined);
	let given: Promise<void> | undefined;
	holder[PENDING] = { problems, verdict: () => (given ??= problems.then(verdict)) };
}

/** The verdict of the check under way (none outside `astro build`, or when the site is built without it). */
export function contentVerdict(): Promise<void> {
	return holder[PENDING]?.verdict() ?? Promise.resolve();
}

/** `loader`, whose failure first gives the check's verdict: on content the check refuses, its report comes first. */
export function checkedLoader(loader: Loader): Loader {
	return {
		...loader,
		async load(context) {
			try {
				await loader.load(context);
			} catch (error) {
				await contentVerdict();
				throw error;
			}
		},
	};
}
