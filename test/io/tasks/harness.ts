import type { CellValue } from '../../../src/model/cells.js';
import type { Issue } from '../../../src/model/issues.js';
import type { TaskMap, TaskResultRecord } from '../../../src/model/tasks.js';
import { TableSink } from '../../../src/io/table-sink.js';
import { matchGroupExport } from '../../../src/io/tasks/group-export.js';
import { matchProtocol } from '../../../src/io/tasks/protocol.js';
import type { TaskReadOptions } from '../../../src/io/tasks/work-of.js';
import type { PupilRegistry } from '../../../src/io/tasks/pupils.js';

/**
 * Feeds rows (1-based numbering) through header detection and the task readers, like loadTaskResults.
 * The note that a work has no conversion scale (every protocol without a mark column of a year other
 * than 2021) is left out of `issues` unless `scaleNotes` asks for it: its tests are its own.
 */
export function readTaskRows(rows: CellValue[][], options: Partial<TaskReadOptions> & { year?: number | null; scaleNotes?: boolean; sheet?: string; pupils?: PupilRegistry } = {}) {
  const records: TaskResultRecord[] = [];
  const issues: Issue[] = [];
  const read: TaskReadOptions = { maps: [], ...options };
  const sheet = options.sheet ?? null;
  const sink = new TableSink<TaskResultRecord>(
    {
      file: 't.csv',
      sheet,
      minScores: {},
      report: (issue) => {
        if (options.scaleNotes || issue.code !== 'no-scale') issues.push({ file: 't.csv', sheet, ...issue });
      },
      emit: (record) => records.push(record),
    },
    { match: (headers) => matchGroupExport(headers, read) ?? matchProtocol(headers, read, options.pupils), year: options.year ?? null },
  );
  rows.forEach((cells, i) => sink.row(cells, i + 1));
  sink.end();
  return { records, issues, outcome: sink.outcome };
}

/** A task's [points, answered, zeros] (protocols) or success (exports), by task number. */
export const cellsOf = (record: TaskResultRecord | undefined) =>
  Object.fromEntries((record?.tasks ?? []).map((t) => [t.task, t.success ?? [t.points, t.answered, t.zeros]]));

export const maxOf = (record: TaskResultRecord | undefined) => Object.fromEntries((record?.tasks ?? []).map((t) => [t.task, t.max]));

export function taskMap(max: Record<string, number>, procedure: string | null = 'VPR-MA-5', year: number | null = 2023): TaskMap {
  return {
    procedure, year, file: 'map.csv',
    tasks: Object.entries(max).map(([task, m]) => ({ task, position: null, max: m, skill: null, content: null, level: null })),
  };
}
