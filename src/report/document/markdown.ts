/** A document as Markdown, its requisites (if any) as short blocks; charts are linked from charts/<name>.svg. */
import type { Lang } from '../../messages/index.js';
import { escapeMarkdown as escape } from '../escape.js';
import { cellValueText } from '../format.js';
import type { Table, TableCell } from '../table-model.js';
import type { Block, Document } from './model.js';
import { append } from '../../model/arrays.js';

export function documentMarkdown(document: Document, lang: Lang): string {
  const r = document.requisites;
  const lines = r ? [requisiteText(r.approval), '', requisiteText([r.organisation]), ''] : [];
  lines.push(`# ${escape(document.title)}`, '');
  if (r) lines.push(requisiteText(r.registration), '');
  lines.push(escape(document.subtitle), '');
  for (const section of document.sections) {
    lines.push(`## ${escape(section.title)}`, '');
    for (const block of section.blocks) append(lines, [...blockLines(block, lang), '']);
  }
  if (r) lines.push('---', '', requisiteText(r.executor));
  return `${lines.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd()}\n`;
}

/** Requisite lines as one paragraph with hard breaks; «_» escaped: a line of blanks would be a rule. */
function requisiteText(lines: string[]): string {
  return lines.map((line) => escape(line).replace(/[_*]/g, '\\$&')).join('\\\n');
}

function blockLines(block: Block, lang: Lang): string[] {
  switch (block.kind) {
    case 'paragraph':
      return [escape(block.text)];
    case 'heading':
      return [`### ${escape(block.text)}`];
    case 'list':
      return block.items.map((item) => `- ${escape(item)}`);
    case 'table':
      return tableLines(block.table, lang);
    case 'chart':
      return [`![${escape(block.chart.title)}](charts/${block.chart.name}.svg)`];
  }
}

export function tableLines(table: Table, lang: Lang): string[] {
  if (table.rows.length === 0) return [];
  const row = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [
    row(table.headers.map(escape)),
    `|${table.headers.map(() => '---').join('|')}|`,
    ...table.rows.map((r) => row(r.cells.map((c) => cellText(c, lang)))),
  ];
}

function cellText(cell: TableCell, lang: Lang): string {
  const text = escape(cellValueText(cell, lang));
  return cell.low ? `**${text}**` : text;
}
