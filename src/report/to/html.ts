/**
 * A document as one self-contained, printable HTML page (A4 when printed): inline CSS, charts
 * inlined as SVG, nothing fetched from the network; the requisites, if any, ready to sign.
 */
import type { Lang } from '../../messages/index.js';
import { escapeHtml as esc } from '../escape.js';
import { pageCellText } from '../format.js';
import type { Table } from '../table-model.js';
import { columnLayout, columnTexts } from './column-widths.js';
import { blocksOn, sectionsOn, itemOf, type Block, type Document, type ListItem, type Text } from '../document/model.js';

/** The printed page's width for text (A4 less the margins of @page) and a table's font and cell padding, in points. */
const PRINTED = { width: 595.28 - (30 + 15) * (72 / 25.4), font: 9.5, padding: 2 * 4.5 + 1 };

const CSS = `
body { font-family: "Liberation Sans", Arial, sans-serif; font-size: 11pt; color: #222; margin: 2em auto; max-width: 1100px; }
h1 { font-size: 18pt; } h2 { font-size: 14pt; border-bottom: 1px solid #bbb; margin-top: 2em; } h3 { font-size: 12pt; }
table { border-collapse: collapse; margin: 0.5em 0 1em; font-size: 9.5pt; width: 100%; table-layout: auto; }
th, td { border: 1px solid #bbb; padding: 2px 6px; vertical-align: top; text-align: left; }
th { word-break: normal; overflow-wrap: normal; hyphens: manual; }
th { background: #e7ecf4; } td.num { text-align: right; } td.low { background: #f4b6b6; font-weight: bold; }
tr.emphasis td { font-weight: bold; }
figure { margin: 1em 0; page-break-inside: avoid; } figcaption { font-size: 9pt; color: #555; }
.approval { width: 45%; margin: 0 0 1.5em auto; } .organisation { text-align: center; font-weight: bold; }
.executor { margin-top: 3em; font-size: 9.5pt; }
@page { size: A4; margin: 20mm 15mm 20mm 30mm; }
@media print { body { margin: 0; max-width: none; } h2 { page-break-before: auto; margin: 1.2em 0 0.5em; } h3 { margin: 0.9em 0 0.4em; } p { margin: 0.5em 0; } tr { break-inside: avoid; } thead { break-after: avoid; } section.new-page { page-break-before: always; } figure svg { max-width: 100%; height: auto; } }
`;

/** The page in pieces, a block at a time: a region's справка runs to a hundred megabytes. */
export function* documentHtml(document: Document, svgs: Map<string, string>, lang: Lang): Generator<string> {
  const r = document.requisites;
  yield [
    '<!DOCTYPE html>',
    `<html lang="${esc(lang)}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<title>${esc(document.title ?? '')}</title>`,
    `<style>${CSS}</style>`,
    '</head>',
    '<body>',
    ...(r ? [`<header class="requisites">\n<p class="approval">${lines(r.approval)}</p>\n<p class="organisation">${esc(r.organisation)}</p>\n</header>`] : []),
    ...(document.title === null ? [] : [`<h1>${esc(document.title)}</h1>`]),
    ...(r ? [`<p class="registration">${lines(r.registration)}</p>`] : []),
    ...(document.subtitle === undefined ? [] : [`<p>${esc(document.subtitle)}</p>`]),
    '',
  ].join('\n');
  for (const [i, s] of sectionsOn(document, 'page').entries()) {
    yield `${i > 0 ? '\n' : ''}<section${s.id ? ` id="${esc(s.id)}"` : ''}${s.newPage ? ' class="new-page"' : ''}>\n${s.title === null ? '' : `<h2>${esc(s.title)}</h2>\n`}`;
    for (const [j, b] of blocksOn(s, 'page').entries()) yield `${j > 0 ? '\n' : ''}${blockHtml(b, svgs, lang)}`;
    yield '\n</section>';
  }
  yield [
    '',
    ...(r ? [`<footer class="executor"><p>${lines(r.executor)}</p></footer>`] : []),
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

function blockHtml(block: Block, svgs: Map<string, string>, lang: Lang): string {
  switch (block.kind) {
    case 'paragraph':
      return block.tone === 'strong' ? `<p><strong>${inline(block.text)}</strong></p>` : `<p>${inline(block.text)}</p>`;
    case 'lines':
      return `<p>${block.lines.map((line) => inline(typeof line === 'object' && !Array.isArray(line) ? line.text : line)).join('<br>')}</p>`;
    case 'quote':
      return `<blockquote>${esc(block.text)}</blockquote>`;
    case 'heading':
      return `<h3>${esc(block.text)}</h3>`;
    case 'list':
      return listHtml(block.items);
    case 'table':
      return tableHtml(block.table, lang);
    case 'chart':
      return `<figure class="chart" data-chart="${esc(block.chart.name)}">${svgs.get(block.chart.name) ?? ''}<figcaption>${esc(block.chart.title)}</figcaption></figure>`;
  }
}

function listHtml(items: (string | ListItem)[]): string {
  return `<ul>${items.map((item) => {
    const { text, items: children } = itemOf(item);
    return `<li>${inline(text)}${children ? listHtml(children) : ''}</li>`;
  }).join('')}</ul>`;
}

function inline(text: Text): string {
  if (typeof text === 'string') return esc(text);
  return text.map((run) => {
    if (typeof run === 'string') return esc(run);
    if ('strong' in run) return `<strong>${esc(run.strong)}</strong>`;
    if ('em' in run) return `<em>${esc(run.em)}</em>`;
    return `<code>${esc(run.code)}</code>`;
  }).join('');
}

function tableHtml(table: Table, lang: Lang): string {
  if (table.rows.length === 0) return '';
  const { shares, scale } = columnLayout(columnTexts(table, lang), PRINTED.width / PRINTED.font, PRINTED.padding / PRINTED.font);
  const columns = `<colgroup>${shares.map((share) => `<col style="width: ${(share * 100).toFixed(1)}%">`).join('')}</colgroup>`;
  const head = `<tr>${table.headers.map((h) => `<th>${esc(h)}</th>`).join('')}</tr>`;
  const rows = table.rows.map((row) => {
    const cells = row.cells.map((cell) => {
      const classes = [typeof cell.value === 'number' ? 'num' : '', cell.low ? 'low' : ''].filter(Boolean).join(' ');
      const text = cell.text !== undefined ? inline(cell.text) : esc(pageCellText(cell, lang)).replace(/\n/g, '<br>');
      return `<td${classes ? ` class="${classes}"` : ''}>${cell.strong ? `<strong>${text}</strong>` : text}</td>`;
    });
    return `<tr${row.emphasis ? ' class="emphasis"' : ''}>${cells.join('')}</tr>`;
  });
  const font = scale < 1 ? ` style="font-size: ${(PRINTED.font * scale).toFixed(1)}pt"` : '';
  return `<table${font}>\n${columns}\n${head}\n${rows.join('\n')}\n</table>`;
}

function lines(texts: string[]): string {
  return texts.map(esc).join('<br>');
}
