/**
 * XLSX: one sheet per table (frozen header, autofilter, filled «low» cells, bold emphasised rows);
 * tables without rows (no input problems) are left out. Text is stored as it is: a string cell of
 * a workbook is never a formula, whatever it starts with (CSV, which has no cell types, is neutralised).
 */
import type ExcelJS from 'exceljs';
import { fraction } from '../document/xlsx.js';
import type { Table, TableCell } from '../table-model.js';

const LOW_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF4B6B6' } };
const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE7ECF4' } };
const WIDE = 48;
const NARROW = 14;

export async function renderXlsx(tables: Table[]): Promise<Buffer> {
  // loaded on demand: a CSV run should not pay for exceljs's start-up
  const { default: excel } = await import('exceljs');
  const workbook = new excel.Workbook();
  tables.forEach((table, i) => {
    if (i === 0 || table.rows.length > 0) addSheet(workbook, table);
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function addSheet(workbook: ExcelJS.Workbook, table: Table): void {
  const sheet = workbook.addWorksheet(table.name, { views: [{ state: 'frozen', ySplit: 1, xSplit: 2 }] });
  const header = sheet.addRow(table.headers);
  header.font = { bold: true };
  header.alignment = { wrapText: true, vertical: 'middle' };
  header.eachCell((cell) => (cell.fill = HEADER_FILL));
  for (const row of table.rows) {
    const added = sheet.addRow(row.cells.map(xlsxValue));
    row.cells.forEach((cell, i) => formatCell(added.getCell(i + 1), cell));
    if (row.emphasis) added.font = { bold: true };
  }
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: table.headers.length } };
  const wide = new Set(table.wide ?? []);
  table.headers.forEach((_, i) => {
    const column = sheet.getColumn(i + 1);
    column.width = wide.has(i) ? WIDE : NARROW;
    if (wide.has(i)) column.alignment = { wrapText: true, vertical: 'top' };
  });
}

function xlsxValue(cell: TableCell): string | number | null {
  if (cell.value === null) return null;
  if (typeof cell.value === 'number') return cell.percent ? fraction(cell.value) : cell.value;
  return cell.value;
}

function formatCell(target: ExcelJS.Cell, cell: TableCell): void {
  if (cell.percent) target.numFmt = '0.00%';
  if (cell.low) target.fill = LOW_FILL;
}
