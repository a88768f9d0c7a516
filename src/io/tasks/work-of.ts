/** The options of the task readers, and the work (procedure and year) a sheet's title rows or the flags name. */
import { parseProcedure } from '../../model/procedures.js';
import { readTitles } from '../layouts/titles.js';
import type { LayoutContext } from '../layouts/types.js';
import type { WorkOptions } from './work.js';

export interface TaskReadOptions extends WorkOptions {
  /** The school of a protocol without a school column (--school), when no title names a `sch…` login. */
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

/**
 * The title rows win over the flags, as in the fisoko layout: a file names its own work.
 * Reported once at the header when neither gives it (the sheet is then not read).
 */
export function workOfTitles(
  context: Pick<LayoutContext<unknown>, 'report' | 'yearHint'>, headerRow: number, titles: string[], options: TaskReadOptions,
): { procedure: string; year: number } | null {
  const title = readTitles(titles);
  const procedure = title.procedure ?? optionProcedure(options);
  const year = title.year ?? context.yearHint;
  if (procedure === null) context.report({ row: headerRow, column: null, code: 'missing-procedure', params: {} });
  else if (year === null) context.report({ row: headerRow, column: null, code: 'missing-year', params: {} });
  else return { procedure, year };
  return null;
}

export function optionProcedure(options: TaskReadOptions): string | null {
  return options.procedure === undefined ? null : (parseProcedure(options.procedure)?.code ?? null);
}
