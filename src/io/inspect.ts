/**
 * What shnor sees in an input file (`shnor inspect`): the dialect of a CSV, each sheet's header
 * row, layout and column mapping, the procedures and years found, the rows used and left out —
 * and the explicit flags that make the same reading without guessing (the idea of DuckDB's
 * sniff_csv). Where no header is recognised: the row that looks most like one, and how far it is
 * from each layout (the needs each one has met and not). A file that cannot be opened at all is
 * described by its error.
 */
import type { ErrorCode, ErrorParams, InputError } from '../errors.js';
import { isLeftOut, type Issue } from '../model/issues.js';
import { fieldOfHeader } from '../model/fields.js';
import { compareProcedures } from '../model/procedures.js';
import { detectEncoding, decodeHead, resolveEncoding } from './encoding.js';
import type { LoadResult } from './load.js';
import type { FileOutcome } from './read-table.js';
import { sniffDelimiter } from './readers/csv.js';
import type { ReadOptions } from './readers/types.js';
import { detectFormat, openSource } from './source.js';
import { fitLayouts, type LayoutFit } from './layouts/index.js';
import type { ColumnUse, LayoutName } from './layouts/types.js';
import { parseWideHeader } from './layouts/wide.js';
import { hasHeader } from './read-table.js';

/** Why a sheet has no header: the row most like one, and each allowed layout's distance from it. */
export interface HeaderDiagnosis {
  row: number;
  /** Nearest first (with --layout, that layout alone). */
  layouts: LayoutFit[];
}

export interface SheetReport {
  sheet: string | null;
  headerRow: number | null;
  layout: string | null;
  /** The header's columns; where there is none, those of the row most like one. */
  columns: ColumnUse[];
  /** Null where a header was found, or the sheet is empty. */
  diagnosis: HeaderDiagnosis | null;
  records: number;
  procedures: string[];
  years: number[];
  /** Rows left out (each once, however many problems it has), the total rows skipped among them. */
  rejected: number;
  /** Rows whose result was merged into an equal repeat's. */
  merged: number;
  warnings: number;
  /** `--sheet … --layout … --year …` for this sheet. */
  flags: string[];
}

export interface FileReport {
  file: string;
  /** Null when the file could not be opened. */
  format: 'csv' | 'xlsx' | null;
  encoding: string | null;
  delimiter: string | null;
  sheets: SheetReport[];
  /** A sheet has a header a layout reads: classify would read the file. */
  readable: boolean;
  /** Why the file could not be read at all (not a workbook, a password, an unknown --sheet …). */
  error: FileError | null;
  /** The whole reproduction: `shnor classify FILE --encoding … --delimiter …`; null for a file not readable. */
  reproduce: string | null;
}

export interface FileError {
  code: ErrorCode;
  params: ErrorParams[ErrorCode];
  sheet: string | null;
  row: number | null;
}

export async function dialectOf(input: string, options: ReadOptions): Promise<{ encoding: string | null; delimiter: string | null }> {
  const source = await openSource(input);
  if (detectFormat(source) === 'xlsx') return { encoding: null, delimiter: null };
  const encoding = options.encoding ? resolveEncoding(options.encoding, source.name) : detectEncoding(source.head);
  return { encoding, delimiter: options.delimiter ?? sniffDelimiter(decodeHead(source.head, encoding)) };
}

export interface DescribeOptions {
  dialect: { encoding: string | null; delimiter: string | null };
  /** --layout: only its needs are shown for a sheet without a header. */
  layout: LayoutName | undefined;
  isWarning: (issue: Issue) => boolean;
}

export function describeFile(outcome: FileOutcome, loaded: Pick<LoadResult, 'records' | 'issues' | 'merged'>, options: DescribeOptions): FileReport {
  const { dialect, isWarning } = options;
  const sheets = outcome.sheets.map((sheet): SheetReport => {
    const here = (place: { file: string; sheet: string | null }) => place.file === outcome.file && place.sheet === sheet.sheet;
    const own = loaded.records.filter((r) => here(r.source));
    const problems = loaded.issues.filter(here);
    const years = [...new Set(own.map((r) => r.year))].sort();
    const flags = [
      ...(sheet.sheet !== null ? ['--sheet', quote(sheet.sheet)] : []),
      ...(sheet.layout ? ['--layout', sheet.layout] : []),
      ...(years.length === 1 ? ['--year', String(years[0])] : []),
    ];
    const seen = sheet.headerRow !== null ? sheet.headers : (sheet.candidate?.cells ?? []);
    const { candidate } = sheet;
    return {
      sheet: sheet.sheet,
      headerRow: sheet.headerRow,
      layout: sheet.layout,
      columns: sheet.columns ?? seen.filter((h) => h.trim() !== '').map((header) => ({ header, field: fieldName(header) })),
      diagnosis: sheet.headerRow === null && candidate !== null ? { row: candidate.row, layouts: fitLayouts(candidate.cells, options.layout) } : null,
      records: sheet.records,
      procedures: [...new Set(own.map((r) => r.procedure))].sort(compareProcedures),
      years,
      rejected: new Set(problems.filter((i) => i.row !== null && isLeftOut(i)).map((i) => i.row)).size,
      merged: loaded.merged.filter(here).length,
      warnings: problems.filter(isWarning).length,
      flags,
    };
  });
  const dialectFlags = [
    ...(dialect.encoding ? ['--encoding', dialect.encoding] : []),
    ...(dialect.delimiter ? ['--delimiter', quote(dialect.delimiter === '\t' ? '\\t' : dialect.delimiter)] : []),
  ];
  const main = sheets.find((s) => s.headerRow !== null);
  const readable = hasHeader(outcome);
  return {
    file: outcome.file,
    format: outcome.format,
    ...dialect,
    sheets,
    readable,
    error: null,
    reproduce: readable ? ['shnor classify', quote(outcome.file), ...dialectFlags, ...(sheets.length === 1 && main ? main.flags : [])].join(' ') : null,
  };
}

/** A file that could not be read at all: its error is the whole description. */
export function describeFailure(error: InputError): FileReport {
  const { location } = error;
  return {
    file: location?.file ?? '', format: null, encoding: null, delimiter: null, sheets: [], readable: false, reproduce: null,
    error: { code: error.code, params: error.params, sheet: location?.sheet ?? null, row: location?.row ?? null },
  };
}

function fieldName(header: string): string | null {
  const field = fieldOfHeader(header);
  if (field) return field;
  const wide = parseWideHeader(header);
  return wide ? `${wide.procedure} ${wide.field}` : null;
}

function quote(text: string): string {
  return /^[\w./-]+$/.test(text) ? text : `'${text.replace(/'/g, `'\\''`)}'`;
}
