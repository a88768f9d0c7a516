/**
 * One work's task columns and maximums, as a table of task results reads them. A maximum comes
 * from the file — its «Макс балл» row, or the header («6 (2б)») — else from the task map, else
 * from --task-max; a map that disagrees with the file is reported and the file wins (it is what the
 * pupils wrote). With a map, a task column the map does not know is reported and not read, and an
 * export's «балл за N» is the map's task at position N.
 */
import type { CellValue } from '../../model/cells.js';
import type { Issue } from '../../model/issues.js';
import { scaleFor, type Scale } from '../../model/scales.js';
import type { TaskCell, TaskMap } from '../../model/tasks.js';
import { mapFor, readMaxRow, type TaskColumn } from './columns.js';

export interface WorkOptions {
  maps: TaskMap[];
  taskMax?: Record<string, number>;
}

type Report = (issue: Omit<Issue, 'file' | 'sheet'>) => void;
interface Where {
  headers: string[];
  headerRow: number;
  report: Report;
}

export class TaskWork {
  /** The task columns read (the unknown ones left out), and their maximums in the same order. */
  readonly columns: TaskColumn[];
  readonly max: (number | null)[];
  private readonly mapMax: Map<string, number | null> | null;

  constructor(readonly procedure: string, readonly year: number, columns: TaskColumn[], where: Where, options: WorkOptions) {
    const map = mapFor(options.maps, procedure, year);
    this.mapMax = map ? new Map(map.tasks.map((t) => [t.task, t.max])) : null;
    this.columns = map ? mappedColumns(columns, map, where) : columns;
    this.max = this.columns.map((c) => {
      const mapped = this.mapMax?.get(c.task) ?? null;
      if (c.max === null) return mapped ?? options.taskMax?.[c.task] ?? null;
      if (mapped !== null && mapped !== c.max) {
        where.report({ row: where.headerRow, column: where.headers[c.index]!, code: 'task-max-mismatch', params: { task: c.task, given: c.max, map: mapped } });
      }
      return c.max;
    });
  }

  /** The «Макс балл» row: its maximums replace the others, with a warning where the map said otherwise. */
  applyMaxRow(cells: CellValue[], rowNumber: number, headers: string[], report: Report): void {
    readMaxRow(cells, this.columns).forEach((given, k) => {
      if (given === null) return;
      const column = this.columns[k]!;
      const mapped = this.mapMax?.get(column.task) ?? null;
      if (mapped !== null && mapped !== given) {
        report({ row: rowNumber, column: headers[column.index]!, code: 'task-max-mismatch', params: { task: column.task, given, map: mapped } });
      }
      this.max[k] = given;
    });
  }

  /** The record's cells, empty of values: the reader fills in what its table gives. */
  cells(): TaskCell[] {
    return this.columns.map((c, k) => ({ task: c.task, max: this.max[k]!, points: null, answered: null, zeros: null, success: null, notTaught: null }));
  }
}

/**
 * The columns of the map's tasks, named as the map names them. «балл за N» is the task at position N
 * («балл за 16» is task 14 of ВПР математика 5 кл. 2021: 11.1, 11.2, 12.1, 12.2 take a position each);
 * against a map without positions it keeps the number N (noted once). Positions of the map with no
 * column, or columns at positions the map lacks, are noted once; a task the map does not know is
 * reported and not read.
 */
function mappedColumns(columns: TaskColumn[], map: TaskMap, where: Where): TaskColumn[] {
  const tasks = new Set(map.tasks.map((t) => t.task));
  const byPosition = new Map(map.tasks.flatMap((t) => (t.position === null ? [] : [[t.position, t.task] as const])));
  const positional = columns.filter((c) => c.position !== null);
  const note = (code: 'map-without-positions' | 'task-positions-mismatch', params: Record<string, string | number>) =>
    where.report({ row: where.headerRow, column: null, code, params: { map: map.file, ...params } });
  if (positional.length > 0 && byPosition.size === 0) note('map-without-positions', {});
  if (positional.length > 0 && byPosition.size > 0) {
    const given = new Set(positional.map((c) => c.position!));
    const missing = [...byPosition.keys()].filter((p) => !given.has(p));
    if (missing.length > 0 || positional.some((c) => !byPosition.has(c.position!))) {
      note('task-positions-mismatch', { columns: positional.length, positions: byPosition.size, missing: missing.join(', ') || '—' });
    }
  }
  return columns.flatMap((c) => {
    const task = c.position !== null && byPosition.size > 0 ? (byPosition.get(c.position) ?? null) : c.task;
    if (task !== null && tasks.has(task)) return [{ ...c, task }];
    where.report({ row: where.headerRow, column: where.headers[c.index]!, code: 'unknown-task', params: { task: c.task, map: map.file } });
    return [];
  });
}

export interface ScaleProblem {
  code: 'no-scale' | 'scale-max-mismatch';
  params: Record<string, string | number>;
}

/**
 * The conversion scale giving a pupil's mark from the total (for a protocol without a mark column):
 * the scale of the work's year, when its maximum is the sum of the task maximums (unknown ones
 * aside) — a scale for a work of another shape would give wrong marks. Otherwise no scale, and the
 * problem to note.
 */
export function markScale(work: Pick<TaskWork, 'procedure' | 'year' | 'max'>, scales: readonly Scale[]): { scale: Scale | null; problem: ScaleProblem | null } {
  const { procedure, year } = work;
  const scale = scaleFor(scales, procedure, year);
  if (scale === null) return { scale: null, problem: { code: 'no-scale', params: { procedure, year } } };
  if (work.max.includes(null)) return { scale, problem: null };
  const sum = work.max.reduce<number>((total, max) => total + max!, 0);
  if (sum === scale.max) return { scale, problem: null };
  return { scale: null, problem: { code: 'scale-max-mismatch', params: { procedure, year, sum, max: scale.max } } };
}
