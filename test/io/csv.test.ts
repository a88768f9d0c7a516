import { Readable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { csvReader, sniffDelimiter } from '../../src/io/readers/csv.js';
import type { ReaderIssue, ReadOptions } from '../../src/io/readers/types.js';
import { openSource } from '../../src/io/source.js';
import { collect, cp1251, failingSource, removeTempDirs, writeTemp } from './helpers.js';

afterAll(removeTempDirs);

async function readCsv(content: Buffer | string, options: ReadOptions = {}) {
  const sheets = await collect(csvReader, await openSource(await writeTemp('t.csv', content)), options);
  expect(sheets).toHaveLength(1);
  expect(sheets[0]).toMatchObject({ name: null, ended: true });
  return sheets[0].rows;
}

const TITLED = 'Результаты ВПР 2021 года\n\nКод ОО;Школа;Доля\n007;Школа №1;85,7\n012;Гимназия;42,9\n';

describe('sniffDelimiter', () => {
  it('skips a title line without delimiters and prefers ; to decimal commas', () => {
    expect(sniffDelimiter(TITLED)).toBe(';');
    expect(sniffDelimiter('85,7;42,9\n1,5;2\n')).toBe(';');
  });

  it('finds , and tab and |', () => {
    expect(sniffDelimiter('Отчёт\nКод,Школа,Доля\n1,"Школа, №1",85.7\n2,Лицей,40\n')).toBe(',');
    expect(sniffDelimiter('Отчёт за год, все школы\nКод\tШкола\tДоля\n1\tА\t85,7\n')).toBe('\t');
    expect(sniffDelimiter('Код|Школа\n1|А\n')).toBe('|');
  });

  it('does not count delimiters inside quotes', () => {
    expect(sniffDelimiter('Код,Школа\n1,"а;б;в"\n2,"г;д"\n')).toBe(',');
  });
});

describe('csvReader', () => {
  it('reads UTF-8 with a title row above the header, keeping strings as they are', async () => {
    expect(await readCsv(TITLED)).toEqual([
      { cells: ['Результаты ВПР 2021 года'], rowNumber: 1 },
      { cells: ['Код ОО', 'Школа', 'Доля'], rowNumber: 3 },
      { cells: ['007', 'Школа №1', '85,7'], rowNumber: 4 },
      { cells: ['012', 'Гимназия', '42,9'], rowNumber: 5 },
    ]);
  });

  it('drops a UTF-8 BOM', async () => {
    const rows = await readCsv(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Код;Школа\n1;А\n')]));
    expect(rows[0].cells).toEqual(['Код', 'Школа']);
  });

  it('detects and decodes Windows-1251', async () => {
    const rows = await readCsv(cp1251('Код ОО;Школа\r\n007;Школа №1\r\n'));
    expect(rows).toEqual([
      { cells: ['Код ОО', 'Школа'], rowNumber: 1 },
      { cells: ['007', 'Школа №1'], rowNumber: 2 },
    ]);
  });

  it('reads comma and tab delimited files with a title row', async () => {
    const comma = await readCsv('Отчёт\nКод,Школа,Балл\n1,"Школа, №1",4.5\n');
    expect(comma.map((r) => r.cells)).toEqual([['Отчёт'], ['Код', 'Школа', 'Балл'], ['1', 'Школа, №1', '4.5']]);
    const tab = await readCsv('Отчёт\r\nКод\tШкола\tДоля\r\n1\tА\t85,7\r\n');
    expect(tab.map((r) => r.cells)).toEqual([['Отчёт'], ['Код', 'Школа', 'Доля'], ['1', 'А', '85,7']]);
  });

  it('keeps a quoted cell with ; and a line break as one row and counts rows after it right', async () => {
    const rows = await readCsv('Код;Школа;Доля\r\n1;"Школа; №1\nимени Пушкина";85,7\r\n2;"Лицей ""Вектор""";40\r\n');
    expect(rows).toEqual([
      { cells: ['Код', 'Школа', 'Доля'], rowNumber: 1 },
      { cells: ['1', 'Школа; №1\nимени Пушкина', '85,7'], rowNumber: 2 },
      { cells: ['2', 'Лицей "Вектор"', '40'], rowNumber: 3 },
    ]);
  });

  it('takes CRLF rows with a line break inside a quoted header cell', async () => {
    const rows = await readCsv('"Доля\nучастников";Код\r\n85,7;1\r\n');
    expect(rows.map((r) => r.cells)).toEqual([['Доля\nучастников', 'Код'], ['85,7', '1']]);
  });

  it('uses a forced delimiter and encoding', async () => {
    const rows = await readCsv(cp1251('Код,Школа;Доля\n1,Школа;85\n'), { delimiter: ',', encoding: 'cp1251' });
    expect(rows.map((r) => r.cells)).toEqual([['Код', 'Школа;Доля'], ['1', 'Школа;85']]);
  });

  it('throws unknown-encoding for a forced label TextDecoder does not know', async () => {
    await expect(readCsv('a;b\n', { encoding: 'klingon' })).rejects.toMatchObject({ code: 'unknown-encoding', params: { encoding: 'klingon' } });
  });

  it('reads UTF-16 with a BOM (Excel «Unicode text»)', async () => {
    const rows = await readCsv(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Код\tШкола\r\n1\tА\r\n', 'utf16le')]));
    expect(rows.map((r) => r.cells)).toEqual([['Код', 'Школа'], ['1', 'А']]);
  });

  it('reads standard input arriving in small chunks', async () => {
    const bytes = Buffer.from('Отчёт\nКод;Доля\n1;0,5\n2;85,7\n', 'utf8');
    const chunks = [...Array(bytes.length).keys()].map((i) => bytes.subarray(i, i + 1));
    const sheets = await collect(csvReader, await openSource('-', Readable.from(chunks)));
    expect(sheets[0].rows).toEqual([
      { cells: ['Отчёт'], rowNumber: 1 },
      { cells: ['Код', 'Доля'], rowNumber: 2 },
      { cells: ['1', '0,5'], rowNumber: 3 },
      { cells: ['2', '85,7'], rowNumber: 4 },
    ]);
  });

  it('reads the rows a stray quote would swallow as rows and reports the quote with its first and last row', async () => {
    // the issue's example: «Школа А» opens a quote on row 2, «Школа В» closes one on row 4; before, rows 2–4 were one row
    const text = 'Код;Школа;Год;Процедура;Участников;«2»\nA;"Школа А;2025;OGE-MA;10;1\nB;Школа Б;2025;OGE-MA;10;1\nC;Школа В";2025;OGE-MA;10;1\n';
    const issues: ReaderIssue[] = [];
    const sheets = await collect(csvReader, await openSource(await writeTemp('t.csv', text)), {}, issues);
    expect(sheets[0]!.rows.map((r) => [r.rowNumber, r.cells[0], r.cells[1]])).toEqual([[1, 'Код', 'Школа'], [3, 'B', 'Школа Б'], [4, 'C', 'Школа В"']]);
    expect(issues).toEqual([{ row: 2, cell: 1, code: 'stray-quote', params: { end: 4, closes: 1 } }]);
  });

  it('reads a line of 2 MB arriving in 20,001 chunks', async () => {
    // papaparse parsed the unfinished line again with every chunk: 20,001 × 1 MB on average (190 s)
    const line = Buffer.from(`1;${'Ш'.repeat(999_999)}\n`);
    const chunks = [Buffer.from('Код;Школа\n'), ...Array.from({ length: Math.ceil(line.length / 100) }, (_, i) => line.subarray(i * 100, (i + 1) * 100)), Buffer.from('2;Лицей\n')];
    const source = { name: 't.csv', path: null, head: Buffer.concat(chunks.slice(0, 10)), open: () => Readable.from(chunks) };
    const sheets = await collect(csvReader, source);
    expect(sheets[0]!.rows.map((r) => [r.rowNumber, String(r.cells[1]).length])).toEqual([[1, 5], [2, 999_999], [3, 5]]);
  });

  it('reads UTF-8 with a bad byte in its head as UTF-8 and names the cell', async () => {
    const bytes = Buffer.concat([Buffer.from('Код;Школа\n1;Гимназия\n2;Лицей ', 'utf8'), Buffer.from([0xff]), Buffer.from('№2\n', 'utf8')]);
    const issues: ReaderIssue[] = [];
    const sheets = await collect(csvReader, await openSource(await writeTemp('t.csv', bytes)), {}, issues);
    expect(sheets[0]!.rows.map((r) => r.cells)).toEqual([['Код', 'Школа'], ['1', 'Гимназия'], ['2', 'Лицей \uFFFD№2']]);
    expect(issues).toEqual([{ row: 3, cell: 1, code: 'replaced-bytes', params: { count: 1, value: 'Лицей \uFFFD№2', encoding: 'utf-8' } }]);
  });

  it('names a bad byte after the head too, five cells one by one, then how many more in how many rows', async () => {
    // rows 2–3001 are «n;Гимназия n» (over 64 KiB); rows 3002–3008 hold one bad byte each, row 3008 two
    const good = Array.from({ length: 3000 }, (_, i) => `${i + 1};Гимназия ${i + 1}\n`).join('');
    const bad = Array.from({ length: 7 }, (_, i) => Buffer.concat([Buffer.from(`${i + 3001};Лицей`), Buffer.from(i === 6 ? [0xff, 0xfe] : [0xff]), Buffer.from('\n')]));
    const issues: ReaderIssue[] = [];
    await collect(csvReader, await openSource(await writeTemp('t.csv', Buffer.concat([Buffer.from(`Код;Школа\n${good}`), ...bad]))), {}, issues);
    expect(issues.map((i) => [i.row, i.cell, i.code, i.params.count])).toEqual([
      [3002, 1, 'replaced-bytes', 1],
      [3003, 1, 'replaced-bytes', 1],
      [3004, 1, 'replaced-bytes', 1],
      [3005, 1, 'replaced-bytes', 1],
      [3006, 1, 'replaced-bytes', 1],
      // rows 3007 (one) and 3008 (two)
      [null, null, 'replaced-bytes-more', 3],
    ]);
    expect(issues[5]!.params).toEqual({ count: 3, rows: 2, encoding: 'utf-8' });
  });

  it('throws empty-file when there are only blank lines', async () => {
    await expect(readCsv('\r\n\r\n')).rejects.toMatchObject({ code: 'empty-file' });
  });

  it('passes on an error thrown by the sink', async () => {
    const source = await openSource(await writeTemp('t.csv', 'a;b\n1;2\n3;4\n'));
    const thrown = new InputError('no-header', { file: 't.csv' });
    let rows = 0;
    const read = csvReader.read(source, {}, () => ({
      row: () => {
        if (++rows === 2) throw thrown;
      },
      issue: () => undefined,
      end: () => undefined,
    }));
    await expect(read).rejects.toBe(thrown);
    expect(rows).toBe(2);
  });

  it('throws file-unreadable when the stream fails', async () => {
    await expect(collect(csvReader, failingSource('t.csv', Buffer.from('a;b\n')))).rejects.toMatchObject({
      code: 'file-unreadable',
      location: { file: 't.csv' },
      params: { reason: 'EIO: i/o error, read' },
    });
  });
});
