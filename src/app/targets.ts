/** targets: the programme's target indicators for the year — plan, fact, numerator, denominator, status and why. */
import { targetsDocument } from '../report/targets/document.js';
import type { TargetsReport } from '../report/targets/report.js';
import { analyseYear } from '../rules/analysis.js';
import type { AppEnv, RunResult } from './env.js';
import { shnsuNote } from './inputs.js';
import { gatherYear, type YearOptions } from './year.js';

export async function runTargets(options: YearOptions, env: AppEnv): Promise<RunResult<TargetsReport>> {
  const year = await gatherYear(options, env);
  const analysis = analyseYear(year.input);
  const { id, title } = year.input.programme;
  const report: TargetsReport = {
    year: analysis.year, programme: { id, title }, targets: analysis.targets,
    shnsuNote: shnsuNote(year.input.profileGiven, options.config.shnsu.isbshBelow, env.lang), issues: year.issues,
  };
  return { document: targetsDocument(report, env.lang), data: report, issues: year.issues, exitCode: 0 };
}
