/** The one number-formatting module: Russian output writes a decimal comma. */
import { messagesOf, type Lang } from '../messages/index.js';
import { shortList } from '../messages/list.js';
import type { TableCell } from './table-model.js';
import { shortAddresses } from './web-address.js';

export function formatNumber(value: number, lang: Lang, digits = 2): string {
  const fixed = Number(value.toFixed(digits)).toString();
  return lang === 'ru' ? fixed.replace('.', ',') : fixed;
}

/** Exactly `digits` decimals, trailing zeros kept: a p-value reads «0,30», not «0,3». */
export function formatFixed(value: number, lang: Lang, digits: number): string {
  const fixed = value.toFixed(digits);
  return lang === 'ru' ? fixed.replace('.', ',') : fixed;
}

/** «+16,67» / «−11» / «0». */
export function signed(value: number, lang: Lang): string {
  const text = formatNumber(Math.abs(value), lang);
  return value > 0 ? `+${text}` : value < 0 ? `−${text}` : text;
}

const SUPERSCRIPT = '⁰¹²³⁴⁵⁶⁷⁸⁹';

/** A small p as a number a reader can compare: «0,0312», «2,8·10⁻⁹» (two significant digits below 0,0001). */
export function formatSmallP(p: number, lang: Lang): string {
  if (p >= 0.0001 || p === 0) return formatNumber(p, lang, 4);
  const exponent = Math.floor(Math.log10(p));
  let mantissa = Number((p / 10 ** exponent).toPrecision(2));
  let power = exponent;
  if (mantissa >= 10) [mantissa, power] = [mantissa / 10, power + 1];
  const digits = [...String(Math.abs(power))].map((d) => SUPERSCRIPT[Number(d)]).join('');
  return `${formatFixed(mantissa, lang, 1)}·10⁻${digits}`;
}

export function formatPercent(value: number, lang: Lang, digits = 2): string {
  return `${formatNumber(value, lang, digits)}%`;
}

/** A table cell as a document shows it: numbers in the language's format, percentages with «%», lines apart. */
export function cellValueText(cell: TableCell, lang: Lang): string {
  if (cell.value === null) return '';
  if (typeof cell.value === 'number') return formatNumber(cell.value, lang) + (cell.percent ? '%' : '');
  return typeof cell.value === 'string' ? cell.value : cell.value.join('\n');
}

/** A table cell as a printed page shows it: `cellValueText` with its web addresses shortened. */
export function pageCellText(cell: TableCell, lang: Lang): string {
  return shortAddresses(cellValueText(cell, lang));
}

/** School codes in one line of the terminal: the first 10, then «… и ещё N» (JSON, CSV and XLSX keep them all). */
export function shortIds(ids: readonly string[], lang: Lang): string {
  return shortList(ids, messagesOf(lang).labels.andMore);
}
