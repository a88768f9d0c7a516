/**
 * Reading task-level results for `tasks`, and for `recommend` and `report` with --tasks: the
 * protocols or exports, the task maps (--map), and the analysis against the ШНОР of the year.
 */
import { Option, type Command } from 'commander';
import type { Config } from '../config/schema.js';
import { loadTaskMaps, loadTaskResults, parseTaskMax } from '../io/tasks/load.js';
import { msg } from '../messages/index.js';
import type { Issue } from '../model/issues.js';
import { analyseTasks, type ProcedureTasks } from '../rules/tasks.js';
import { oneOf } from './options.js';

export const BY = ['class', 'teacher'] as const;

export interface TaskFlags {
  map?: string[];
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

/** --map, --procedure, --task-max: how task results are read (shared by tasks, recommend, report). */
export function addTaskReadingOptions(command: Command): Command {
  const h = msg().help;
  return command
    .option('--map <file>', h.taskMap, collectPaths)
    .option('--procedure <name>', h.taskProcedure)
    .option('--task-max <list>', h.taskMax, (value: string) => parseTaskMax(value));
}

export function addByOption(command: Command): Command {
  return command.addOption(new Option('--by <part>', msg().help.taskBy).argParser((v) => oneOf('--by', v, BY)));
}

export interface GatheredTasks {
  works: ProcedureTasks[];
  issues: Issue[];
  read: string[];
}

/** Reads and analyses task results; `flagged` is the ШНОР of the year when results were given. */
export async function gatherTasks(inputs: string[], flags: TaskFlags, config: Config, flagged: Set<string> | null): Promise<GatheredTasks> {
  const maps = await loadTaskMaps(flags.map ?? []);
  const school = flags.school?.length === 1 ? flags.school[0] : undefined;
  const loaded = await loadTaskResults(inputs, {
    maps: maps.maps, taskMax: flags.taskMax, procedure: flags.procedure, school, year: flags.year ?? null,
    encoding: flags.encoding, delimiter: flags.delimiter, sheet: flags.sheet, stdin: process.stdin,
  });
  const wanted = flags.school ? new Set(flags.school.map((id) => id.toLowerCase())) : null;
  const works = analyseTasks({ records: loaded.records, maps: maps.maps, params: config.tasks, flagged })
    .filter((work) => flags.year === undefined || work.year === flags.year)
    .map((work) => (wanted ? { ...work, schools: work.schools.filter((s) => wanted.has(s.schoolId.toLowerCase())) } : work));
  return { works, issues: [...maps.issues, ...loaded.issues], read: [...loaded.files.map((f) => f.file), ...(flags.map ?? [])] };
}
