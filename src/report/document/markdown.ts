/** A document as Markdown; charts are linked from charts/<name>.svg. */
import type { Lang } from '../../messages/index.js';
import { formatNumber } from '../format.js';
import type { Table, TableCell } from '../table-model.js';
import type { Block, Document } from './model.js';

export function documentMarkdown(document: Document, lang: Lang): string {
  const lines = [`# ${document.title}`, '', document.subtitle, ''];
  for (const section of document.sections) {
    lines.push(`## ${section.title}`, '');
    for (const block of section.blocks) lines.push(...blockLines(block, lang), '');
  }
  return `${lines.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd()}\n`;
}

function blockLines(block: Block, lang: Lang): string[] {
  switch (block.kind) {
    case 'paragraph':
      return [block.text];
    case 'heading':
      return [`### ${block.text}`];
    case 'list':
      return block.items.map((item) => `- ${item}`);
    case 'table':
      return tableLines(block.table, lang);
    case 'chart':
      return [`![${block.chart.title}](charts/${block.chart.name}.svg)`];
  }
}

export function tableLines(table: Table, lang: Lang): string[] {
  if (table.rows.length === 0) return [];
  const row = (cells: string[]) => `| ${cells.map(escape).join(' | ')} |`;
  return [
    row(table.headers),
    `|${table.headers.map(() => '---').join('|')}|`,
    ...table.rows.map((r) => row(r.cells.map((c) => cellText(c, lang)))),
  ];
}

export function cellText(cell: TableCell, lang: Lang): string {
  if (cell.value === null) return '';
  const text = typeof cell.value === 'number' ? formatNumber(cell.value, lang) + (cell.percent ? '%' : '') : cell.value;
  return cell.low ? `**${text}**` : text;
}

function escape(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\r?\n/g, '<br>');
}
