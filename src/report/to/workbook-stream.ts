/**
 * An XLSX workbook written as it is built: exceljs's streaming WorkbookWriter, one sheet at a time,
 * each row committed as soon as it is styled, the zip handed on as bytes while the rows are still
 * being added. The in-memory Workbook keeps every cell as an object and then the whole file as XML
 * and as a zip: 1.25 GB for `dynamics -o x.xlsx` on 48,000 input rows.
 * Every zip entry and the document's dates are FIXED_DATE: the same input gives the same bytes.
 */
import { PassThrough } from 'node:stream';
import type ExcelJS from 'exceljs';
import { FIXED_DATE } from './zip.js';

/** How a data cell looks: bold or not (in the workbook's one typeface), a fill, a number format, the column's alignment. */
export interface CellLook {
  bold?: boolean;
  fill?: ExcelJS.Fill;
  numFmt?: string;
  alignment?: Partial<ExcelJS.Alignment>;
}

/** The typeface of every cell: a style with a font but no name would fall back to another one. */
export const FONT: Partial<ExcelJS.Font> = Object.freeze({ name: 'Calibri', size: 11 });
const BOLD_FONT: Partial<ExcelJS.Font> = Object.freeze({ ...FONT, bold: true });

const looks = new Map<string, Partial<ExcelJS.Style>>();

/**
 * One style object per look, to give a cell as its whole style (never to change): exceljs
 * remembers the style id of an object it has seen, so cells sharing the object are not turned into
 * style XML one by one — a third of the time of writing a region's workbook.
 */
export function sharedStyle(look: CellLook): Partial<ExcelJS.Style> {
  const key = JSON.stringify([look.bold ?? false, look.fill ?? null, look.numFmt ?? null, look.alignment ?? null]);
  let style = looks.get(key);
  if (!style) {
    style = {
      font: look.bold ? BOLD_FONT : FONT,
      ...(look.fill ? { fill: look.fill } : {}),
      ...(look.numFmt ? { numFmt: look.numFmt } : {}),
      ...(look.alignment ? { alignment: look.alignment } : {}),
    };
    looks.set(key, Object.freeze(style));
  }
  return style;
}

/** Adds a workbook's sheets; `rowDone` is awaited after each row is committed. */
export type WorkbookBuilder = (workbook: ExcelJS.Workbook, rowDone: () => Promise<void>) => Promise<void>;

/** Rows between two looks at the consumer: often enough to keep what waits in memory to a few hundred kilobytes. */
const ROWS_PER_PAUSE = 256;
const HIGH_WATER_MARK = 1 << 20;

/**
 * The workbook's bytes, produced as they are read: building starts at the first read, and an error
 * while building ends the iteration with that error.
 */
export function streamWorkbook(build: WorkbookBuilder): AsyncIterable<Buffer> {
  return {
    [Symbol.asyncIterator]() {
      const out = new PassThrough({ highWaterMark: HIGH_WATER_MARK });
      write(out, build).catch((error: unknown) => out.destroy(error as Error));
      return out[Symbol.asyncIterator]();
    },
  };
}

async function write(out: PassThrough, build: WorkbookBuilder): Promise<void> {
  const { default: excel } = await import('exceljs');
  const Writer = datedWriter(excel.stream.xlsx.WorkbookWriter);
  // archiver's default is zlib's fastest level, a third larger than the in-memory writer's files
  const workbook = new Writer({ stream: out, useStyles: true, useSharedStrings: true, zip: { zlib: { level: 6 } } });
  workbook.created = workbook.modified = FIXED_DATE;
  let rows = 0;
  const rowDone = async () => {
    rows += 1;
    if (rows % ROWS_PER_PAUSE !== 0) return;
    // let the zip take what was committed, and wait while the reader is behind
    await new Promise((resolve) => setImmediate(resolve));
    while (out.writableNeedDrain && !out.destroyed) await drainedOrClosed(out);
    if (out.destroyed) throw new Error('the workbook is no longer read');
  };
  await build(workbook, rowDone);
  await workbook.commit();
}

function drainedOrClosed(out: PassThrough): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      out.off('drain', done).off('close', done);
      resolve();
    };
    out.on('drain', done).on('close', done);
  });
}

interface Archive {
  append(source: unknown, data: object): unknown;
}

type WriterClass = typeof ExcelJS.stream.xlsx.WorkbookWriter;

/**
 * The writer dates each zip entry with the time of writing, and archiver takes a date only per
 * entry: the writer's archive (`zip`, set in its constructor before the first entries are added)
 * is given FIXED_DATE for every entry as it is assigned.
 */
function datedWriter(Base: WriterClass): WriterClass {
  class DatedWriter extends Base {}
  Object.defineProperty(DatedWriter.prototype, 'zip', {
    set(this: object, archive: Archive) {
      const append = archive.append.bind(archive);
      archive.append = (source, data) => append(source, { ...data, date: FIXED_DATE });
      Object.defineProperty(this, 'zip', { value: archive, writable: true, enumerable: true });
    },
  });
  return DatedWriter;
}
