import { readFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { afterAll, describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { xlsxReader } from '../../src/io/readers/xlsx.js';
import type { ReadOptions } from '../../src/io/readers/types.js';
import { detectFormat, openSource } from '../../src/io/source.js';
import { collect, failingSource, removeTempDirs, writeTemp } from './helpers.js';

afterAll(removeTempDirs);

function resultsWorkbook(): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('2021');
  sheet.mergeCells('A1:F1');
  sheet.getCell('A1').value = 'Результаты ВПР 2021 года';
  sheet.getRow(3).values = ['Код ОО', 'Школа', 'Доля', 'Удвоено', 'Дата', 'Ссылка'];
  sheet.getCell('A4').value = '007';
  sheet.getCell('B4').value = { richText: [{ text: 'Школа ', font: { bold: true } }, { text: '№1' }] };
  sheet.getCell('C4').value = 0.857;
  sheet.getCell('C4').numFmt = '0.0%';
  sheet.getCell('D4').value = { formula: 'C4*2', result: 1.714 };
  sheet.getCell('E4').value = new Date(Date.UTC(2021, 3, 15));
  sheet.getCell('F4').value = { text: 'сайт', hyperlink: 'https://example.org' };
  sheet.getCell('A5').value = '85,7';
  sheet.getCell('C5').value = { formula: 'C4', result: 0.5 };
  sheet.getCell('C5').numFmt = '0%';
  sheet.getCell('D5').value = { formula: 'E4+1', result: 44302 };
  sheet.getCell('D5').numFmt = 'dd.mm.yyyy';
  sheet.getCell('E5').value = { error: '#N/A' };
  sheet.getCell('F5').value = true;
  sheet.getCell('G5').value = 12;
  sheet.getCell('G5').numFmt = '0" баллов"';
  workbook.addWorksheet('2022').getCell('B2').value = 'Гимназия';
  return workbook;
}

async function xlsxFile(workbook: ExcelJS.Workbook, name = 'results.xlsx'): Promise<string> {
  return writeTemp(name, Buffer.from(await workbook.xlsx.writeBuffer()));
}

async function readXlsx(path: string, options: ReadOptions = {}) {
  const source = await openSource(path);
  expect(detectFormat(source)).toBe('xlsx');
  return collect(xlsxReader, source, options);
}

const EXPECTED_2021 = [
  { cells: ['Результаты ВПР 2021 года', null, null, null, null, null], rowNumber: 1 },
  { cells: ['Код ОО', 'Школа', 'Доля', 'Удвоено', 'Дата', 'Ссылка'], rowNumber: 3 },
  { cells: ['007', 'Школа №1', 85.7, 1.714, new Date(Date.UTC(2021, 3, 15)), 'сайт'], rowNumber: 4 },
  { cells: ['85,7', null, 50, new Date(Date.UTC(2021, 3, 16)), null, true, 12], rowNumber: 5 },
];

/** The same workbook with its zip entries reordered (or its sheet targets made absolute). */
async function rezip(path: string, change: (entries: [string, Buffer][]) => [string, Buffer][]): Promise<string> {
  const zip = await JSZip.loadAsync(await readFile(path));
  const entries: [string, Buffer][] = [];
  for (const file of Object.values(zip.files)) if (!file.dir) entries.push([file.name, await file.async('nodebuffer')]);
  const out = new JSZip();
  for (const [name, content] of change(entries)) out.file(name, content);
  return writeTemp('rezipped.xlsx', await out.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
}

describe('xlsxReader', () => {
  it('reads every sheet with true row numbers and converted cells', async () => {
    const sheets = await readXlsx(await xlsxFile(resultsWorkbook()));
    expect(sheets.map((s) => [s.name, s.ended])).toEqual([['2021', true], ['2022', true]]);
    expect(sheets[0].rows).toEqual(EXPECTED_2021);
    expect(sheets[1].rows).toEqual([{ cells: [null, 'Гимназия'], rowNumber: 2 }]);
  });

  it('reads the same when the shared strings come before the sheets (no temp files)', async () => {
    const path = await rezip(await xlsxFile(resultsWorkbook()), (entries) =>
      [...entries].sort(([a], [b]) => Number(a.includes('worksheets/sheet')) - Number(b.includes('worksheets/sheet'))),
    );
    const sheets = await readXlsx(path);
    expect(sheets.map((s) => s.name)).toEqual(['2021', '2022']);
    expect(sheets[0].rows).toEqual(EXPECTED_2021);
  });

  it('names the sheets when the workbook points to them by absolute paths', async () => {
    const path = await rezip(await xlsxFile(resultsWorkbook()), (entries) =>
      entries.map(([name, content]): [string, Buffer] =>
        name === 'xl/_rels/workbook.xml.rels' ? [name, Buffer.from(content.toString().replaceAll('Target="worksheets/', 'Target="/xl/worksheets/'))] : [name, content],
      ),
    );
    expect((await readXlsx(path)).map((s) => s.name)).toEqual(['2021', '2022']);
  });

  it('reads sheets stored under other names than xl/worksheets/sheetN.xml', async () => {
    const path = await rezip(await xlsxFile(resultsWorkbook()), (entries) =>
      entries.map(([name, content]): [string, Buffer] =>
        name === 'xl/_rels/workbook.xml.rels'
          ? [name, Buffer.from(content.toString().replace(/worksheets\/sheet(\d)/g, 'worksheets/data$1'))]
          : [name.replace(/worksheets\/sheet(\d)/, 'worksheets/data$1'), content],
      ),
    );
    const sheets = await readXlsx(path);
    expect(sheets.map((s) => s.name)).toEqual(['2021', '2022']);
    expect(sheets[0].rows).toEqual(EXPECTED_2021);
  });

  it('reads only the sheet asked for', async () => {
    const sheets = await readXlsx(await xlsxFile(resultsWorkbook()), { sheet: '2022' });
    expect(sheets).toEqual([{ name: '2022', rows: [{ cells: [null, 'Гимназия'], rowNumber: 2 }], ended: true }]);
  });

  it('throws sheet-not-found with the list of sheets', async () => {
    const path = await xlsxFile(resultsWorkbook());
    await expect(readXlsx(path, { sheet: '2023' })).rejects.toMatchObject({
      code: 'sheet-not-found',
      location: { file: path },
      params: { sheet: '2023', sheets: '2021, 2022' },
    });
  });

  it('throws not-a-workbook for a broken zip', async () => {
    const good = Buffer.from(await resultsWorkbook().xlsx.writeBuffer());
    const truncated = await writeTemp('cut.xlsx', good.subarray(0, good.length / 2));
    const error = await readXlsx(truncated).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect(error).toMatchObject({ code: 'not-a-workbook', location: { file: truncated } });
    const garbage = await writeTemp('garbage.xlsx', Buffer.concat([Buffer.from('PK\x03\x04', 'latin1'), Buffer.alloc(200, 7)]));
    await expect(readXlsx(garbage)).rejects.toMatchObject({ code: 'not-a-workbook', location: { file: garbage } });
  });

  it('passes on an error thrown by the sink', async () => {
    const source = await openSource(await xlsxFile(resultsWorkbook()));
    const thrown = new InputError('no-header', { file: 'x' });
    const read = xlsxReader.read(source, {}, () => ({ row: () => { throw thrown; }, issue: () => undefined, end: () => undefined }));
    await expect(read).rejects.toBe(thrown);
  });

  it('throws file-unreadable when the stream fails instead of waiting forever', async () => {
    // a stream without a path (standard input): a file on disk is read by random access instead
    const source = { ...failingSource('a.xlsx', Buffer.from('PK\x03\x04', 'latin1')), path: null };
    await expect(collect(xlsxReader, source)).rejects.toMatchObject({
      code: 'file-unreadable',
      location: { file: 'a.xlsx' },
      params: { reason: 'EIO: i/o error, read' },
    });
  });
});
