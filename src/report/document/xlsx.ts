/**
 * A document as a workbook: one sheet per section — its paragraphs as text rows, then each table
 * with a bold header and filled «low» cells. Charts stay in the HTML and charts/. Text is stored
 * as it is: a string cell is never a formula.
 */
import type ExcelJS from 'exceljs';
import type { Table, TableCell } from '../table-model.js';
import type { Block, Document } from './model.js';
import { FIXED_DATE, withFixedZipDates } from './zip.js';

const LOW_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF4B6B6' } };
const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE7ECF4' } };

export async function documentXlsx(document: Document): Promise<Buffer> {
  const { default: excel } = await import('exceljs');
  const workbook = new excel.Workbook();
  // deterministic output: the same input gives the same bytes
  workbook.created = workbook.modified = FIXED_DATE;
  document.sections.forEach((section) => {
    const sheet = workbook.addWorksheet(sheetName(section.title));
    sheet.addRow([section.title]).font = { bold: true, size: 13 };
    for (const block of section.blocks) addBlock(sheet, block);
    sheet.columns.forEach((column, c) => (column.width = c === 1 ? 40 : 16));
  });
  return withFixedZipDates(Buffer.from(await workbook.xlsx.writeBuffer()));
}

/** Excel allows 31 characters and no []:*?/\ in a sheet name. */
function sheetName(title: string): string {
  return title.replace(/[[\]:*?/\\]/g, ' ').slice(0, 31).trim();
}

function addBlock(sheet: ExcelJS.Worksheet, block: Block): void {
  switch (block.kind) {
    case 'paragraph':
      sheet.addRow([block.text]);
      return;
    case 'heading':
      sheet.addRow([]);
      sheet.addRow([block.text]).font = { bold: true };
      return;
    case 'list':
      for (const item of block.items) sheet.addRow([`• ${item}`]);
      return;
    case 'table':
      addTable(sheet, block.table);
      return;
    case 'chart':
      return;
  }
}

function addTable(sheet: ExcelJS.Worksheet, table: Table): void {
  if (table.rows.length === 0) return;
  sheet.addRow([]);
  const header = sheet.addRow(table.headers);
  header.font = { bold: true };
  header.eachCell((cell) => (cell.fill = HEADER_FILL));
  for (const row of table.rows) {
    const added = sheet.addRow(row.cells.map(value));
    row.cells.forEach((cell, i) => {
      const target = added.getCell(i + 1);
      if (cell.percent) target.numFmt = '0.00%';
      if (cell.low) target.fill = LOW_FILL;
    });
    if (row.emphasis) added.font = { bold: true };
  }
}

function value(cell: TableCell): string | number | null {
  if (cell.value === null) return null;
  if (typeof cell.value === 'number') return cell.percent ? fraction(cell.value) : cell.value;
  return cell.value;
}

/** 35.7 → 0.357 without float noise (0.35699999999999996). */
export function fraction(percent: number): number {
  return Math.round(percent * 10_000) / 1_000_000;
}
