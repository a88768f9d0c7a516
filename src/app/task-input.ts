/**
 * Reading task-level results for `tasks`, and for `recommend` and `report` with --tasks: the
 * protocols or exports, the task maps (--map), and the analysis against the ШНОР of the year.
 */
import { availableParallelism } from 'node:os';
import type { Config } from '../config/schema.js';
import { schoolDirectory, type SchoolEntry } from '../io/identity.js';
import { loadTaskMaps, loadTaskResults } from '../io/tasks/load.js';
import type { ParallelOptions } from '../io/tasks/parts.js';
import { matchTaskSchools } from '../io/tasks/identity.js';
import type { TaskParts } from '../io/tasks/work-of.js';
import type { Issue } from '../model/issues.js';
import type { ResultRecord } from '../model/records.js';
import type { Scale } from '../model/scales.js';
import { analyseTasks, type ProcedureTasks } from '../rules/tasks.js';
import type { AppEnv } from './env.js';
import { gateIssues } from './gate.js';
import { readScales } from './inputs.js';

export interface TaskOptions {
  map?: string[];
  scales?: string;
  procedure?: string;
  taskMax?: Record<string, number>;
  school?: string[];
  year?: number;
  encoding?: string;
  delimiter?: string;
  sheet?: string;
}

export interface GatheredTasks {
  works: ProcedureTasks[];
  /** The years of every work read, those --year left out too. */
  years: number[];
  issues: Issue[];
}

/** What the analysis of task results is for. */
export interface TaskScope {
  /** The ШНОР of the year when results were given. */
  flagged: ReadonlySet<string> | null;
  /** The results' schools, which task results keyed otherwise are matched to by name. */
  directory?: SchoolEntry[];
  /** The parts of a school the output shows: only they are read as records of their own. */
  parts: TaskParts;
  /** The conversion scales when the caller has read them already (its --scales issues told); else read here. */
  scales?: Scale[];
}

/** Reads and analyses task results. */
export async function gatherTasks(inputs: string[], options: TaskOptions, config: Config, scope: TaskScope, env: AppEnv): Promise<GatheredTasks> {
  const { flagged, directory = [], parts } = scope;
  const maps = await loadTaskMaps(options.map ?? []);
  const scales = scope.scales ? { scales: scope.scales, issues: [] } : await readScales(options.scales);
  const school = options.school?.length === 1 ? options.school[0] : undefined;
  const loaded = await loadTaskResults(inputs, {
    maps: maps.maps, taskMax: options.taskMax, procedure: options.procedure, school, year: options.year ?? null,
    encoding: options.encoding, delimiter: options.delimiter, sheet: options.sheet, stdin: env.stdin, parallel: parallelOptions(config.read), parts,
    scales: scales.scales,
  });
  const wanted = options.school ? new Set(options.school.map((id) => id.toLowerCase())) : null;
  const matched = directory.length > 0 ? matchTaskSchools(loaded.records, directory) : { records: loaded.records, issues: [] };
  const analysed = analyseTasks({ records: matched.records, maps: maps.maps, params: config.tasks, flagged, threshold: config.classify.threshold });
  const works = analysed
    .filter((work) => options.year === undefined || work.year === options.year)
    .map((work) => (wanted ? { ...work, schools: work.schools.filter((s) => wanted.has(s.schoolId.toLowerCase())) } : work));
  return {
    works, years: [...new Set(analysed.map((work) => work.year))].sort(), issues: [...maps.issues, ...scales.issues, ...loaded.issues, ...matched.issues],
  };
}

function parallelOptions(read: Config['read']): ParallelOptions {
  return { threads: read.threads === 0 ? Math.min(availableParallelism(), 4) : read.threads, fromBytes: read.parallelFromMiB * 2 ** 20 };
}

/** --tasks for recommend and report: the task results of the year Y, or null when none were asked for. */
export async function optionalTasks(
  options: TaskOptions & { tasks?: string[]; strict?: boolean }, config: Config, year: number, flagged: ReadonlySet<string>, results: ResultRecord[],
  parts: TaskParts, env: AppEnv,
): Promise<GatheredTasks | null> {
  if (!options.tasks) return null;
  // the results' reading has read --scales and told its issues
  const { scales } = await readScales(options.scales);
  const tasks = await gatherTasks(options.tasks, { ...options, school: undefined, year }, config, { flagged, directory: schoolDirectory(results), parts, scales }, env);
  gateIssues(tasks.issues, options.strict, env);
  return tasks;
}
