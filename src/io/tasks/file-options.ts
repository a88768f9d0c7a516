/** How a file of task results is read: the header matchers of both task layouts and the table options. */
import type { TableFileOptions } from '../read-table.js';
import type { ReadOptions } from '../readers/types.js';
import type { Scale } from '../../model/scales.js';
import type { TaskResultRecord } from '../../model/tasks.js';
import { matchGroupExport } from './group-export.js';
import { matchClassList, matchProtocol } from './protocol.js';
import { PupilRegistry } from './pupils.js';
import type { TaskReadOptions } from './work-of.js';

export interface TaskFileReadOptions extends TaskReadOptions, ReadOptions {
  /** The school year when the title rows do not name it (--year). */
  year?: number | null;
  /** ВПР conversion scales: a protocol without a mark column gets its pupils' marks from their totals. */
  scales?: readonly Scale[];
}

/** The table options of one file: its sheets share the pupils read, so that a pupil two sheets give counts once. */
export function taskTableOptions(options: TaskFileReadOptions): TableFileOptions<TaskResultRecord> {
  const { year = null, ...rest } = options;
  const pupils = new PupilRegistry();
  const match = (headers: string[]) => matchGroupExport(headers, options) ?? matchProtocol(headers, options, pupils) ?? matchClassList(headers);
  return { ...rest, year, match, noHeaderCode: 'no-task-header', minScores: {} };
}
