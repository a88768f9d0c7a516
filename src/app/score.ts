/** score: the municipal point indicators for every school, with totals and ranks. */
import { scoreDocument } from '../report/score/document.js';
import type { ScoreReport } from '../report/score/report.js';
import { scoreYear } from '../rules/analysis.js';
import { objectivityFrom } from '../rules/objectivity-flag.js';
import type { AppEnv, RunResult } from './env.js';
import { gatherYear, type YearOptions } from './year.js';

export async function runScore(options: YearOptions, env: AppEnv): Promise<RunResult<ScoreReport>> {
  const year = await gatherYear(options, env);
  const basis = year.input.objectivity;
  const report: ScoreReport = {
    scoring: scoreYear(year.input), issues: year.issues, profileGiven: year.input.profileGiven,
    referenceLevels: year.referenceLevels, markerYears: basis.source === 'list' ? basis.list.years : null, objectivityFrom: objectivityFrom(basis),
  };
  return { document: scoreDocument(report, env.lang), data: report, issues: year.issues, exitCode: 0 };
}
