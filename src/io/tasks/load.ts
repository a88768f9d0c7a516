/**
 * The entry point of task-level results (issue 9): reads «Выполнение заданий» exports and per-pupil
 * protocols (files, folders, globs, «-») into task result records, each sheet by the layout its
 * header shows. Task maps are read beforehand with loadTaskMaps and passed in. A school's protocol
 * records from several sheets or files are one school; what a file's pupils say once for the whole
 * file — the absent, the cells «не пройд.» — is noted once per file.
 */
import { UsageError } from '../../errors.js';
import type { Issue, IssueCode } from '../../model/issues.js';
import type { TaskResultRecord } from '../../model/tasks.js';
import { readTableFile, type FileOutcome } from '../read-table.js';
import { expandInputs } from '../source.js';
import { taskTableOptions, type TaskFileReadOptions } from './file-options.js';
import { mergeParts } from './merge-parts.js';
import { readInParts, type ParallelOptions } from './parts.js';
import type { TaskReadOptions } from './work-of.js';
import { append } from '../../model/arrays.js';

export { parseTaskMax } from './columns.js';
export { loadTaskMap, loadTaskMaps } from './task-map.js';
export type { TaskReadOptions };

export interface TaskLoadOptions extends TaskFileReadOptions {
  stdin?: NodeJS.ReadableStream;
  /** Large CSV protocols are read on several threads (config `read`); absent: one thread. */
  parallel?: ParallelOptions;
}

export interface TaskLoad {
  records: TaskResultRecord[];
  issues: Issue[];
  files: FileOutcome[];
}

/** Notes about a work or a map rather than a sheet: said once however many sheets and files repeat them. */
const ONCE: ReadonlySet<IssueCode> = new Set(['no-scale', 'scale-max-mismatch', 'map-without-positions', 'task-positions-mismatch']);

export async function loadTaskResults(inputs: string[], options: TaskLoadOptions): Promise<TaskLoad> {
  const paths = await expandInputs(inputs);
  if (paths.length === 0) throw new UsageError('no-input-files', { inputs: inputs.join(', ') });
  const records: TaskResultRecord[] = [];
  const issues: Issue[] = [];
  const files: FileOutcome[] = [];
  const { stdin, parallel, ...fileOptions } = options;
  for (const input of paths) {
    const own: TaskResultRecord[] = [];
    const parts = parallel ? await readInParts(input, fileOptions, parallel) : null;
    if (parts === null) {
      files.push(await readTableFile<TaskResultRecord>(input, { ...taskTableOptions(fileOptions), stdin }, own, issues));
    } else {
      append(own, parts.records);
      append(issues, parts.issues);
      files.push(parts.file);
    }
    append(issues, fileNotes(own, files[files.length - 1]!.file));
    append(records, own);
  }
  return { records: mergeSchools(records), issues: onceEach(issues), files };
}

/** A protocol's records (tallies, never a group export's percentages) of one school and work made one. */
function mergeSchools(records: TaskResultRecord[]): TaskResultRecord[] {
  const isTally = (r: TaskResultRecord) => r.level === 'school' && r.tasks.length > 0 && r.tasks.every((t) => t.answered !== null);
  const tallies = records.filter(isTally);
  if (tallies.length === 0) return records;
  return [...records.filter((r) => !isTally(r)), ...mergeParts([tallies])];
}

/** The absent pupils and the cells «не пройд.» of a file's schools, one note each. */
function fileNotes(records: TaskResultRecord[], file: string): Issue[] {
  const schools = records.filter((r) => r.absent !== undefined);
  const where = { file, sheet: null, row: null, column: null };
  const notes: Issue[] = [];
  const absent = schools.reduce((sum, r) => sum + r.absent!, 0);
  if (absent > 0) notes.push({ ...where, code: 'absent-pupils', params: { count: absent } });
  const notTaught = new Map<string, number>();
  // the tasks in the order of the work's columns
  for (const school of schools) for (const cell of school.tasks) notTaught.set(cell.task, (notTaught.get(cell.task) ?? 0) + (cell.notTaught ?? 0));
  const tasks = [...notTaught].filter(([, n]) => n > 0);
  if (tasks.length > 0) {
    const cells = tasks.reduce((sum, [, n]) => sum + n, 0);
    notes.push({ ...where, code: 'not-taught', params: { cells, tasks: tasks.map(([task, n]) => `${task} (${n})`).join(', ') } });
  }
  return notes;
}

function onceEach(issues: Issue[]): Issue[] {
  const seen = new Set<string>();
  return issues.filter((issue) => {
    if (!ONCE.has(issue.code)) return true;
    const key = `${issue.code} ${JSON.stringify(issue.params)}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
