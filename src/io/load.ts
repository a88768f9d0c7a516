/**
 * Reads every input (files, folders, «-» for stdin) into checked result records plus the issues
 * found on the way. The one entry point of the input layer.
 */
import { InputError, UsageError } from '../errors.js';
import type { Issue } from '../model/issues.js';
import type { ResultRecord } from '../model/records.js';
import type { LayoutName } from './layouts/types.js';
import { mergeDuplicates } from './merge.js';
import { readerFor } from './readers/index.js';
import type { ReadOptions } from './readers/types.js';
import { detectFormat, expandInputs, openSource } from './source.js';
import { TableSink, type SheetOutcome } from './table-sink.js';

export interface LoadOptions extends ReadOptions {
  layout?: LayoutName;
  /** The data year for tables without a year column (--year). */
  year: number | null;
  minScores: Record<string, number>;
  stdin?: NodeJS.ReadableStream;
}

export interface FileOutcome {
  file: string;
  format: 'csv' | 'xlsx';
  sheets: SheetOutcome[];
}

export interface LoadResult {
  records: ResultRecord[];
  issues: Issue[];
  files: FileOutcome[];
}

export async function loadResults(inputs: string[], options: LoadOptions): Promise<LoadResult> {
  const records: ResultRecord[] = [];
  const issues: Issue[] = [];
  const files: FileOutcome[] = [];
  const paths = await expandInputs(inputs);
  if (paths.length === 0) throw new UsageError('no-input-files', { inputs: inputs.join(', ') });
  for (const input of paths) {
    files.push(await loadFile(input, options, records, issues));
  }
  const merged = mergeDuplicates(records);
  return { records: merged.records, issues: [...issues, ...merged.issues], files };
}

async function loadFile(input: string, options: LoadOptions, records: ResultRecord[], issues: Issue[]): Promise<FileOutcome> {
  const source = await openSource(input, options.stdin);
  const format = detectFormat(source);
  const sinks: TableSink[] = [];
  await readerFor(format).read(source, options, (sheet) => {
    const sink = new TableSink(
      {
        file: source.name,
        sheet,
        minScores: options.minScores,
        report: (issue) => issues.push({ file: source.name, sheet, ...issue }),
        emit: (record) => records.push(record),
      },
      { layout: options.layout, year: options.year },
    );
    sinks.push(sink);
    return sink;
  });
  const sheets = sinks.map((s) => s.outcome);
  checkHeaders(source.name, sheets, options.layout, issues);
  return { file: source.name, format, sheets };
}

/** No sheet with a header is an input error; a workbook's extra sheets without one are a warning. */
function checkHeaders(file: string, sheets: SheetOutcome[], layout: LayoutName | undefined, issues: Issue[]): void {
  const found = sheets.filter((s) => s.headerRow !== null);
  if (found.length === 0) {
    throw new InputError(sheets.length === 0 ? 'empty-file' : 'no-header', { file, sheet: sheets[0]?.sheet ?? null }, { layout: layout ?? '' });
  }
  for (const sheet of sheets) {
    if (sheet.headerRow === null && sheet.rowsSearched > 0) issues.push({ file, sheet: sheet.sheet, row: null, column: null, code: 'sheet-without-header', params: {} });
  }
}
