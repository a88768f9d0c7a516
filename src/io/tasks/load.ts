/**
 * The entry point of task-level results (issue 9): reads «Выполнение заданий» exports and per-pupil
 * protocols (files, folders, globs, «-») into task result records, each sheet by the layout its
 * header shows. Task maps are read beforehand with loadTaskMaps and passed in.
 */
import { UsageError } from '../../errors.js';
import type { Issue } from '../../model/issues.js';
import type { TaskResultRecord } from '../../model/tasks.js';
import type { ReadOptions } from '../readers/types.js';
import { readTableFile, type FileOutcome } from '../read-table.js';
import { expandInputs } from '../source.js';
import { matchGroupExport } from './group-export.js';
import { matchProtocol } from './protocol.js';
import type { TaskReadOptions } from './work-of.js';

export { parseTaskMax } from './columns.js';
export { loadTaskMap, loadTaskMaps } from './task-map.js';
export type { TaskReadOptions };

export interface TaskLoadOptions extends TaskReadOptions, ReadOptions {
  /** The school year when the title rows do not name it (--year). */
  year?: number | null;
  stdin?: NodeJS.ReadableStream;
}

export interface TaskLoad {
  records: TaskResultRecord[];
  issues: Issue[];
  files: FileOutcome[];
}

export async function loadTaskResults(inputs: string[], options: TaskLoadOptions): Promise<TaskLoad> {
  const paths = await expandInputs(inputs);
  if (paths.length === 0) throw new UsageError('no-input-files', { inputs: inputs.join(', ') });
  const records: TaskResultRecord[] = [];
  const issues: Issue[] = [];
  const files: FileOutcome[] = [];
  const { year = null, ...rest } = options;
  const match = (headers: string[]) => {
    const group = matchGroupExport(headers, options);
    return group ?? matchProtocol(headers, options);
  };
  for (const input of paths) {
    files.push(await readTableFile<TaskResultRecord>(input, { ...rest, year, match, noHeaderCode: 'no-task-header', minScores: {} }, records, issues));
  }
  return { records, issues, files };
}
