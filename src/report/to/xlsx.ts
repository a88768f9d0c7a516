/**
 * A document as a workbook: one sheet per section — its paragraphs as text rows, then each table
 * with a bold header and filled «low» cells. Charts stay in the HTML and charts/. Text is stored
 * as it is: a string cell is never a formula. Written as it is built (renderers/workbook-stream.ts).
 */
import type ExcelJS from 'exceljs';
import { cellValue, dataSheets } from './xlsx-sheets.js';
import { FONT, sharedStyle, streamWorkbook } from './workbook-stream.js';
import type { Table } from '../table-model.js';
import { blocksOn, flatItems, sectionsOn, plainText, type Block, type Document, type Section } from '../document/model.js';

const LOW_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF4B6B6' } };
const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE7ECF4' } };

type RowDone = () => Promise<void>;

/** The document's sheets when it has them (a command's tables), else a sheet per section (the yearly report). */
export function documentXlsx(document: Document): AsyncIterable<Buffer> {
  if (document.sheets) return dataSheets(document.sheets);
  return streamWorkbook(async (workbook, rowDone) => {
    for (const section of sectionsOn(document, 'sheet')) {
      const sheet = workbook.addWorksheet(sheetName(section.title ?? document.title ?? 'shnor'));
      // a streamed sheet writes its columns before its first row
      for (let c = 1; c <= columnCount(section); c += 1) sheet.getColumn(c).width = c === 2 ? 40 : 16;
      const title = sheet.addRow([section.title ?? document.title]);
      title.font = { ...FONT, bold: true, size: 13 };
      title.commit();
      for (const block of blocksOn(section, 'sheet')) await addBlock(sheet, block, rowDone);
      sheet.commit();
    }
  });
}

/** Excel allows 31 characters and no []:*?/\ in a sheet name: a longer title is cut between words. */
function sheetName(title: string): string {
  const name = title.replace(/[[\]:*?/\\]/g, ' ').replace(/\s+/g, ' ').trim();
  if (name.length <= 31) return name;
  const cut = name.slice(0, 32).lastIndexOf(' ');
  return (cut > 0 ? name.slice(0, cut) : name.slice(0, 31)).trim();
}

/** The widest row of the section's sheet: the tables it shows (those with rows), or the one column of text. */
function columnCount(section: Section): number {
  let count = 1;
  for (const block of blocksOn(section, 'sheet')) {
    if (block.kind !== 'table' || block.table.rows.length === 0) continue;
    count = block.table.rows.reduce((most, row) => Math.max(most, row.cells.length), Math.max(count, block.table.headers.length));
  }
  return count;
}

async function addBlock(sheet: ExcelJS.Worksheet, block: Block, rowDone: RowDone): Promise<void> {
  switch (block.kind) {
    case 'paragraph':
      return addText(sheet, plainText(block.text), rowDone);
    case 'quote':
      return addText(sheet, `«${block.text}»`, rowDone);
    case 'lines':
      for (const line of block.lines) await addText(sheet, plainText(typeof line === 'object' && !Array.isArray(line) ? line.text : line), rowDone);
      return;
    case 'heading':
      sheet.addRow([]).commit();
      return addText(sheet, block.text, rowDone, true);
    case 'list':
      for (const { text, depth } of flatItems(block.items)) await addText(sheet, `${'  '.repeat(depth)}• ${plainText(text)}`, rowDone);
      return;
    case 'table':
      return addTable(sheet, block.table, rowDone);
    case 'chart':
      return;
  }
}

async function addText(sheet: ExcelJS.Worksheet, text: string, rowDone: RowDone, bold = false): Promise<void> {
  const row = sheet.addRow([text]);
  row.getCell(1).style = sharedStyle({ bold });
  row.commit();
  await rowDone();
}

async function addTable(sheet: ExcelJS.Worksheet, table: Table, rowDone: RowDone): Promise<void> {
  if (table.rows.length === 0) return;
  sheet.addRow([]).commit();
  const header = sheet.addRow(table.headers);
  header.eachCell((cell) => (cell.style = sharedStyle({ bold: true, fill: HEADER_FILL })));
  header.commit();
  for (const row of table.rows) {
    const added = sheet.addRow(row.cells.map(cellValue));
    row.cells.forEach((cell, i) => {
      added.getCell(i + 1).style = sharedStyle({ bold: row.emphasis, fill: cell.low ? LOW_FILL : undefined, numFmt: cell.percent ? '0.00%' : undefined });
    });
    added.commit();
    await rowDone();
  }
}


