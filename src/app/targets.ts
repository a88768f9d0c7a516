/** targets: the programme's target indicators for the year — plan, fact, numerator, denominator, status and why. */
import { targetsDocument } from '../report/targets/document.js';
import type { TargetsReport } from '../report/targets/report.js';
import { analyseYear } from '../rules/analysis.js';
import type { AppEnv, RunResult } from './env.js';
import { shnsuNote, tellOutsidePeriod } from './inputs.js';
import { gatherYear, type YearOptions } from './year.js';

export async function runTargets(options: YearOptions, env: AppEnv): Promise<RunResult<TargetsReport>> {
  const year = await gatherYear(options, env);
  const analysis = analyseYear(year.input);
  const { id, title } = year.input.programme;
  const issues = [...year.issues, ...tellOutsidePeriod(analysis.outsidePeriod, analysis.year, options.programme, env)];
  const report: TargetsReport = {
    year: analysis.year, programme: { id, title }, targets: analysis.targets, outsidePeriod: analysis.outsidePeriod,
    shnsuNote: shnsuNote(year.input.profileGiven, options.config.shnsu.isbshBelow, env.lang), issues,
  };
  return { document: targetsDocument(report, env.lang), data: report, issues, exitCode: 0 };
}
