/** One run of the content checker as the CLI reports it: the printed report and the exit status. */
import { cachedCheck } from './cache.ts';
import { formatReport, type Problem } from './problem.ts';

export interface LintRun {
	problems: Problem[];
	/** What `npm run lint:content` prints. */
	report: string;
	/** Its exit status: 1 when there is any problem. */
	status: 0 | 1;
}

export function lintContent(contentRoot: string, projectRoot: string): LintRun {
	const { problems } = cachedCheck(contentRoot, projectRoot);
	return { problems, report: formatReport(problems), status: problems.length ? 1 : 0 };
}
