/**
 * One work's task columns and maximums, as a table of task results reads them. A maximum comes
 * from the file's «Макс балл» row, else from the task map, else from --task-max; a map that
 * disagrees with the file is reported and the file wins (it is what the pupils wrote). With a map,
 * a task column the map does not know is reported and not read.
 */
import type { CellValue } from '../../model/cells.js';
import type { Issue } from '../../model/issues.js';
import type { TaskCell, TaskMap } from '../../model/tasks.js';
import { mapFor, readMaxRow, type TaskColumn } from './columns.js';

export interface WorkOptions {
  maps: TaskMap[];
  taskMax?: Record<string, number>;
}

type Report = (issue: Omit<Issue, 'file' | 'sheet'>) => void;

export class TaskWork {
  /** The task columns read (the unknown ones left out), and their maximums in the same order. */
  readonly columns: TaskColumn[];
  readonly max: (number | null)[];
  private readonly mapMax: Map<string, number | null> | null;

  constructor(
    readonly procedure: string,
    readonly year: number,
    columns: TaskColumn[],
    where: { headers: string[]; headerRow: number; report: Report },
    options: WorkOptions,
  ) {
    const map = mapFor(options.maps, procedure, year);
    this.mapMax = map ? new Map(map.tasks.map((t) => [t.task, t.max])) : null;
    this.columns = columns.filter((c) => {
      if (this.mapMax === null || this.mapMax.has(c.task)) return true;
      where.report({ row: where.headerRow, column: where.headers[c.index]!, code: 'unknown-task', params: { task: c.task, map: map!.file } });
      return false;
    });
    this.max = this.columns.map((c) => this.mapMax?.get(c.task) ?? options.taskMax?.[c.task] ?? null);
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
    return this.columns.map((c, k) => ({ task: c.task, max: this.max[k]!, points: null, answered: null, zeros: null, success: null }));
  }
}
