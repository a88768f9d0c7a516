/**
 * Reads one input file of any table kind (results, profile, reference): opens it, picks the
 * reader, finds each sheet's header with the kind's matcher and collects records and issues.
 */
import { InputError, type ErrorParams } from '../errors.js';
import type { GraduateTracker } from '../model/graduates.js';
import type { Issue } from '../model/issues.js';
import type { ReferenceValue } from '../model/reference.js';
import type { Scale } from '../model/scales.js';
import type { HeaderMatcher } from './layouts/types.js';
import { readerFor } from './readers/index.js';
import type { InputSource, ReadOptions } from './readers/types.js';
import { detectFormat, openSource } from './source.js';
import { TableSink, type HeaderCandidate, type SheetOutcome } from './table-sink.js';

/** The error of a file without a header, one for each kind of table. */
export type NoHeaderCode =
  | 'no-header' | 'no-facts-header' | 'no-profile-header' | 'no-draft-header' | 'no-reference-header' | 'no-scales-header'
  | 'no-schools-header' | 'no-journal-header' | 'no-task-header' | 'no-task-map-header' | 'no-markers-header' | 'no-pupil-marks-header';

export interface TableFileOptions<T> extends ReadOptions {
  match: HeaderMatcher<T>;
  /** The data year for tables without a year column (--year). */
  year: number | null;
  /** The procedure of a table that does not name it (--procedure). */
  procedure?: string;
  minScores: Record<string, number>;
  scales?: readonly Scale[];
  /** The most pupils a school's result may count (config read.maxParticipants). */
  maxParticipants?: number;
  /** The error code when no sheet has a header this kind recognises. */
  noHeaderCode: NoHeaderCode;
  /** Extra parameters for that error's message (the forced layout, say). */
  noHeaderParams?: ErrorParams['no-header'];
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
  return checked(await scanTableFile(input, options, records, issues), options, issues);
}

/** readTableFile of a source already opened (a part of a file, say). */
export async function readTableSource<T>(source: InputSource, options: TableFileOptions<T>, records: T[], issues: Issue[]): Promise<FileOutcome> {
  return checked(await scanTableSource(source, options, records, issues), options, issues);
}

/**
 * Reads a file whether or not any sheet has a header: the caller decides what a file without one
 * means (hasHeader, noHeaderError, noteSheetsWithoutHeader).
 */
export async function scanTableFile<T>(input: string, options: TableFileOptions<T>, records: T[], issues: Issue[]): Promise<FileOutcome> {
  return scanTableSource(await openSource(input, options.stdin), options, records, issues);
}

async function scanTableSource<T>(source: InputSource, options: TableFileOptions<T>, records: T[], issues: Issue[]): Promise<FileOutcome> {
  const format = detectFormat(source);
  const sinks: TableSink<T>[] = [];
  await readerFor(format).read(source, options, (sheet) => {
    const sink = new TableSink<T>(
      {
        file: source.name,
        sheet,
        minScores: options.minScores,
        scales: options.scales,
        maxParticipants: options.maxParticipants,
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
  return { file: source.name, format, sheets: sinks.map((s) => s.outcome) };
}

/** No sheet with a header is an input error; a workbook's extra sheets without one are a note each. */
function checked<T>(outcome: FileOutcome, options: TableFileOptions<T>, issues: Issue[]): FileOutcome {
  if (!hasHeader(outcome)) throw noHeaderError(outcome, options);
  noteSheetsWithoutHeader(outcome, issues);
  return outcome;
}

export function hasHeader(outcome: FileOutcome): boolean {
  return outcome.sheets.some((s) => s.headerRow !== null);
}

/** The error of a file where no sheet has a header this kind recognises. */
export function noHeaderError<T>(outcome: FileOutcome, options: Pick<TableFileOptions<T>, 'noHeaderCode' | 'noHeaderParams'>): InputError {
  const { file, sheets } = outcome;
  const code = sheets.length === 0 ? 'empty-file' : options.noHeaderCode;
  return new InputError(code, { file, sheet: sheets[0]?.sheet ?? null }, options.noHeaderParams ?? {});
}

/** A note for each sheet with rows but no header (a «Классы» sheet beside the «Протокол»); empty sheets pass silently. */
export function noteSheetsWithoutHeader(outcome: FileOutcome, issues: Issue[]): void {
  for (const sheet of outcome.sheets) {
    if (sheet.headerRow !== null || sheet.rowsSearched === 0) continue;
    issues.push({ file: outcome.file, sheet: sheet.sheet, row: null, column: null, code: 'sheet-without-header', params: candidateParams(sheet.candidate) });
  }
}

/** The row that looked most like a header, for a note: its number and its non-empty cells, one a line. */
export function candidateParams(candidate: HeaderCandidate | null): { row: number; header: string } {
  if (candidate === null) return { row: 0, header: '' };
  return { row: candidate.row, header: candidate.cells.filter((c) => c !== '').map((c) => c.replace(/\s+/g, ' ')).join('\n') };
}
