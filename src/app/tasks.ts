/**
 * tasks: task-level results — per school and task the success, the reference and the gap, problem
 * tasks grouped by skill (карты затруднений), per class or teacher when asked, and the district's
 * common problems against the ШНОР of the year when results are given.
 */
import type { Config } from '../config/schema.js';
import { ShnorError } from '../errors.js';
import { schoolDirectory, type SchoolEntry } from '../io/identity.js';
import { compareIssues, type Issue } from '../model/issues.js';
import { tasksDocument } from '../report/tasks/document.js';
import type { TasksBy, TasksReport } from '../report/tasks/report.js';
import { classifySchools } from '../rules/fioko.js';
import type { ProcedureTasks } from '../rules/tasks.js';
import type { AppEnv, RunResult } from './env.js';
import { gateIssues } from './gate.js';
import { classifyOptions, readResults, targetYear, yearInData } from './inputs.js';
import { methodConfig, type MethodOptions } from './options.js';
import { gatherTasks, type TaskOptions } from './task-input.js';

export interface TasksRun extends TaskOptions, MethodOptions {
  inputs: string[];
  config: Config;
  by?: Exclude<TasksBy, null>;
  results?: string[];
  strict?: boolean;
}

export async function runTasks(options: TasksRun, env: AppEnv): Promise<RunResult<TasksReport>> {
  const config = methodConfig(options.config, options);
  const results = options.results ? await shnorOf(options, config, env) : null;
  const parts = { classes: options.by === 'class', teachers: options.by === 'teacher' };
  const tasks = await gatherTasks(options.inputs, options, config, { flagged: results?.flagged ?? null, directory: results?.directory, parts }, env);
  const issues = gateIssues([...tasks.issues].sort(compareIssues), options.strict, env);
  yearInData(options.year, tasks.years);
  if (tasks.works.length === 0) throw new ShnorError(2, 'no-task-results');
  if (!anyMaximum(tasks.works)) throw new ShnorError(2, 'no-task-max');
  const report: TasksReport = { works: tasks.works, by: options.by ?? null, params: config.tasks, issues };
  return { document: tasksDocument(report, env.lang), data: report, issues: [...(results?.issues ?? []), ...issues], exitCode: 0 };
}

/** Some task has a success, or none lacks a maximum: otherwise nothing could be computed for want of maximums. */
function anyMaximum(works: ProcedureTasks[]): boolean {
  const tasks = works.flatMap((work) => work.schools.flatMap((school) => school.tasks));
  return tasks.some((t) => t.success !== null) || !tasks.some((t) => t.noMax);
}

/** The ШНОР of the year from --results (the district view then looks at them), and the schools the results name. */
async function shnorOf(options: TasksRun, config: Config, env: AppEnv): Promise<{ flagged: ReadonlySet<string>; directory: SchoolEntry[]; issues: Issue[] }> {
  const loaded = await readResults(options.results!, { year: options.year }, config, env);
  const issues = gateIssues(loaded.issues, options.strict, env);
  const classification = classifySchools(loaded.records, { ...classifyOptions(config.classify, targetYear(options.year, loaded.records), env.lang), branches: loaded.branches });
  return { flagged: classification.flagged, directory: schoolDirectory(loaded.records), issues };
}
