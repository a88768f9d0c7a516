/**
 * Finds the header row of a sheet and hands the rows below it to the layout that recognised it.
 * Title rows, merged titles and blank rows above the header are skipped; the first rows are
 * buffered only until the header is found.
 */
import type { CellValue } from '../model/cells.js';
import { cellText, parseNumber } from '../model/numbers.js';
import { parseSchoolYear } from '../model/school-year.js';
import { InputError } from '../errors.js';
import { isBlankRow } from './layouts/columns.js';
import type { ColumnUse, HeaderMatcher, LayoutContext, RowMapper } from './layouts/types.js';
import type { ReaderIssue, RowSink } from './readers/types.js';

/** How many non-blank rows from the top may stand above the header. */
export const HEADER_SEARCH_ROWS = 30;

export interface SheetOptions<T> {
  match: HeaderMatcher<T>;
  year: number | null;
  procedure?: string | null;
}

export interface SheetOutcome {
  sheet: string | null;
  /** Non-blank rows seen before a header was found (0 for an empty sheet). */
  rowsSearched: number;
  headerRow: number | null;
  layout: string | null;
  /** Records the sheet gave (results, profile rows, reference values). */
  records: number;
  /** The header row's cells as text. */
  headers: string[];
  /** The columns the layout read, where it names them itself (a header of two rows); else null. */
  columns: ColumnUse[] | null;
  /**
   * Where no header was recognised: the row that looks most like one (for `shnor inspect` and the
   * notes on files and sheets left unread); null for an empty sheet.
   */
  candidate: HeaderCandidate | null;
}

export interface HeaderCandidate {
  row: number;
  /** Its cells as text ('' for an empty cell), in column order. */
  cells: string[];
  /** How many of them are words rather than numbers (the rank it won by). */
  words: number;
}

/**
 * A header is made of labels, data rows mostly of numbers and codes: the candidate is the row with
 * the most text cells that are not numbers, the first one among equals (a title above the header
 * has one or two).
 */
function wordCount(cells: CellValue[]): number {
  return cells.filter((cell) => typeof cell === 'string' && parseNumber(cell) === 'invalid').length;
}

export class TableSink<T> implements RowSink {
  private mapper: RowMapper | null = null;
  /** The texts of the non-blank rows above the header (a layout may read its title there). */
  private readonly titles: string[] = [];
  readonly outcome: SheetOutcome;

  constructor(
    private readonly context: Omit<LayoutContext<T>, 'yearHint' | 'procedureHint'>,
    private readonly options: SheetOptions<T>,
  ) {
    this.outcome = { sheet: context.sheet, rowsSearched: 0, headerRow: null, layout: null, records: 0, headers: [], columns: null, candidate: null };
  }

  row(cells: CellValue[], rowNumber: number): void {
    if (this.mapper) {
      this.mapper.row(cells, rowNumber);
      return;
    }
    if (this.outcome.rowsSearched >= HEADER_SEARCH_ROWS || isBlankRow(cells)) return;
    this.outcome.rowsSearched += 1;
    this.tryHeader(cells, rowNumber);
  }

  /** A reader's issue, its cell named by the header above it (none for the rows above the header). */
  issue({ row, cell, code, params }: ReaderIssue): void {
    const { headerRow, headers } = this.outcome;
    const below = headerRow !== null && row !== null && row > headerRow;
    const column = below && cell !== null ? headers[cell] || null : null;
    this.context.report({ row, column, code, params });
  }

  end(): void {
    this.mapper?.end();
    this.outcome.columns = this.mapper?.columns?.() ?? null;
  }

  private tryHeader(cells: CellValue[], rowNumber: number): void {
    const headers = cells.map((cell) => cellText(cell) ?? '');
    const match = this.options.match(headers, this.titles);
    if (!match) {
      this.titles.push(headers.filter((text) => text !== '').join(' '));
      const words = wordCount(cells);
      if (this.outcome.candidate === null || words > this.outcome.candidate.words) this.outcome.candidate = { row: rowNumber, cells: headers, words };
      return;
    }
    const yearHint = parseSchoolYear(this.context.sheet ?? '') ?? this.options.year;
    if (match.needsYear && yearHint === null) {
      throw new InputError('year-unknown', { file: this.context.file, sheet: this.context.sheet, row: rowNumber });
    }
    this.outcome.headerRow = rowNumber;
    this.outcome.candidate = null;
    this.outcome.layout = match.layout;
    this.outcome.headers = headers;
    const emit = (record: T) => {
      this.outcome.records += 1;
      this.context.emit(record);
    };
    this.mapper = match.start({ ...this.context, emit, yearHint, procedureHint: this.options.procedure ?? null }, rowNumber, this.titles);
  }
}
