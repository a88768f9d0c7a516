/**
 * The entry point of task-level results (issue 9): reads «Выполнение заданий» exports and per-pupil
 * protocols (files, folders, globs, «-») into task result records, each sheet by the layout its
 * header shows. Task maps are read beforehand with loadTaskMaps and passed in.
 */
import { UsageError } from '../../errors.js';
import type { Issue } from '../../model/issues.js';
import type { TaskResultRecord } from '../../model/tasks.js';
import { readTableFile, type FileOutcome } from '../read-table.js';
import { expandInputs } from '../source.js';
import { taskTableOptions, type TaskFileReadOptions } from './file-options.js';
import { readInParts, type ParallelOptions } from './parts.js';
import type { TaskReadOptions } from './work-of.js';

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

export async function loadTaskResults(inputs: string[], options: TaskLoadOptions): Promise<TaskLoad> {
  const paths = await expandInputs(inputs);
  if (paths.length === 0) throw new UsageError('no-input-files', { inputs: inputs.join(', ') });
  const records: TaskResultRecord[] = [];
  const issues: Issue[] = [];
  const files: FileOutcome[] = [];
  const { stdin, parallel, ...fileOptions } = options;
  for (const input of paths) {
    const parts = parallel ? await readInParts(input, fileOptions, parallel) : null;
    if (parts === null) {
      files.push(await readTableFile<TaskResultRecord>(input, { ...taskTableOptions(fileOptions), stdin }, records, issues));
    } else {
      records.push(...parts.records);
      issues.push(...parts.issues);
      files.push(parts.file);
    }
  }
  return { records, issues, files };
}
