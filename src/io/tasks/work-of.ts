/** The options of the task readers, and the work (procedure and year) a sheet's title rows or the flags name. */
import { parseProcedure } from '../../model/procedures.js';
import { parseSchoolYear } from '../../model/school-year.js';
import { readFileName, readTitles } from '../layouts/titles.js';
import type { LayoutContext } from '../layouts/types.js';
import type { WorkOptions } from './work.js';

export interface TaskReadOptions extends WorkOptions {
  /** The school of a protocol without a school column (--school), when no title names a `sch…` or `edu…` login. */
  school?: string;
  /** The work when neither the title rows nor a column name it (--procedure, --year). */
  procedure?: string;
  /**
   * A later part of a file read in parts: its first rows are the file's preamble, read for the
   * header and the «Макс балл» row only — the pupils among them are the first part's.
   */
  preambleRows?: number;
  /**
   * Which parts of a school a protocol gives as records of their own besides the whole school:
   * the parts the output shows (default both). Every pupil counts for the school either way, and
   * every class cell is checked either way.
   */
  parts?: TaskParts;
}

export interface TaskParts {
  classes: boolean;
  teachers: boolean;
}

type SheetContext = Pick<LayoutContext<unknown>, 'report' | 'yearHint' | 'file' | 'sheet'>;

/**
 * The work a sheet names itself: the title rows, then the sheet's name (a year), then the file's name
 * (ФИС ОКО names its per-pupil export «Проведение работы по математике, 5 класс. ВПР 2021.xlsx»).
 */
export function namedWork(context: Pick<SheetContext, 'file' | 'sheet'>, titles: string[]): { procedure: string | null; year: number | null } {
  const title = readTitles(titles);
  const name = readFileName(context.file);
  return { procedure: title.procedure ?? name.procedure, year: title.year ?? parseSchoolYear(context.sheet ?? '') ?? name.year };
}

/**
 * The file wins over the flags, as in the fisoko layout: a file names its own work (namedWork), the
 * flags give what it does not. Reported once at the header when neither gives it (the sheet is then not read).
 */
export function workOfTitles(context: SheetContext, headerRow: number, titles: string[], options: TaskReadOptions): { procedure: string; year: number } | null {
  const named = namedWork(context, titles);
  const procedure = named.procedure ?? optionProcedure(options);
  const year = named.year ?? context.yearHint;
  if (procedure === null) context.report({ row: headerRow, column: null, code: 'missing-procedure', params: {} });
  else if (year === null) context.report({ row: headerRow, column: null, code: 'missing-year', params: {} });
  else return { procedure, year };
  return null;
}

export function optionProcedure(options: TaskReadOptions): string | null {
  return options.procedure === undefined ? null : (parseProcedure(options.procedure)?.code ?? null);
}
