/**
 * Reading task-level results for `tasks`, and for `recommend` and `report` with --tasks: the
 * protocols or exports, the task maps (--map), and the analysis against the ШНОР of the year.
 */
import { availableParallelism } from 'node:os';
import { Option, type Command } from 'commander';
import type { Config } from '../config/schema.js';
import { loadTaskMaps, loadTaskResults, parseTaskMax } from '../io/tasks/load.js';
import type { ParallelOptions } from '../io/tasks/parts.js';
import type { TaskParts } from '../io/tasks/work-of.js';
import { schoolDirectory, type SchoolEntry } from '../io/identity.js';
import { matchTaskSchools } from '../io/tasks/identity.js';
import type { ResultRecord } from '../model/records.js';
import { msg } from '../messages/index.js';
import type { Issue } from '../model/issues.js';
import type { CatalogEntry } from '../model/catalog.js';
import type { YearAnalysis } from '../rules/analysis.js';
import type { Recommendation } from '../rules/recommendations.js';
import { taskRecommendations } from '../rules/task-recommendations.js';
import { analyseTasks, type ProcedureTasks } from '../rules/tasks.js';
import { printIssues } from './issues-out.js';
import { oneOf, parseProcedureOption } from './options.js';
import { ShnorError } from '../errors.js';
import type { Scale } from '../model/scales.js';
import { readScales } from './method.js';

export const BY = ['class', 'teacher'] as const;

export interface TaskFlags {
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

export function collectPaths(value: string, previous: string[] = []): string[] {
  return [...previous, value];
}

/**
 * --map, --procedure, --task-max: how task results are read (shared by tasks, recommend, report; the
 * latter two have --procedure already among the reading options, for results and tasks alike).
 */
export function addTaskReadingOptions(command: Command): Command {
  const h = msg().help;
  command.option('--map <file>', h.taskMap, collectPaths);
  if (!command.options.some((o) => o.long === '--procedure')) command.option('--procedure <name>', h.taskProcedure, parseProcedureOption);
  return command.option('--task-max <list>', h.taskMax, (value: string) => parseTaskMax(value));
}

export function addByOption(command: Command): Command {
  return command.addOption(new Option('--by <part>', msg().help.taskBy).argParser((v) => oneOf('--by', v, BY)));
}

export interface GatheredTasks {
  works: ProcedureTasks[];
  issues: Issue[];
}

/** What the analysis of task results is for. */
export interface TaskScope {
  /** The ШНОР of the year when results were given. */
  flagged: Set<string> | null;
  /** The results' schools, which task results keyed otherwise are matched to by name. */
  directory?: SchoolEntry[];
  /** The parts of a school the output shows: only they are read as records of their own. */
  parts: TaskParts;
  /** The conversion scales when the caller has read them already (its --scales issues printed); else read here. */
  scales?: Scale[];
}

/** Reads and analyses task results. */
export async function gatherTasks(inputs: string[], flags: TaskFlags, config: Config, scope: TaskScope): Promise<GatheredTasks> {
  const { flagged, directory = [], parts } = scope;
  const maps = await loadTaskMaps(flags.map ?? []);
  const scales = scope.scales ? { scales: scope.scales, issues: [] } : await readScales(flags.scales);
  const school = flags.school?.length === 1 ? flags.school[0] : undefined;
  const loaded = await loadTaskResults(inputs, {
    maps: maps.maps, taskMax: flags.taskMax, procedure: flags.procedure, school, year: flags.year ?? null,
    encoding: flags.encoding, delimiter: flags.delimiter, sheet: flags.sheet, stdin: process.stdin, parallel: parallelOptions(config.read), parts,
    scales: scales.scales,
  });
  const wanted = flags.school ? new Set(flags.school.map((id) => id.toLowerCase())) : null;
  const matched = directory.length > 0 ? matchTaskSchools(loaded.records, directory) : { records: loaded.records, issues: [] };
  const works = analyseTasks({ records: matched.records, maps: maps.maps, params: config.tasks, flagged, threshold: config.classify.threshold })
    .filter((work) => flags.year === undefined || work.year === flags.year)
    .map((work) => (wanted ? { ...work, schools: work.schools.filter((s) => wanted.has(s.schoolId.toLowerCase())) } : work));
  return {
    works, issues: [...maps.issues, ...scales.issues, ...loaded.issues, ...matched.issues],
  };
}

function parallelOptions(read: Config['read']): ParallelOptions {
  return { threads: read.threads === 0 ? Math.min(availableParallelism(), 4) : read.threads, fromBytes: read.parallelFromMiB * 2 ** 20 };
}

/** --tasks for recommend and report: the task results of the year Y, or null when none were asked for. */
export async function optionalTasks(
  flags: TaskFlags & { tasks?: string[]; strict?: boolean }, config: Config, year: number, flagged: Set<string>, results: ResultRecord[],
  parts: TaskParts,
): Promise<GatheredTasks | null> {
  if (!flags.tasks) return null;
  // the results' reading has read --scales and printed its issues
  const { scales } = await readScales(flags.scales);
  const tasks = await gatherTasks(flags.tasks, { ...flags, school: undefined, year }, config, { flagged, directory: schoolDirectory(results), parts, scales });
  printIssues(tasks.issues);
  if (flags.strict && tasks.issues.length > 0) throw new ShnorError(2, 'strict-failed', { count: tasks.issues.length });
  return tasks;
}

export function addTasksInputOption(command: Command): Command {
  return addTaskReadingOptions(command.option('--tasks <path>', msg().help.tasksInputs, collectPaths));
}

/** The task-level measures of a school over every work it wrote. */
export function taskMeasures(works: ProcedureTasks[], schoolId: string, catalog: CatalogEntry[]): Recommendation[] {
  return works.flatMap((work) => {
    const school = work.schools.find((s) => s.schoolId === schoolId);
    return school ? taskRecommendations(school, work, catalog) : [];
  });
}

/** The year's measures with the task-level ones added to each school's. */
export function withTaskMeasures(analysis: YearAnalysis, works: ProcedureTasks[], catalog: CatalogEntry[]): YearAnalysis {
  const recommendations = new Map([...analysis.recommendations].map(([id, list]) => [id, [...list, ...taskMeasures(works, id, catalog)]]));
  return { ...analysis, recommendations };
}
