/** The one number-formatting module: Russian output writes a decimal comma. */
import type { Lang } from '../messages/index.js';
import type { TableCell } from './table-model.js';

export function formatNumber(value: number, lang: Lang, digits = 2): string {
  const fixed = Number(value.toFixed(digits)).toString();
  return lang === 'ru' ? fixed.replace('.', ',') : fixed;
}

export function formatPercent(value: number, lang: Lang, digits = 2): string {
  return `${formatNumber(value, lang, digits)}%`;
}

/** A table cell as a document shows it: numbers in the language's format, percentages with «%». */
export function cellValueText(cell: TableCell, lang: Lang): string {
  if (cell.value === null) return '';
  return typeof cell.value === 'number' ? formatNumber(cell.value, lang) + (cell.percent ? '%' : '') : cell.value;
}

const DANGEROUS_START = /^[=+\-@\t\r]/;

/** Spreadsheet programs run a cell that starts with = + - @ as a formula: prefix it with «'». */
export function neutralizeCell(text: string): string {
  return DANGEROUS_START.test(text) ? `'${text}` : text;
}
