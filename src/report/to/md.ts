/**
 * A document as Markdown: its requisites (if any) as short blocks, `#` title, `##` sections, `###`
 * headings, blocks apart by a blank line; charts are linked from charts/<name>.svg.
 */
import type { Lang } from '../../messages/index.js';
import { escapeMarkdown as escape, markdownCode } from '../escape.js';
import { pageCellText } from '../format.js';
import type { Table, TableCell } from '../table-model.js';
import { blocksOn, sectionsOn, isTight, itemOf, type Block, type Document, type ListItem, type Text } from '../document/model.js';

/** The text in pieces, a block at a time: a region's справка runs to a hundred megabytes. */
export function documentMarkdown(document: Document, lang: Lang): Iterable<string> {
  return singleBlankLines(documentLines(document, lang));
}

function* documentLines(document: Document, lang: Lang): Generator<string> {
  const r = document.requisites;
  if (r) yield* [requisiteText(r.approval), '', requisiteText([r.organisation]), ''];
  if (document.title !== null) yield* [`# ${escape(document.title)}`, ''];
  if (r) yield* [requisiteText(r.registration), ''];
  if (document.subtitle !== undefined) yield* [escape(document.subtitle), ''];
  for (const section of sectionsOn(document, 'page')) {
    if (section.title !== null) yield `## ${escape(section.title)}`;
    for (const [i, block] of blocksOn(section, 'page').entries()) {
      if (!(isTight(block, 'page') && (i > 0 || section.title !== null))) yield '';
      yield* blockLines(block, lang);
    }
    yield '';
  }
  // «***» and one hyphen a column, not «---»: an official text holds no «--» a reader could take for a command-line flag
  if (r) yield* ['***', '', requisiteText(r.executor)];
}

/**
 * Lines joined by newlines, no blank line first, every run of blank lines made one and the end
 * trimmed to a single newline — what `join('\n').replace(/\n{3,}/g, '\n\n').trim()` does to the
 * whole text, done as the lines come: trailing white space is held back until something follows it.
 */
export function* singleBlankLines(lines: Iterable<string>): Generator<string> {
  let held = '';
  let started = false;
  for (const line of lines) {
    const text = `${held}${line}\n`;
    const end = trimmedEnd(text);
    if (end > 0) {
      yield text.slice(0, end).replace(/\n{3,}/g, '\n\n');
      started = true;
    }
    held = started ? text.slice(end) : '';
  }
  yield '\n';
}

function trimmedEnd(text: string): number {
  let end = text.length;
  while (end > 0 && /\s/.test(text[end - 1]!)) end -= 1;
  return end;
}

/** Requisite lines as one paragraph with hard breaks; «_» escaped: a line of blanks would be a rule. */
function requisiteText(lines: string[]): string {
  return lines.map((line) => escape(line).replace(/[_*]/g, '\\$&')).join('\\\n');
}

function blockLines(block: Block, lang: Lang): string[] {
  switch (block.kind) {
    case 'paragraph':
      return [block.tone === 'strong' ? `**${inline(block.text)}**` : inline(block.text)];
    case 'heading':
      return [`### ${escape(block.text)}`];
    case 'list':
      return block.items.flatMap((item) => itemLines(itemOf(item), 0));
    case 'lines':
      return block.lines.map((line) => inline(typeof line === 'object' && !Array.isArray(line) ? line.text : line));
    case 'quote':
      return [`> ${escape(block.text)}`];
    case 'table':
      return tableLines(block.table, lang);
    case 'chart':
      return [`![${escape(block.chart.title)}](charts/${block.chart.name}.svg)`];
  }
}

function itemLines(item: ListItem, depth: number): string[] {
  return [`${'  '.repeat(depth)}- ${inline(item.text)}`, ...(item.items ?? []).flatMap((child) => itemLines(itemOf(child), depth + 1))];
}

function inline(text: Text): string {
  if (typeof text === 'string') return escape(text);
  return text.map((run) => {
    if (typeof run === 'string') return escape(run);
    if ('strong' in run) return `**${escape(run.strong)}**`;
    if ('em' in run) return `_${escape(run.em)}_`;
    return markdownCode(run.code);
  }).join('');
}

function tableLines(table: Table, lang: Lang): string[] {
  if (table.rows.length === 0) return [];
  const row = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [
    row(table.headers.map(escape)),
    `|${table.headers.map(() => '-').join('|')}|`,
    ...table.rows.map((r) => row(r.cells.map((c) => cellText(c, lang)))),
  ];
}

function cellText(cell: TableCell, lang: Lang): string {
  const text = cell.text !== undefined ? inline(cell.text) : pageCellText(cell, lang).split('\n').map(escape).join('<br>');
  return cell.low || cell.strong ? `**${text}**` : text;
}
