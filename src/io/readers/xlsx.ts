import { open } from 'node:fs/promises';
/** XLSX workbooks through exceljs's streaming reader: one sink per worksheet. */
import type { Readable } from 'node:stream';
import type ExcelJS from 'exceljs';
import { InputError, ShnorError } from '../../errors.js';
import type { CellValue, RowSink, TableReader } from './types.js';

const READER_OPTIONS = { sharedStrings: 'cache', styles: 'cache', hyperlinks: 'ignore', worksheets: 'emit' } as const;

/** What the streaming reader has but its type declarations lack. */
interface StreamingWorkbook extends AsyncIterable<StreamingSheet> {
  model?: { sheets?: { name: string; rId: string }[]; properties?: { date1904?: boolean } };
  workbookRels?: { Id: string; Target: string }[];
}
interface StreamingSheet extends AsyncIterable<ExcelJS.Row> {
  /** The sheetId once matched to workbook.xml; the N of sheetN.xml (a string) when not. */
  id: number | string;
  name: string;
}

/** An error thrown by the sink: passed on as it is, never taken for a broken workbook. */
class SinkFailure {
  constructor(readonly error: unknown) {}
}

export const xlsxReader: TableReader = {
  name: 'xlsx',
  async read(source, options, openSheet) {
    const file = source.name;
    // loaded on demand: a CSV run should not pay for exceljs's start-up
    if (source.path !== null && !(await endsLikeZip(source.path))) {
      throw new InputError('not-a-workbook', { file }, { reason: 'the zip archive ends too early (truncated)' });
    }
    const { default: excel } = await import('exceljs');
    const input = source.open();
    const workbook = new excel.stream.xlsx.WorkbookReader(input, READER_OPTIONS) as unknown as StreamingWorkbook;
    let result;
    try {
      result = await Promise.race([readSheets(workbook, options.sheet, openSheet), inputFailure(input)]);
    } catch (error) {
      throw toInputError(error, file);
    } finally {
      input.destroy();
    }
    // exceljs silently skips sheets not stored as xl/worksheets/sheetN.xml (some generators name them otherwise)
    if (result.names.length === 0) throw new InputError('not-a-workbook', { file }, { reason: 'no worksheet (xl/worksheets/sheetN.xml) found' });
    if (options.sheet !== undefined && !result.found) {
      const sheets = workbook.model?.sheets?.map((s) => s.name) ?? result.names;
      throw new InputError('sheet-not-found', { file }, { sheet: options.sheet, sheets: sheets.join(', ') });
    }
  },
};

/**
 * A zip ends with its central directory (signature PK\x05\x06 in the last 64 KiB). Checked before
 * exceljs sees the file: on a truncated zip its sheet spooling can fail later on a removed temp
 * file, outside any promise we could catch.
 */
async function endsLikeZip(path: string): Promise<boolean> {
  // a file that cannot be opened here is reported by the stream that reads it
  const handle = await open(path, 'r').catch(() => null);
  if (handle === null) return true;
  try {
    const { size } = await handle.stat();
    const length = Math.min(size, 65_557);
    const tail = Buffer.alloc(length);
    await handle.read(tail, 0, length, size - length);
    return tail.lastIndexOf(EOCD) !== -1;
  } finally {
    await handle.close();
  }
}

const EOCD = Buffer.from([0x50, 0x4b, 0x05, 0x06]);

/** An error of the input stream itself (not of its content). */
class InputFailure {
  constructor(readonly error: Error) {}
}

/** exceljs pipes the input into its unzipper without listening for errors: it would wait forever. */
function inputFailure(input: Readable): Promise<never> {
  const failure = new Promise<never>((_, reject) => input.once('error', (error) => reject(new InputFailure(error))));
  failure.catch(() => undefined);
  return failure;
}

function toInputError(error: unknown, file: string): unknown {
  if (error instanceof SinkFailure) return error.error;
  if (error instanceof ShnorError) return error;
  if (error instanceof InputFailure) return new InputError('file-unreadable', { file }, { reason: error.error.message });
  const message = error instanceof Error ? error.message : String(error);
  const reason = message === 'FILE_ENDED' ? 'the zip archive ends too early (truncated)' : message;
  return new InputError('not-a-workbook', { file }, { reason });
}

/**
 * Sheets come in zip order (not tab order); with `wanted`, only that one is read. The others are
 * skipped rather than the loop left early: exceljs deletes a spooled sheet's temp file only when
 * the loop moves past it.
 */
async function readSheets(
  workbook: StreamingWorkbook,
  wanted: string | undefined,
  openSheet: (sheet: string | null) => RowSink,
): Promise<{ names: string[]; found: boolean }> {
  const names: string[] = [];
  let found = false;
  for await (const worksheet of workbook) {
    const name = sheetName(workbook, worksheet);
    names.push(name);
    if (wanted !== undefined && !sameName(name, wanted)) {
      await skip(worksheet);
      continue;
    }
    found = true;
    await readRows(worksheet, sink(() => openSheet(name)), workbook.model?.properties?.date1904 === true);
  }
  return { names, found };
}

async function readRows(worksheet: StreamingSheet, rowSink: RowSink, date1904: boolean): Promise<void> {
  for await (const row of worksheet) {
    const cells = rowCells(row, date1904);
    sink(() => rowSink.row(cells, row.number));
  }
  sink(() => rowSink.end());
}

function sink<T>(call: () => T): T {
  try {
    return call();
  } catch (error) {
    throw new SinkFailure(error);
  }
}

/** exceljs names a sheet only for the relative target `worksheets/sheetN.xml`; else «SheetN». */
function sheetName(workbook: StreamingWorkbook, worksheet: StreamingSheet): string {
  if (typeof worksheet.id !== 'string') return worksheet.name;
  const target = `worksheets/sheet${worksheet.id}.xml`;
  const rel = workbook.workbookRels?.find((r) => r.Target.replace(/^\/?xl\//, '') === target);
  return workbook.model?.sheets?.find((s) => s.rId === rel?.Id)?.name ?? worksheet.name;
}

function sameName(name: string, wanted: string): boolean {
  return name === wanted || name.trim().toLowerCase() === wanted.trim().toLowerCase();
}

/**
 * A sheet not asked for is read through and dropped. Destroying its stream instead let exceljs
 * delete a spooled sheet's temp file before the stream had opened it: an uncaught ENOENT later.
 */
async function skip(worksheet: StreamingSheet): Promise<void> {
  for await (const _row of worksheet) continue;
}

function rowCells(row: ExcelJS.Row, date1904: boolean): CellValue[] {
  const cells: CellValue[] = [];
  for (let column = 1; column <= row.cellCount; column++) {
    const cell = row.findCell(column);
    cells.push(cell === undefined ? null : cellValue(cell.value, cell, date1904));
  }
  return cells;
}

function cellValue(value: unknown, cell: ExcelJS.Cell, date1904: boolean): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') return formatNumber(value, cell.numFmt, date1904);
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value;
  if (typeof value !== 'object') return null;
  if ('formula' in value || 'sharedFormula' in value) {
    return 'result' in value ? cellValue(value.result, cell, date1904) : null;
  }
  if ('richText' in value && Array.isArray(value.richText)) {
    return value.richText.map((run: { text?: string | null }) => run.text ?? '').join('');
  }
  if ('text' in value) return cellValue(value.text, cell, date1904); // a hyperlink
  return null; // {error: '#N/A'} and anything unknown
}

/** Percentages as shown (0.857 with «0.0%» → 85.7); date-formatted serials as dates. */
function formatNumber(value: number, numFmt: string | undefined, date1904: boolean): CellValue {
  if (!Number.isFinite(value)) return null; // an error result such as #DIV/0! parses as NaN
  switch (formatKind(numFmt)) {
    case 'percent':
      return Number((value * 100).toFixed(10));
    case 'date':
      return new Date(Math.round((value - 25569 + (date1904 ? 1462 : 0)) * 86_400_000));
    default:
      return value;
  }
}

type FormatKind = 'number' | 'percent' | 'date';
const formatKinds = new Map<string, FormatKind>();

function formatKind(numFmt: string | undefined): FormatKind {
  if (!numFmt) return 'number';
  let kind = formatKinds.get(numFmt);
  if (kind === undefined) {
    kind = classifyFormat(numFmt);
    formatKinds.set(numFmt, kind);
  }
  return kind;
}

function classifyFormat(numFmt: string): FormatKind {
  // quoted text, escaped and padding characters and [colours]/[$-419] are not format codes
  const codes = numFmt.replace(/"[^"]*"|[\\_*].|\[[^\]]*\]/g, '');
  if (codes.includes('%')) return 'percent';
  if (/[ymdhs]/i.test(codes)) return 'date'; // «General» has none of these letters
  return 'number';
}
