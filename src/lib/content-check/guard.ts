import type { Problem } from './problem.ts';

/**
 * Runs one step of the check on `file`; a failure of the checker itself (a bug, or an input no rule
 * foresaw) becomes a located problem instead of a stack trace, and the other files are still checked.
 */
export function guarded<T>(file: string, problems: Problem[], step: () => T): T | undefined {
	try {
		return step();
	} catch (error) {
		problems.push({
			file,
			line: 1,
			column: 1,
			rule: 'verification-impossible',
			field: '',
			message: `la vérification de ce fichier a échoué (${error instanceof Error ? error.message.split('\n')[0] : String(error)})`,
			hint: 'regardez ce qui a changé dans ce fichier ; si rien n’y paraît anormal, signalez-le aux mainteneurs avec ce message',
		});
		return undefined;
	}
}
