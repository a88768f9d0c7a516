/**
 * Readers turn a file into rows of cells, pushed to a sink one row at a time (no per-row
 * promise: a million-row file must read at the speed of the bare parser).
 */
import type { Readable } from 'node:stream';

import type { CellValue } from '../../model/cells.js';
import type { IssueCode, IssueParams } from '../../model/issues.js';

export type { CellValue };

/** Receives the rows of one sheet (a CSV file is one sheet named null). */
export interface RowSink {
  /** rowNumber is the row as a spreadsheet shows it: 1-based, counting blank rows. */
  row(cells: CellValue[], rowNumber: number): void;
  /** A problem in the file's text itself (a stray quote, bytes that are no character), found by the reader. */
  issue(issue: ReaderIssue): void;
  end(): void;
}

export interface ReaderIssue {
  /** The row as in RowSink.row; null for the whole file. */
  row: number | null;
  /** The cell's position in its row, from 0; null for a whole row. The sink names its column. */
  cell: number | null;
  code: IssueCode;
  params: IssueParams;
}

export interface InputSource {
  /** The name shown to users: the path as given, or «<stdin>». */
  name: string;
  /** The file path; null for standard input. */
  path: string | null;
  /** The first bytes, for sniffing the format and the encoding. */
  head: Buffer;
  /** A fresh stream of the whole content. */
  open(): Readable;
}

export interface ReadOptions {
  /** Forced text encoding for CSV (utf-8, windows-1251, …); sniffed when absent. */
  encoding?: string;
  /** Forced CSV delimiter; sniffed when absent. */
  delimiter?: string;
  /** Read only this sheet of a workbook. */
  sheet?: string;
}

export interface TableReader {
  name: 'csv' | 'xlsx';
  read(source: InputSource, options: ReadOptions, openSheet: (sheet: string | null) => RowSink): Promise<void>;
}
