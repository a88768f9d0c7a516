/**
 * A command's tables as a workbook: one sheet per table (frozen header, autofilter, filled «low» cells, bold emphasised rows);
 * tables without rows (no input problems) are left out. Text is stored as it is: a string cell of
 * a workbook is never a formula, whatever it starts with (CSV, which has no cell types, is neutralised).
 * Written as it is built (workbook-stream.ts).
 */
import type ExcelJS from 'exceljs';
import type { Table, TableCell } from '../table-model.js';
import { sharedStyle, streamWorkbook } from './workbook-stream.js';

const LOW_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF4B6B6' } };
const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE7ECF4' } };
const WIDE = 48;
const WIDE_ALIGNMENT: Partial<ExcelJS.Alignment> = { wrapText: true, vertical: 'top' };
const NARROW = 14;
const HEADER_ALIGNMENT: Partial<ExcelJS.Alignment> = { wrapText: true, vertical: 'middle' };

export function dataSheets(tables: Table[]): AsyncIterable<Buffer> {
  return streamWorkbook(async (workbook, rowDone) => {
    for (const [i, table] of tables.entries()) {
      if (i === 0 || table.rows.length > 0) await addSheet(workbook, table, rowDone);
    }
  });
}

async function addSheet(workbook: ExcelJS.Workbook, table: Table, rowDone: () => Promise<void>): Promise<void> {
  const sheet = workbook.addWorksheet(table.name, { views: [{ state: 'frozen', ySplit: 1, xSplit: 2 }] });
  // a streamed sheet writes its columns before its first row; their cells take the columns' alignment
  const wide = new Set(table.wide ?? []);
  table.headers.forEach((_, i) => {
    const column = sheet.getColumn(i + 1);
    column.width = wide.has(i) ? WIDE : NARROW;
    if (wide.has(i)) column.alignment = WIDE_ALIGNMENT;
  });
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: table.headers.length } };
  const header = sheet.addRow(table.headers);
  header.eachCell((cell, c) => {
    cell.style = sharedStyle({ bold: true, fill: HEADER_FILL, alignment: wide.has(c - 1) ? WIDE_ALIGNMENT : HEADER_ALIGNMENT });
  });
  header.commit();
  for (const row of table.rows) {
    const added = sheet.addRow(row.cells.map(cellValue));
    row.cells.forEach((cell, i) => {
      const look = { bold: row.emphasis, fill: cell.low ? LOW_FILL : undefined, numFmt: cell.percent ? '0.00%' : undefined, alignment: wide.has(i) ? WIDE_ALIGNMENT : undefined };
      added.getCell(i + 1).style = sharedStyle(look);
    });
    added.commit();
    await rowDone();
  }
  sheet.commit();
}

export function cellValue(cell: TableCell): string | number | null {
  if (cell.value === null) return null;
  if (typeof cell.value === 'number') return cell.percent ? fraction(cell.value) : cell.value;
  return typeof cell.value === 'string' ? cell.value : cell.value.join('\n');
}

/** 35.7 → 0.357 without float noise (0.35699999999999996). */
export function fraction(percent: number): number {
  return Math.round(percent * 10_000) / 1_000_000;
}
