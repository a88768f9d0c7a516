/** How a file of task results is read: the header matchers of both task layouts and the table options. */
import type { TableFileOptions } from '../read-table.js';
import type { ReadOptions } from '../readers/types.js';
import type { TaskResultRecord } from '../../model/tasks.js';
import { matchGroupExport } from './group-export.js';
import { matchProtocol } from './protocol.js';
import type { TaskReadOptions } from './work-of.js';

export interface TaskFileReadOptions extends TaskReadOptions, ReadOptions {
  /** The school year when the title rows do not name it (--year). */
  year?: number | null;
}

export function taskTableOptions(options: TaskFileReadOptions): TableFileOptions<TaskResultRecord> {
  const { year = null, ...rest } = options;
  const match = (headers: string[]) => matchGroupExport(headers, options) ?? matchProtocol(headers, options);
  return { ...rest, year, match, noHeaderCode: 'no-task-header', minScores: {} };
}
