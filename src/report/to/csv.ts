/**
 * CSV: UTF-8 with «,» and a decimal point by default; with excel, the dialect Russian Excel
 * opens directly — BOM, «;», decimal comma, CRLF. Text cells that start with = + - @ are neutralised:
 * a CSV cell has no type, and a spreadsheet program opening one runs such text as a formula.
 */
import Papa from 'papaparse';
import type { Lang } from '../../messages/index.js';
import { formatNumber } from '../format.js';
import type { Document } from '../document/model.js';
import type { Table, TableCell } from '../table-model.js';

/** The document's first sheet: a CSV holds one table. */
export function documentCsv(document: Document, excel: boolean): string {
  const [first] = document.sheets ?? [];
  return first ? renderCsv(first, excel) : '';
}

export function renderCsv(table: Table, excel: boolean): string {
  const numberLang: Lang = excel ? 'ru' : 'en';
  const rows = [table.headers, ...table.rows.map((row) => row.cells.map((cell) => csvCell(cell, numberLang)))];
  const text = Papa.unparse(rows, { delimiter: excel ? ';' : ',', newline: excel ? '\r\n' : '\n', quotes: false });
  return `${excel ? '\uFEFF' : ''}${text}${excel ? '\r\n' : '\n'}`;
}

function csvCell(cell: TableCell, lang: Lang): string {
  if (cell.value === null) return '';
  if (typeof cell.value === 'number') return formatNumber(cell.value, lang, 4);
  return neutralizeCell(typeof cell.value === 'string' ? cell.value : cell.value.join('\n'));
}

const DANGEROUS_START = /^[=+\-@\t\r]/;

/** «'» before a text that starts with = + - @ (or a tab, a carriage return): Excel shows it as text. */
function neutralizeCell(text: string): string {
  return DANGEROUS_START.test(text) ? `'${text}` : text;
}
