/**
 * The work of each protocol row when the protocol has a procedure or year column — or, with no year
 * named anywhere else, the upload date of ФИС ОКО's protocol form («Дата загрузки» 17.03.2022 →
 * 2022): read per row, parsed once per distinct text; a blank cell falls back to the title rows or
 * the flags.
 */
import type { CellValue } from '../../model/cells.js';
import { cellText } from '../../model/numbers.js';
import { schoolYearOfDate, schoolYearOfDateText } from '../../model/school-year.js';
import { memo, procedureOf, unreadProcedure, yearOf, type ColumnMap } from '../layouts/columns.js';
import type { LayoutContext } from '../layouts/types.js';
import type { TaskWork } from './work.js';

export interface Works {
  /** The row's work; null (reported) when its procedure or year is unknown. */
  read(cells: CellValue[], rowNumber: number): TaskWork | null;
  all(): TaskWork[];
}

type Context = Pick<LayoutContext<unknown>, 'report' | 'yearHint'>;

const uploadYearOf = memo(schoolYearOfDateText);

export class ProtocolWorks implements Works {
  private readonly byKey = new Map<string, TaskWork>();
  private readonly procedureIndex: number | undefined;
  private readonly yearIndex: number | undefined;
  private readonly uploadIndex: number | undefined;
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
    this.uploadIndex = this.yearIndex === undefined && fallback.year === null ? map.fields.get('uploaded') : undefined;
  }

  read(cells: CellValue[], rowNumber: number): TaskWork | null {
    const procedureCell = this.procedureIndex === undefined ? null : (cells[this.procedureIndex] ?? null);
    const yearCell = cells[this.yearIndex ?? this.uploadIndex ?? -1] ?? null;
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
    if (code === null) this.context.report({ row: rowNumber, column, ...unreadProcedure(text) });
    return code;
  }

  private readYear(cell: CellValue, rowNumber: number): number | null {
    const text = cellText(cell);
    const column = this.header(this.yearIndex ?? this.uploadIndex);
    const fallback = this.fallback.year ?? this.context.yearHint;
    if (text === null) {
      if (fallback === null) this.context.report({ row: rowNumber, column, code: 'missing-year', params: {} });
      return fallback;
    }
    if (this.yearIndex === undefined) return this.readUploadYear(cell, text, rowNumber, fallback);
    const year = yearOf(text);
    if (year === null) this.context.report({ row: rowNumber, column, code: 'bad-year', params: { value: text } });
    return year;
  }

  /** The upload date's school year; a cell that is not a date falls back to --year, or is reported. */
  private readUploadYear(cell: CellValue, text: string, rowNumber: number, fallback: number | null): number | null {
    const year = cell instanceof Date ? schoolYearOfDate(cell) : uploadYearOf(text);
    if (year !== null || fallback !== null) return year ?? fallback;
    this.context.report({ row: rowNumber, column: this.header(this.uploadIndex), code: 'bad-year', params: { value: text } });
    return null;
  }

  private header(index: number | undefined): string | null {
    return index === undefined ? null : this.map.headers[index]!;
  }
}
