/**
 * The work of each protocol row when the protocol has a procedure or year column: read per row,
 * parsed once per distinct text; a blank cell falls back to the title rows or the flags.
 */
import type { CellValue } from '../../model/cells.js';
import { cellText } from '../../model/numbers.js';
import { procedureOf, yearOf, type ColumnMap } from '../layouts/columns.js';
import type { LayoutContext } from '../layouts/types.js';
import type { TaskWork } from './work.js';

export interface Works {
  /** The row's work; null (reported) when its procedure or year is unknown. */
  read(cells: CellValue[], rowNumber: number): TaskWork | null;
  all(): TaskWork[];
}

type Context = Pick<LayoutContext<unknown>, 'report' | 'yearHint'>;

export class ProtocolWorks implements Works {
  private readonly byKey = new Map<string, TaskWork>();
  private readonly procedureIndex: number | undefined;
  private readonly yearIndex: number | undefined;
  private lastProcedure: CellValue | undefined = undefined;
  private lastYear: CellValue | undefined = undefined;
  private last: TaskWork | null = null;

  constructor(
    private readonly map: ColumnMap<string>,
    private readonly context: Context,
    private readonly fallback: { procedure: string | null; year: number | null },
    private readonly create: (procedure: string, year: number) => TaskWork,
  ) {
    this.procedureIndex = map.fields.get('procedure');
    this.yearIndex = map.fields.get('year');
  }

  read(cells: CellValue[], rowNumber: number): TaskWork | null {
    const procedureCell = this.procedureIndex === undefined ? null : (cells[this.procedureIndex] ?? null);
    const yearCell = this.yearIndex === undefined ? null : (cells[this.yearIndex] ?? null);
    if (this.last !== null && procedureCell === this.lastProcedure && yearCell === this.lastYear) return this.last;
    const procedure = this.readProcedure(procedureCell, rowNumber);
    const year = this.readYear(yearCell, rowNumber);
    if (procedure === null || year === null) return null;
    const key = `${procedure} ${year}`;
    let work = this.byKey.get(key);
    if (work === undefined) this.byKey.set(key, (work = this.create(procedure, year)));
    this.lastProcedure = procedureCell;
    this.lastYear = yearCell;
    return (this.last = work);
  }

  all(): TaskWork[] {
    return [...this.byKey.values()];
  }

  private readProcedure(cell: CellValue, rowNumber: number): string | null {
    const text = cellText(cell);
    const column = this.header(this.procedureIndex);
    if (text === null) {
      if (this.fallback.procedure === null) this.context.report({ row: rowNumber, column, code: 'missing-procedure', params: {} });
      return this.fallback.procedure;
    }
    const code = procedureOf(text);
    if (code === null) this.context.report({ row: rowNumber, column, code: 'unknown-procedure', params: { value: text } });
    return code;
  }

  private readYear(cell: CellValue, rowNumber: number): number | null {
    const text = cellText(cell);
    const column = this.header(this.yearIndex);
    const fallback = this.fallback.year ?? this.context.yearHint;
    if (text === null) {
      if (fallback === null) this.context.report({ row: rowNumber, column, code: 'missing-year', params: {} });
      return fallback;
    }
    const year = yearOf(text);
    if (year === null) this.context.report({ row: rowNumber, column, code: 'bad-year', params: { value: text } });
    return year;
  }

  private header(index: number | undefined): string | null {
    return index === undefined ? null : this.map.headers[index]!;
  }
}
