/**
 * CSV: UTF-8 with «,» and a decimal point by default; with excel, the dialect Russian Excel
 * opens directly — BOM, «;», decimal comma, CRLF. Text cells that start with = + - @ are neutralised.
 */
import Papa from 'papaparse';
import type { Lang } from '../../messages/index.js';
import { formatNumber, neutralizeCell } from '../format.js';
import type { Table, TableCell } from '../table-model.js';

export function renderCsv(table: Table, excel: boolean): string {
  const numberLang: Lang = excel ? 'ru' : 'en';
  const rows = [table.headers, ...table.rows.map((row) => row.cells.map((cell) => csvCell(cell, numberLang)))];
  const text = Papa.unparse(rows, { delimiter: excel ? ';' : ',', newline: excel ? '\r\n' : '\n', quotes: false });
  return `${excel ? '\uFEFF' : ''}${text}${excel ? '\r\n' : '\n'}`;
}

function csvCell(cell: TableCell, lang: Lang): string {
  if (cell.value === null) return '';
  if (typeof cell.value === 'number') return formatNumber(cell.value, lang, 4);
  return neutralizeCell(cell.value);
}
