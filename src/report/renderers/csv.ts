/**
 * CSV: UTF-8 with «,» and a decimal point by default; with excel, the dialect Russian Excel
 * opens directly — BOM, «;», decimal comma, CRLF. Text cells that start with = + - @ are neutralised.
 */
import Papa from 'papaparse';
import type { Lang } from '../../messages/index.js';
import { schoolTable, type ClassifyReport, type TableCell } from '../classify-report.js';
import { formatNumber, neutralizeCell } from '../format.js';

export function renderCsv(report: ClassifyReport, lang: Lang, excel: boolean): string {
  const table = schoolTable(report, lang);
  const numberLang: Lang = excel ? 'ru' : 'en';
  const rows = [table.headers, ...table.rows.map((row) => row.cells.map((cell) => csvCell(cell, numberLang)))];
  const text = Papa.unparse(rows, { delimiter: excel ? ';' : ',', newline: excel ? '\r\n' : '\n', quotes: false });
  return `${excel ? '\uFEFF' : ''}${text}${excel ? '\r\n' : '\n'}`;
}

function csvCell(cell: TableCell, lang: Lang): string {
  if (cell.value === null) return '';
  if (typeof cell.value === 'number') return formatNumber(cell.value, lang);
  return neutralizeCell(cell.value);
}
