/** The one judgement of a run's input problems: told, then with --strict any of them stops the run. */
import { ShnorError } from '../errors.js';
import type { Issue } from '../model/issues.js';
import type { AppEnv } from './env.js';

export function gateIssues(issues: Issue[], strict: boolean | undefined, env: AppEnv): Issue[] {
  env.issues(issues);
  if (strict && issues.length > 0) throw new ShnorError(2, 'strict-failed', { count: issues.length });
  return issues;
}

/** Nothing to classify: exit 2 rather than an empty list. */
export function requireResults(count: number): void {
  if (count === 0) throw new ShnorError(2, 'no-results');
}
