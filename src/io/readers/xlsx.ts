/**
 * XLSX workbooks: the zip read by random access (yauzl), each part streamed through a strict XML
 * parser (saxes). The structure, styles and shared strings are read first whatever their order in
 * the zip, then each worksheet in tab order, one sink per sheet. Nothing is spooled to disk; what
 * a workbook may expand to is bounded (read.xlsx* in the config); every failure is an InputError
 * naming the file.
 */
import { InputError, ShnorError } from '../../errors.js';
import type { ReadOptions, RowSink, TableReader } from './types.js';
import { Archive } from './xlsx/archive.js';
import { xlsxLimits } from './xlsx/limits.js';
import { readSharedStrings } from './xlsx/shared-strings.js';
import { readSheet } from './xlsx/sheet.js';
import { readFormatKinds } from './xlsx/styles.js';
import { readWorkbookParts, type SheetPart, type WorkbookParts } from './xlsx/workbook.js';
import { SinkFailure } from './xlsx/xml.js';

export const xlsxReader: TableReader = {
  name: 'xlsx',
  async read(source, options, openSheet) {
    const limits = xlsxLimits();
    const archive = await Archive.open(source, limits);
    try {
      const book = await readWorkbookParts(archive);
      const sheets = sheetsToRead(book, options, source.name);
      const parts = [...book.structure, ...[book.styles, book.sharedStrings].filter((p) => p !== null), ...sheets.map((s) => s.part)];
      archive.checkExpanded(parts);
      const kinds = book.styles === null ? [] : await readFormatKinds(archive, book.styles);
      const strings = book.sharedStrings === null ? [] : await readSharedStrings(archive, book.sharedStrings, limits);
      const context = { strings, kinds, date1904: book.date1904 };
      for (const sheet of sheets) await readSheet(archive, sheet.part, context, sinkOf(() => openSheet(sheet.name)));
    } catch (error) {
      if (error instanceof SinkFailure) throw error.error;
      if (error instanceof ShnorError) throw error;
      // a failure no check foresaw is still the workbook's, never a crash
      throw new InputError('not-a-workbook', { file: source.name }, { reason: error instanceof Error ? error.message : String(error) });
    } finally {
      archive.close();
    }
  },
};

/** The worksheets in tab order (chart sheets have no rows); with --sheet, that one only. */
function sheetsToRead(book: WorkbookParts, options: ReadOptions, file: string): { name: string; part: string }[] {
  const worksheets = book.sheets.filter((s): s is SheetPart & { part: string } => s.part !== null);
  if (worksheets.length === 0) throw new InputError('not-a-workbook', { file }, { reason: 'the workbook has no worksheet' });
  const wanted = options.sheet;
  if (wanted === undefined) return worksheets;
  const found = worksheets.find((s) => s.name === wanted) ?? worksheets.find((s) => sameName(s.name, wanted));
  if (found === undefined) throw new InputError('sheet-not-found', { file }, { sheet: wanted, sheets: worksheets.map((s) => s.name).join(', ') });
  return [found];
}

function sameName(name: string, wanted: string): boolean {
  return name.trim().toLowerCase() === wanted.trim().toLowerCase();
}

function sinkOf(open: () => RowSink): RowSink {
  try {
    return open();
  } catch (error) {
    throw new SinkFailure(error);
  }
}
