/**
 * The widths of a printed table's columns from their content: each column at least as wide as its
 * longest word (of the header or a cell), so a word is never broken inside; the rest of the page
 * width shared by what each column's longest cell line wants beyond that. When even the longest
 * words do not fit, the columns keep their proportions and the table's font is made smaller.
 * Text widths are estimated from Arial's (Liberation Sans's) character widths, which are wider than
 * Times New Roman's: an estimate for the one font is safe for the other.
 */
import type { Lang } from '../../messages/index.js';
import { pageCellText } from '../format.js';
import type { Table } from '../table-model.js';
import { plainText } from '../document/model.js';

export interface ColumnLayout {
  /** Each column's part of the table's width; they add up to 1. */
  shares: number[];
  /** The factor of the table's font size that makes the longest words fit (1: no smaller). */
  scale: number;
}

/** A column's texts: the header (set in bold) and its cells as the page shows them. */
export interface ColumnText {
  header: string;
  cells: string[];
}

/** Bold type is wider than regular. */
const BOLD = 1.08;
const WIDE_CAPITALS = new Set('ШЩЖМЮЫФWM');
const WIDE_SMALL = new Set('шщжмыюфwm');

/** Estimated width of one character in ems. */
function charEms(char: string): number {
  if (char === ' ') return 0.28;
  if (/[0-9]/.test(char)) return 0.56;
  if ('.,:;!\'|'.includes(char)) return 0.28;
  if ('()[]-/'.includes(char)) return 0.34;
  if ('%—№'.includes(char)) return 1;
  if (char !== char.toLowerCase()) return WIDE_CAPITALS.has(char) ? 0.92 : 0.72;
  if (char !== char.toUpperCase()) return WIDE_SMALL.has(char) ? 0.8 : 0.56;
  return 0.6;
}

/** The estimated width of a text on one line, in ems of its font. */
export function textEms(text: string): number {
  let ems = 0;
  for (const char of text) ems += charEms(char);
  return ems;
}

const longest = (texts: string[], width: (text: string) => number): number => texts.reduce((most, text) => Math.max(most, width(text)), 0);
const lines = (texts: string[]) => texts.flatMap((text) => text.split('\n'));
const words = (texts: string[]) => texts.flatMap((text) => text.split(/\s+/));

/**
 * Shares of `widthEms` (the table's width in ems of its font), each column with `paddingEms` of
 * cell padding and borders beside its text.
 */
export function columnLayout(columns: ColumnText[], widthEms: number, paddingEms: number): ColumnLayout {
  const least = columns.map((c) => Math.max(longest(words([c.header]), textEms) * BOLD, longest(words(c.cells), textEms)) + paddingEms);
  const cellLine = columns.map((c, i) => Math.max(longest(lines(c.cells), textEms) + paddingEms, least[i]!));
  const natural = columns.map((c, i) => Math.max(longest(lines([c.header]), textEms) * BOLD + paddingEms, cellLine[i]!));
  const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
  const proportional = (values: number[]) => values.map((v) => v / sum(values));
  if (sum(least) >= widthEms) return { shares: proportional(least), scale: widthEms / sum(least) };
  if (sum(natural) <= widthEms) return { shares: proportional(natural), scale: 1 };
  const wants = cellLine.map((line, i) => line - least[i]!);
  const spare = widthEms - sum(least);
  const widths = least.map((w, i) => w + (sum(wants) > 0 ? (spare * wants[i]!) / sum(wants) : spare / columns.length));
  return { shares: widths.map((w) => w / widthEms), scale: 1 };
}

/** A table's columns as the page shows them. */
export function columnTexts(table: Table, lang: Lang): ColumnText[] {
  return table.headers.map((header, i) => ({
    header,
    cells: table.rows.map((row) => {
      const cell = row.cells[i];
      if (!cell) return '';
      return cell.text !== undefined ? plainText(cell.text) : pageCellText(cell, lang);
    }),
  }));
}
