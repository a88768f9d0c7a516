/**
 * Numbers as Russian spreadsheets write them: «85,7», «85.7», «1 234», «85,7%», a dash for
 * «no data». A blank cell is no data, never zero.
 */
import type { CellValue } from './cells.js';

export type ParsedNumber = number | null | 'invalid';

const NO_DATA = new Set(['', '-', '–', '—', 'н/д', 'нет данных', 'x', 'х']);

export function parseNumber(cell: CellValue): ParsedNumber {
  if (cell === null) return null;
  if (typeof cell === 'number') return Number.isFinite(cell) ? cell : 'invalid';
  if (typeof cell !== 'string') return 'invalid';
  if (cell === '') return null;
  if (isPlainInteger(cell)) return Number(cell);
  const text = cell.trim().toLowerCase();
  if (NO_DATA.has(text)) return null;
  const cleaned = text.replace(/[\s\u00a0\u202f]/g, '').replace(/%$/, '').replace(',', '.');
  if (!/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/.test(cleaned)) return 'invalid';
  const value = Number(cleaned);
  // «1e400» overflows to Infinity: no number a table can mean
  return Number.isFinite(value) ? value : 'invalid';
}

/** A count cell: a number as parseNumber reads it, except that a share («20%») is no count. */
export function parseCount(cell: CellValue): ParsedNumber | 'share' {
  if (typeof cell === 'string' && cell.trimEnd().endsWith('%') && parseNumber(cell) !== 'invalid') return 'share';
  return parseNumber(cell);
}

export function cellText(cell: CellValue): string | null {
  if (cell === null) return null;
  const text = (cell instanceof Date ? cell.toISOString().slice(0, 10) : String(cell)).trim();
  return text === '' ? null : text;
}

/** The common case, «2» or «48», without the regular expressions below. */
function isPlainInteger(text: string): boolean {
  if (text.length === 0 || text.length > 9) return false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 48 || code > 57) return false;
  }
  return true;
}
