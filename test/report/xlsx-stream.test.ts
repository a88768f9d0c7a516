/**
 * XLSX written as it is built (report/renderers/workbook-stream.ts): the table renderer and the
 * справка's workbook give their bytes in pieces while the rows are still being added, the same
 * bytes twice, and a file that reads back cell for cell with the fills, formats and widths.
 */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { documentXlsx } from '../../src/report/to/xlsx.js';
import { chart, heading, list, paragraph, table } from '../../src/report/document/model.js';
import { dataSheets } from '../../src/report/to/xlsx-sheets.js';
import type { Table } from '../../src/report/table-model.js';
import { valueCell } from '../../src/report/targets/report.js';

async function collect(bytes: AsyncIterable<Buffer>): Promise<{ file: Buffer; chunks: number }> {
  const chunks: Buffer[] = [];
  for await (const chunk of bytes) chunks.push(chunk);
  return { file: Buffer.concat(chunks), chunks: chunks.length };
}

async function read(file: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(file as unknown as ArrayBuffer);
  return workbook;
}

/** n schools: code, name, a share (every seventh low), a count. */
function schools(n: number): Table {
  return {
    name: 'Школы',
    headers: ['Код ОО', 'Наименование ОО', 'Доля «2»', 'Участников'],
    wide: [1],
    rows: Array.from({ length: n }, (_, i) => ({
      emphasis: i % 7 === 0,
      cells: [{ value: `RG-${i}` }, { value: `=Школа ${i}` }, { value: i % 100, percent: true, low: i % 7 === 0 }, { value: i }],
    })),
  };
}

describe('dataSheets, streamed', () => {
  it('gives 20,000 rows in many pieces that read back cell for cell', async () => {
    const { file, chunks } = await collect(dataSheets([schools(20_000)]));
    // the whole file in one piece would mean it was held whole
    expect(chunks).toBeGreaterThan(10);
    const sheet = (await read(file)).getWorksheet('Школы')!;
    expect(sheet.rowCount).toBe(20_001);
    // row 7002 is school 7000: 7000 % 7 = 0, so emphasised and low; its share 7000 % 100 = 0 % → 0
    const row = sheet.getRow(7002);
    expect(row.getCell(1).value).toBe('RG-7000');
    expect(row.getCell(2).value).toBe('=Школа 7000'); // a formula-like text is stored as it is: a string cell is never a formula
    expect(row.getCell(3).value).toBe(0);
    expect(row.getCell(3).numFmt).toBe('0.00%');
    expect((row.getCell(3).fill as ExcelJS.FillPattern).fgColor?.argb).toBe('FFF4B6B6');
    expect(row.getCell(1).font?.bold).toBe(true);
    // row 20000 is school 19998: 19998 % 7 = 6, not low; 98 % → 0.98
    expect(sheet.getRow(20_000).getCell(3).value).toBe(0.98);
    expect((sheet.getRow(20_000).getCell(3).fill as ExcelJS.FillPattern | undefined)?.fgColor).toBeUndefined();
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1, xSplit: 2 });
    expect(sheet.getColumn(2).width).toBe(48);
    expect(sheet.getColumn(1).width).toBe(14);
  });

  it('hands on the first bytes before the last rows are laid out', async () => {
    const table = schools(20_000);
    let received = 0;
    let receivedBeforeLastRow: number | null = null;
    const last = table.rows[19_999]!;
    const cells = last.cells;
    Object.defineProperty(last, 'cells', { get: () => { receivedBeforeLastRow ??= received; return cells; } });
    for await (const chunk of dataSheets([table])) received += chunk.length;
    // a workbook built whole and then zipped would hand on nothing before its last row is read
    expect(receivedBeforeLastRow).toBeGreaterThan(0);
    expect(received).toBeGreaterThan(receivedBeforeLastRow!);
  });

  it('the same tables give the same bytes (entries and properties carry one fixed date)', async () => {
    const first = await collect(dataSheets([schools(50)]));
    await new Promise((resolve) => setTimeout(resolve, 2100)); // zip times have a 2-second step
    const second = await collect(dataSheets([schools(50)]));
    expect(second.file.equals(first.file)).toBe(true);
  });

  it('a table that fails while being laid out ends the reading with its error', async () => {
    const broken = schools(1000);
    Object.defineProperty(broken.rows[600]!, 'cells', { get: () => { throw new Error('laying out failed'); } });
    await expect(collect(dataSheets([broken]))).rejects.toThrow('laying out failed');
  });
});

describe('documentXlsx, streamed', () => {
  it('a sheet per section: the title, paragraphs, a heading after a blank row, list items, tables; charts left out', async () => {
    const t = schools(3);
    const document = {
      title: 'Справка',
      subtitle: '',
      sections: [
        { id: 'a', title: '1. Первый: раздел', blocks: [paragraph('Текст.'), heading('Подраздел'), list(['один', 'два']), table(t)] },
        { id: 'b', title: '2. Второй', blocks: [chart({ name: 'c', title: 'График', spec: {} as never }), paragraph('Конец.')] },
      ],
    };
    const { file } = await collect(documentXlsx(document));
    const book = await read(file);
    expect(book.worksheets.map((s) => s.name)).toEqual(['1. Первый раздел', '2. Второй']);
    const [first, second] = book.worksheets as [ExcelJS.Worksheet, ExcelJS.Worksheet];
    const column = (sheet: ExcelJS.Worksheet) => sheet.getColumn(1).values.slice(1);
    // 1 title, 2 paragraph, 3 blank, 4 heading, 5–6 list, 7 blank, 8 header, 9–11 rows
    expect(column(first)).toEqual(['1. Первый: раздел', 'Текст.', undefined, 'Подраздел', '• один', '• два', undefined, 'Код ОО', 'RG-0', 'RG-1', 'RG-2']);
    expect(first.getRow(4).getCell(1).font?.bold).toBe(true);
    expect(first.getRow(9).getCell(3).value).toBe(0);
    // the widest table has 4 columns: the second 40 wide, the others 16
    expect([1, 2, 3, 4].map((c) => first.getColumn(c).width)).toEqual([16, 40, 16, 16]);
    expect(column(second)).toEqual(['2. Второй', 'Конец.']);
  });
});

describe('the workbook\'s styles and numbers', () => {
  it('names the font on every style, headers and bold rows too; a percentage is a number with a percent format', async () => {
    const targets: Table = {
      name: 'Показатели',
      headers: ['№', 'План', 'Факт'],
      rows: [
        { emphasis: true, cells: [{ value: '8.1' }, valueCell(100, 'ru'), { ...valueCell(75.5, 'ru'), low: true }] },
        { emphasis: false, cells: [{ value: '8.2' }, valueCell(true, 'ru'), valueCell(null, 'ru')] },
      ],
    };
    const sheet = (await read((await collect(dataSheets([targets]))).file)).worksheets[0]!;
    for (const address of ['A1', 'B1', 'A2', 'B2', 'C2', 'A3']) {
      expect(sheet.getCell(address).font, address).toMatchObject({ name: 'Calibri', size: 11 });
    }
    expect(sheet.getCell('A1').font.bold).toBe(true);
    expect(sheet.getCell('A2').font.bold).toBe(true);
    expect([sheet.getCell('B2').value, sheet.getCell('B2').numFmt]).toEqual([1, '0.00%']);
    expect([sheet.getCell('C2').value, sheet.getCell('C2').numFmt]).toEqual([0.755, '0.00%']);
    expect([sheet.getCell('B3').value, sheet.getCell('C3').value]).toEqual(['да', '—']);
  });
});
