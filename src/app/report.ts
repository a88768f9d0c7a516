/**
 * report: the yearly analytical report as one document — the year's analysis, the task results
 * with --tasks, the requisites of the config — its charts named for their files.
 */
import { withChartFileNames, withRequisites, type Document } from '../report/document/model.js';
import { buildYearlyReport } from '../report/yearly/build.js';
import { analyseYear, type YearAnalysis } from '../rules/analysis.js';
import { objectivityFrom } from '../rules/objectivity-flag.js';
import { withTaskMeasures } from '../rules/task-measures.js';
import { qualityTable } from '../rules/mark-quality.js';
import type { Issue } from '../model/issues.js';
import type { AppEnv, RunResult } from './env.js';
import { methodConfig } from './options.js';
import { tellOutsidePeriod } from './inputs.js';
import { objectivityOfYear } from './objectivity.js';
import { optionalTasks, type TaskOptions } from './task-input.js';
import { gatherYear, type YearOptions } from './year.js';

export interface ReportRun extends YearOptions, Omit<TaskOptions, keyof YearOptions> {
  tasks?: string[];
  /** A section on objectivity from per-pupil ВПР exports: those named, or (true) those among the inputs. */
  objectivity?: true | string[];
}

export async function runReport(options: ReportRun, env: AppEnv): Promise<RunResult<YearAnalysis>> {
  const config = methodConfig(options.config, options);
  env.progress?.('read');
  const year = await gatherYear(options, env);
  env.progress?.('analyse');
  const plain = analyseYear(year.input);
  const { flagged } = plain.classification;
  if (options.tasks) env.progress?.('tasks');
  const tasks = await optionalTasks(options, config, plain.year, flagged, year.input.records, { classes: true, teachers: config.report.teachers }, env);
  const analysis = tasks ? withTaskMeasures(plain, tasks.works, year.input.catalog) : plain;
  const objectivity = options.objectivity === undefined
    ? null
    : await objectivityOfYear(options.objectivity === true ? options.inputs : options.objectivity, options.objectivity !== true, analysis.year, year.input.markers, options, {
      results: year.input.records, limits: { vprLowPct: config.check.objectivityVprLowPct, threshold: analysis.classification.method.threshold },
    });
  if (objectivity && objectivity.issues.length > 0) env.issues(objectivity.issues);
  const period = tellOutsidePeriod(analysis.outsidePeriod, analysis.year, options.programme, env);
  const { document: yearly, gaps } = buildYearlyReport(
    {
      analysis, records: year.input.records, files: year.files, issues: year.issues,
      profiles: year.input.profiles.length, referenceLevels: year.referenceLevels, dynamics: year.input.dynamics, score: config.score,
      smallSample: config.classify.smallSample,
      programme: {
        schoolProfiles: year.input.profiles, profileGiven: year.input.profileGiven, factsGiven: year.input.facts !== null,
        isbshBelow: config.shnsu.isbshBelow, programmeTitle: year.input.programme.title,
      },
      tasks: tasks && { works: tasks.works, yearsRead: tasks.years, flagged, params: config.tasks, teachers: config.report.teachers },
      markers: year.input.markers,
      pupilObjectivity: objectivity?.input ?? null,
      objectivityFrom: objectivityFrom(year.input.objectivity),
      quality: qualityTable(year.input.records, (r) => (r.year === analysis.year || r.year === analysis.year - 1) && analysis.classification.method.procedures.includes(r.procedure), year.input.reference),
    },
    env.lang,
  );
  const document: Document = withChartFileNames(withRequisites(yearly, config.report.requisites, env.lang));
  // a section without data is said in the справка and told with the input problems, never judged by --strict
  const empty = gaps.map((gap): Issue => ({ file: '', sheet: null, row: null, column: null, code: 'section-without-data', params: { ...gap } }));
  if (empty.length > 0) env.issues(empty);
  return { document, data: analysis, issues: [...year.issues, ...(tasks?.issues ?? []), ...(objectivity?.issues ?? []), ...period, ...empty], exitCode: 0 };
}
