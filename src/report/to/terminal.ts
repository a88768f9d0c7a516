/**
 * A document on the screen: plain lines, tables drawn by cli-table3 and fitted to the terminal's
 * width, flagged rows and items painted by the painter the CLI passes in (this module never
 * decides about terminals or NO_COLOR). Charts stay on the page.
 */
import { append, maxOf } from '../../model/arrays.js';
import { cellValueText } from '../format.js';
import type { Table } from '../table-model.js';
import { drawTable, fitColumns, lineRows, type ColumnSpec } from '../terminal-table.js';
import { blocksOn, sectionsOn, isTight, itemOf, plainText, type Block, type Document, type ListItem } from '../document/model.js';
import type { RenderContext } from './context.js';

/** A column without a fitting of its own prefers its heading's or its widest value's width, up to this. */
const DEFAULT_PREFERRED = 40;

export function documentScreen(document: Document, context: RenderContext): string {
  const lines: string[] = [];
  const gap = () => {
    if (lines.length > 0) lines.push('');
  };
  if (document.title !== null) lines.push(document.title);
  if (document.subtitle !== undefined) lines.push(document.subtitle);
  for (const section of sectionsOn(document, 'screen')) {
    if (section.title !== null) {
      gap();
      lines.push(section.title);
    }
    for (const [i, block] of blocksOn(section, 'screen').entries()) {
      if (!isTight(block, 'screen') && (i > 0 || section.title === null)) gap();
      append(lines, blockLines(block, context));
    }
  }
  return `${lines.join('\n')}\n`;
}

function blockLines(block: Block, context: RenderContext): string[] {
  const { paint } = context;
  switch (block.kind) {
    case 'paragraph': {
      const text = plainText(block.text);
      return [block.tone === 'dim' ? paint.dim(text) : text];
    }
    case 'heading':
      return [block.text];
    case 'list':
      return block.items.flatMap((item) => itemLines(itemOf(item), 0, block.marker ?? '• ', context));
    case 'lines': {
      const indent = ' '.repeat(block.indent ?? 0);
      return block.lines.map((line) => {
        if (typeof line === 'object' && !Array.isArray(line)) return `${indent}${line.strong ? paint.flagged(plainText(line.text)) : plainText(line.text)}`;
        return `${indent}${plainText(line)}`;
      });
    }
    case 'quote':
      return [`  «${block.text}»`];
    case 'table':
      return block.table.rows.length === 0 ? [] : [tableText(block.table, context)];
    case 'chart':
      return [];
  }
}

function itemLines(item: ListItem, depth: number, marker: string, context: RenderContext): string[] {
  const text = `${marker}${plainText(item.text)}`;
  const line = `${'  '.repeat(depth + 1)}${item.strong ? context.paint.flagged(text) : text}`;
  return [line, ...(item.items ?? []).flatMap((child) => itemLines(itemOf(child), depth + 1, marker, context))];
}

function tableText(table: Table, { lang, paint, width }: RenderContext): string {
  const cells = table.rows.map((row) => row.cells.map((cell) => (Array.isArray(cell.value) ? [...cell.value] : [cellValueText(cell, lang)])));
  const widths = fitColumns(table.screen?.columns ?? defaultColumns(table.headers, cells), width);
  if (table.screen?.ruled) {
    return drawTable(table.headers, widths, cells.map((row, i) => ({ rows: [row.map((lines) => lines.join('\n'))], marked: table.rows[i]!.emphasis })), paint.flagged, true);
  }
  return drawTable(table.headers, widths, cells.map((row, i) => ({ rows: lineRows(row, widths), marked: table.rows[i]!.emphasis })), paint.flagged);
}

function defaultColumns(headers: string[], cells: string[][][]): ColumnSpec[] {
  return headers.map((heading, i) => ({
    heading,
    preferred: Math.min(DEFAULT_PREFERRED, maxOf([heading.length, ...cells.flatMap((row) => (row[i] ?? []).map((line) => line.length))], 0)),
  }));
}
