/**
 * XLSX: the school × procedure sheet (frozen header, autofilter, low cells filled, flagged rows
 * bold) and, when there are any, a sheet of input problems. Text cells starting with = + - @
 * are neutralised.
 */
import type ExcelJS from 'exceljs';
import { msg, type Lang } from '../../messages/index.js';
import { schoolTable, type ClassifyReport, type TableCell } from '../classify-report.js';
import { neutralizeCell } from '../format.js';
import { issueMessage } from '../issue-text.js';

const LOW_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF4B6B6' } };
const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE7ECF4' } };

export async function renderXlsx(report: ClassifyReport, lang: Lang): Promise<Buffer> {
  const { default: excel } = await import('exceljs');
  const workbook = new excel.Workbook();
  addSchoolSheet(workbook, report, lang);
  if (report.issues.length > 0) addIssueSheet(workbook, report);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function addSchoolSheet(workbook: ExcelJS.Workbook, report: ClassifyReport, lang: Lang): void {
  const table = schoolTable(report, lang);
  const sheet = workbook.addWorksheet(msg().labels.sheetList, { views: [{ state: 'frozen', ySplit: 1, xSplit: 2 }] });
  styleHeader(sheet.addRow(table.headers));
  for (const row of table.rows) {
    const added = sheet.addRow(row.cells.map(xlsxValue));
    row.cells.forEach((cell, i) => formatCell(added.getCell(i + 1), cell));
    if (row.flagged) added.font = { bold: true };
  }
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: table.headers.length } };
  sheet.columns.forEach((column, i) => {
    column.width = i === 1 || i === table.headers.length - 1 ? 48 : i < 6 ? 14 : 16;
  });
  sheet.getColumn(table.headers.length).alignment = { wrapText: true, vertical: 'top' };
}

function addIssueSheet(workbook: ExcelJS.Workbook, report: ClassifyReport): void {
  const l = msg().labels;
  const sheet = workbook.addWorksheet(l.sheetIssues, { views: [{ state: 'frozen', ySplit: 1 }] });
  styleHeader(sheet.addRow([l.issueFile, l.issueSheet, l.issueRow, l.issueColumn, l.issueCode, l.issueMessage]));
  for (const issue of report.issues) {
    sheet.addRow([issue.file, issue.sheet, issue.row, issue.column, issue.code, issueMessage(issue)].map((v) => (typeof v === 'string' ? neutralizeCell(v) : v)));
  }
  [28, 14, 8, 24, 24, 90].forEach((width, i) => (sheet.getColumn(i + 1).width = width));
}

function styleHeader(row: ExcelJS.Row): void {
  row.font = { bold: true };
  row.alignment = { wrapText: true, vertical: 'middle' };
  row.eachCell((cell) => (cell.fill = HEADER_FILL));
}

function xlsxValue(cell: TableCell): string | number | null {
  if (cell.value === null) return null;
  if (typeof cell.value === 'number') return cell.percent ? cell.value / 100 : cell.value;
  return neutralizeCell(cell.value);
}

function formatCell(target: ExcelJS.Cell, cell: TableCell): void {
  if (cell.percent) target.numFmt = '0.00%';
  if (cell.low) target.fill = LOW_FILL;
}
