/**
 * Reads one input file of any table kind (results, profile, reference): opens it, picks the
 * reader, finds each sheet's header with the kind's matcher and collects records and issues.
 */
import { InputError } from '../errors.js';
import type { GraduateTracker } from '../model/graduates.js';
import type { Issue } from '../model/issues.js';
import type { ReferenceValue } from '../model/reference.js';
import type { Scale } from '../model/scales.js';
import type { HeaderMatcher } from './layouts/types.js';
import { readerFor } from './readers/index.js';
import type { InputSource, ReadOptions } from './readers/types.js';
import { detectFormat, openSource } from './source.js';
import { TableSink, type SheetOutcome } from './table-sink.js';

export interface TableFileOptions<T> extends ReadOptions {
  match: HeaderMatcher<T>;
  /** The data year for tables without a year column (--year). */
  year: number | null;
  /** The procedure of a table that does not name it (--procedure). */
  procedure?: string;
  minScores: Record<string, number>;
  scales?: readonly Scale[];
  /** The error code when no sheet has a header this kind recognises. */
  noHeaderCode: string;
  /** Extra parameters for that error's message (the forced layout, say). */
  noHeaderParams?: Record<string, string>;
  stdin?: NodeJS.ReadableStream;
  graduates?: GraduateTracker;
  references?: ReferenceValue[];
}

export interface FileOutcome {
  file: string;
  format: 'csv' | 'xlsx';
  sheets: SheetOutcome[];
}

export async function readTableFile<T>(input: string, options: TableFileOptions<T>, records: T[], issues: Issue[]): Promise<FileOutcome> {
  return readTableSource(await openSource(input, options.stdin), options, records, issues);
}

/** readTableFile of a source already opened (a part of a file, say). */
export async function readTableSource<T>(source: InputSource, options: TableFileOptions<T>, records: T[], issues: Issue[]): Promise<FileOutcome> {
  const format = detectFormat(source);
  const sinks: TableSink<T>[] = [];
  await readerFor(format).read(source, options, (sheet) => {
    const sink = new TableSink<T>(
      {
        file: source.name,
        sheet,
        minScores: options.minScores,
        scales: options.scales,
        report: (issue) => issues.push({ file: source.name, sheet, ...issue }),
        emit: (record) => records.push(record),
        graduates: options.graduates,
        references: options.references,
      },
      { match: options.match, year: options.year, procedure: options.procedure ?? null },
    );
    sinks.push(sink);
    return sink;
  });
  const sheets = sinks.map((s) => s.outcome);
  checkHeaders(source.name, sheets, options, issues);
  return { file: source.name, format, sheets };
}

/** No sheet with a header is an input error; a workbook's extra sheets without one are a warning. */
function checkHeaders<T>(file: string, sheets: SheetOutcome[], options: TableFileOptions<T>, issues: Issue[]): void {
  const found = sheets.filter((s) => s.headerRow !== null);
  if (found.length === 0) {
    const code = sheets.length === 0 ? 'empty-file' : options.noHeaderCode;
    throw new InputError(code, { file, sheet: sheets[0]?.sheet ?? null }, options.noHeaderParams ?? {});
  }
  for (const sheet of sheets) {
    if (sheet.headerRow === null && sheet.rowsSearched > 0) issues.push({ file, sheet: sheet.sheet, row: null, column: null, code: 'sheet-without-header', params: {} });
  }
}
