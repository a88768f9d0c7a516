/** recommend: targeted measures per school, grouped by addressee, each with the trigger that fired it. */
import { recommendDocument } from '../report/recommend/document.js';
import type { RecommendReport } from '../report/recommend/report.js';
import { analyseYear } from '../rules/analysis.js';
import { objectivityFrom } from '../rules/objectivity-flag.js';
import { taskMeasures } from '../rules/task-measures.js';
import type { AppEnv, RunResult } from './env.js';
import { knownIds } from './inputs.js';
import { methodConfig } from './options.js';
import { optionalTasks, type TaskOptions } from './task-input.js';
import { gatherYear, type YearOptions } from './year.js';

export interface RecommendRun extends YearOptions, Omit<TaskOptions, keyof YearOptions> {
  school?: string[];
  tasks?: string[];
  /** Every measure on the screen too, not each school's first ones. */
  full?: boolean;
}

export async function runRecommend(options: RecommendRun, env: AppEnv): Promise<RunResult<RecommendReport>> {
  const year = await gatherYear(options, env);
  const analysis = analyseYear(year.input);
  const ids = options.school ? new Set(knownIds(options.school, analysis.classification.schools.map((s) => s.schoolId), env.lang, year.input.classify.branches)) : null;
  const clusters = new Map(analysis.clusters.map((c) => [c.schoolId, c]));
  const tasks = await optionalTasks(options, methodConfig(options.config, options), analysis.year, analysis.classification.flagged, year.input.records, { classes: false, teachers: false }, env);
  const measures = (schoolId: string) => [...(analysis.recommendations.get(schoolId) ?? []), ...taskMeasures(tasks?.works ?? [], schoolId, year.input.catalog)];
  const report: RecommendReport = {
    year: analysis.year,
    schools: analysis.classification.schools
      .filter((s) => !ids || ids.has(s.schoolId))
      .map((s) => ({ schoolId: s.schoolId, schoolName: s.schoolName, cluster: clusters.get(s.schoolId) ?? null, recommendations: measures(s.schoolId) })),
    issues: year.issues,
    objectivityFrom: objectivityFrom(year.input.objectivity),
  };
  return { document: recommendDocument(report, env.lang, options.full), data: report, issues: [...year.issues, ...(tasks?.issues ?? [])], exitCode: 0 };
}
