/**
 * A document on the screen: plain lines, tables drawn by cli-table3 and fitted to the terminal's
 * width, flagged rows and items painted by the painter the CLI passes in (this module never
 * decides about terminals or NO_COLOR). Charts stay on the page. At a known width a line of text
 * longer than it is folded at a space, its next lines indented under its text; piped (width
 * unknown), every line stays whole.
 */
import { append, maxOf } from '../../model/arrays.js';
import { cellValueText } from '../format.js';
import type { Table } from '../table-model.js';
import { drawTable, fitColumns, isAbbreviation, lineRows, shortened, type ColumnSpec } from '../terminal-table.js';
import { blocksOn, sectionsOn, isTight, itemOf, plainText, type Block, type Document, type ListItem, type Text } from '../document/model.js';
import type { RenderContext } from './context.js';

/** How much further than its own indent a folded line's next lines go. */
const HANG = 2;
/** A cell's one space each side (terminal-table.ts). */
const CELL_PADDING = 2;
/** A column without a fitting of its own prefers its heading's or its widest value's width, up to this. */
const DEFAULT_PREFERRED = 40;

export function documentScreen(document: Document, context: RenderContext): string {
  const lines: string[] = [];
  const gap = () => {
    if (lines.length > 0) lines.push('');
  };
  const { width } = context;
  if (document.title !== null) append(lines, fold(document.title, width, 0));
  if (document.subtitle !== undefined) append(lines, fold(document.subtitle, width, 0));
  for (const section of sectionsOn(document, 'screen')) {
    if (section.title !== null) {
      gap();
      append(lines, fold(section.title, width, HANG));
    }
    for (const [i, block] of blocksOn(section, 'screen').entries()) {
      if (!isTight(block, 'screen') && (i > 0 || section.title === null)) gap();
      append(lines, blockLines(block, context));
    }
  }
  return `${lines.join('\n')}\n`;
}

function blockLines(block: Block, context: RenderContext): string[] {
  const { paint, width } = context;
  switch (block.kind) {
    case 'paragraph': {
      const lines = fold(plainText(block.text), width, 0, codeRuns(block.text));
      return block.tone === 'dim' ? lines.map(paint.dim) : lines;
    }
    case 'heading':
      return fold(block.text, width, HANG);
    case 'list':
      return block.items.flatMap((item) => itemLines(itemOf(item), 0, block.marker ?? '• ', context));
    case 'lines': {
      const indent = ' '.repeat(block.indent ?? 0);
      return block.lines.flatMap((line) => {
        const strong = typeof line === 'object' && !Array.isArray(line);
        const text = strong ? line.text : line;
        const lines = block.cut && width !== null ? [`${indent}${shortened(plainText(text), width - indent.length)}`] : fold(`${indent}${plainText(text)}`, width, HANG, codeRuns(text));
        return strong && line.strong ? lines.map(paint.flagged) : lines;
      });
    }
    case 'quote':
      return fold(`  «${block.text}»`, width, 1);
    case 'table':
      return block.table.rows.length === 0 ? [] : [tableText(block.table, context)];
    case 'chart':
      return [];
  }
}

function itemLines(item: ListItem, depth: number, marker: string, context: RenderContext): string[] {
  const indent = '  '.repeat(depth + 1);
  const lines = fold(`${indent}${marker}${plainText(item.text)}`, context.width, marker.length);
  return [...(item.strong ? lines.map(context.paint.flagged) : lines), ...(item.items ?? []).flatMap((child) => itemLines(itemOf(child), depth + 1, marker, context))];
}

/**
 * A line in lines of at most `width` characters, broken at the last space that fits (the spaces
 * that align its parts kept), a word longer than the width cut; the next lines indented by the
 * line's own indent and `hang` more. A text of `whole` (a command to copy) is never broken: it
 * starts a line of its own when it does not fit, and is left wider than the terminal when even
 * that line is too short — a command pasted in two pieces would run the first.
 */
export function fold(line: string, width: number | null, hang: number, whole: string[] = []): string[] {
  if (width === null || length(line) <= width) return [line];
  const lead = /^ */.exec(line)![0];
  const pad = ' '.repeat(Math.min(lead.length + hang, Math.floor(width / 2)));
  const lines: string[] = [];
  let current = lead;
  let fresh = true;
  for (const token of withAbbreviationTokens(tokensOf(line.slice(lead.length), whole), width - pad.length)) {
    const joined = fresh ? current + token.text : current + token.space + token.text;
    if (length(joined) <= width) {
      current = joined;
      fresh = false;
      continue;
    }
    if (!fresh) {
      lines.push(current);
      current = pad;
    }
    let text = token.text;
    while (!token.whole && length(current + text) > width) {
      const room = width - length(current);
      lines.push(current + [...text].slice(0, room).join(''));
      text = [...text].slice(room).join('');
      current = pad;
    }
    current += text;
    fresh = false;
  }
  return [...lines, current];
}

interface Token {
  /** The spaces before it, as they were. */
  space: string;
  text: string;
  /** Never broken: one of fold's `whole` texts. */
  whole: boolean;
}

/** A line's words, each with the spaces before it; each text of `whole` one token, its spaces and all. */
function tokensOf(text: string, whole: string[]): Token[] {
  const tokens: Token[] = [];
  let at = 0;
  while (at < text.length) {
    const space = /^\s*/.exec(text.slice(at))![0];
    const start = at + space.length;
    if (start >= text.length) break;
    const kept = whole.find((w) => w !== '' && text.startsWith(w, start));
    const word = kept ?? /^\S+/.exec(text.slice(start))![0];
    tokens.push({ space, text: word, whole: kept !== undefined });
    at = start + word.length;
  }
  return tokens;
}

/** An abbreviation kept on the line of the word before it, as a table's cell keeps it (terminal-table.ts withAbbreviations). */
function withAbbreviationTokens(tokens: Token[], width: number): Token[] {
  const units: Token[] = [];
  for (const token of [...tokens].reverse()) {
    const next = units[0];
    if (next !== undefined && !next.whole && !token.whole && next.space === ' ' && isAbbreviation(next.text.split(' ')[0]!) && length(token.text) + 1 + length(next.text) <= width) {
      units[0] = { space: token.space, text: `${token.text} ${next.text}`, whole: false };
    } else units.unshift(token);
  }
  return units;
}

const length = (text: string) => [...text].length;

/** The code runs of a text: the commands a reader copies. */
function codeRuns(text: Text): string[] {
  return typeof text === 'string' ? [] : text.flatMap((run) => (typeof run === 'object' && 'code' in run ? [run.code] : []));
}

function tableText(table: Table, { lang, paint, width }: RenderContext): string {
  const texts = table.rows.map((row) => row.cells.map((cell) => (Array.isArray(cell.value) ? [...cell.value] : [cellValueText(cell, lang)])));
  const columns = (table.screen?.columns ?? defaultColumns(table.headers, texts)).map((column, c) => ('preferred' in column ? withinContent(column, texts, c) : column));
  const widths = fitColumns(columns, width);
  const cells = width === null ? texts : texts.map((row, r) => row.map((lines, c) => {
    const column = columns[c];
    return column && 'shorten' in column && column.shorten?.[r] ? [shortened(lines.join(' '), widths[c]! - CELL_PADDING)] : lines;
  }));
  if (table.screen?.ruled) {
    return drawTable(table.headers, widths, cells.map((row, i) => ({ rows: [row.map((lines) => lines.join('\n'))], marked: table.rows[i]!.emphasis })), paint.flagged, true);
  }
  return drawTable(table.headers, widths, cells.map((row, i) => ({ rows: lineRows(row, widths), marked: table.rows[i]!.emphasis })), paint.flagged);
}

/** A flexible column no wider than its longest line or heading word: a column of short notes leaves the room to the others. */
function withinContent(column: ColumnSpec & { preferred: number }, texts: string[][][], c: number): ColumnSpec {
  const longest = maxOf([...column.heading.split(/\s+/), ...texts.flatMap((row) => row[c] ?? [])].map((text) => [...text].length), 0);
  return { ...column, preferred: Math.min(column.preferred, longest) };
}

function defaultColumns(headers: string[], cells: string[][][]): ColumnSpec[] {
  return headers.map((heading, i) => ({
    heading,
    preferred: Math.min(DEFAULT_PREFERRED, maxOf([heading.length, ...cells.flatMap((row) => (row[i] ?? []).map((line) => line.length))], 0)),
  }));
}
