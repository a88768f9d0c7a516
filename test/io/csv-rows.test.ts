import { describe, expect, it } from 'vitest';
import { CsvRows, type CsvDialect } from '../../src/io/readers/csv-rows.js';
import type { ReaderIssue } from '../../src/io/readers/types.js';

/** Rows of six cells: five «;» to a row. */
const SIX: CsvDialect = { delimiter: ';', newline: '\n', rowDelimiters: 5 };

function read(chunks: string | string[], dialect: CsvDialect = SIX) {
  const rows: { cells: string[]; row: number }[] = [];
  const issues: ReaderIssue[] = [];
  const reader = new CsvRows(dialect, { row: (cells, row) => rows.push({ cells, row }), issue: (issue) => issues.push(issue) });
  for (const chunk of typeof chunks === 'string' ? [chunks] : chunks) reader.push(chunk);
  reader.end();
  return { rows, issues };
}

/** The text cut into chunks of `size` characters. */
function chunked(text: string, size: number): string[] {
  return Array.from({ length: Math.ceil(text.length / size) }, (_, i) => text.slice(i * size, (i + 1) * size));
}

const HEADER = 'Код ОО;Школа;Год;Процедура;Участников;«2»';
const row = (id: string, name: string) => `${id};${name};2025;OGE-MA;10;1`;

describe('CsvRows: cells', () => {
  it('splits lines at the delimiter, skips blank lines and counts them', () => {
    expect(read('a;b\n\n1;2\n').rows).toEqual([
      { cells: ['a', 'b'], row: 1 },
      { cells: ['1', '2'], row: 3 },
    ]);
  });

  it('reads quoted cells as papaparse does: "" is a quote, spaces may follow the closing quote', () => {
    const { rows, issues } = read('1;"Лицей ""Вектор""";"a;b"  ;""\n');
    expect(rows[0]!.cells).toEqual(['1', 'Лицей "Вектор"', 'a;b', '']);
    expect(issues).toEqual([]);
  });

  it('keeps a quote in the middle of an unquoted cell as text', () => {
    expect(read('1;МБОУ "СОШ №1";2\n').rows[0]!.cells).toEqual(['1', 'МБОУ "СОШ №1"', '2']);
  });

  it('keeps a quote inside a quoted cell that neither doubles nor closes, and notes the cell', () => {
    const { rows, issues } = read('1;"Школа "Б" А";2\n');
    expect(rows[0]!.cells).toEqual(['1', 'Школа "Б" А', '2']);
    expect(issues).toEqual([{ row: 1, cell: 1, code: 'quote-not-doubled', params: { value: 'Школа "Б" А' } }]);
  });

  it('keeps a quoted cell with line breaks as one cell of one row when no line inside is shaped like a row', () => {
    const text = [HEADER, '1;"Школа; №1\nимени Пушкина";2025;OGE-MA;10;1', '2;5;3;7;8;"Иванов\nИван; Петр"', row('3', 'Лицей'), ''].join('\n');
    const { rows, issues } = read(text);
    expect(rows.map((r) => [r.row, r.cells[1]])).toEqual([[1, 'Школа'], [2, 'Школа; №1\nимени Пушкина'], [3, '5'], [4, 'Лицей']]);
    expect(rows[2]!.cells[5]).toBe('Иванов\nИван; Петр');
    expect(issues).toEqual([]);
  });

  it('reads CRLF rows with LF inside a quoted cell, and a CRLF cut between two chunks', () => {
    const text = 'a;"b\nc"\r\n1;2\r\n';
    for (const chunks of [[text], chunked(text, 1), ['a;"b\nc"\r', '\n1;2\r', '\n']]) {
      expect(read(chunks, { delimiter: ';', newline: '\r\n', rowDelimiters: 1 }).rows).toEqual([
        { cells: ['a', 'b\nc'], row: 1 },
        { cells: ['1', '2'], row: 2 },
      ]);
    }
  });

  it('ends a row at LF alone in a CRLF file (lines appended by another program), whatever the chunks', () => {
    // 2 CRLF rows, then 3 LF rows: the LF rows are rows, not a last cell of the row before them
    const text = `${HEADER}\r\n${row('A', 'Школа А')}\r\n${row('B', 'Школа Б')}\n${row('C', 'Школа В')}\n${row('D', 'Школа Г')}\n`;
    for (const chunks of [[text], chunked(text, 7), chunked(text, 1)]) {
      const { rows, issues } = read(chunks, { delimiter: ';', newline: '\r\n', rowDelimiters: 5 });
      expect(rows.map((r) => [r.row, r.cells.length, r.cells[1]])).toEqual([[1, 6, 'Школа'], [2, 6, 'Школа А'], [3, 6, 'Школа Б'], [4, 6, 'Школа В'], [5, 6, 'Школа Г']]);
      expect(issues).toEqual([]);
    }
  });

  it('finds the line break at the first one when the head had none, even cut between chunks', () => {
    const unknown = { delimiter: ';', newline: undefined, rowDelimiters: 1 };
    expect(read(['a;b\r', '\n1;2\r\n'], unknown).rows.map((r) => r.cells)).toEqual([['a', 'b'], ['1', '2']]);
    expect(read(['a;b\r', '1;2\r'], unknown).rows.map((r) => r.cells)).toEqual([['a', 'b'], ['1', '2']]);
    expect(read(['a;b'], unknown).rows.map((r) => r.cells)).toEqual([['a', 'b']]);
  });

  it('joins a line that arrives in 200,000 chunks once: one row of 2,000,000 characters', () => {
    // a reader that parsed the unfinished line again with each chunk (papaparse) would read
    // 200,000 × 1,000,000 characters on average here, and not finish
    const chunks = ['id;', ...Array.from({ length: 200_000 }, () => 'ШШШШШШШШШШ'), '\n2;x\n'];
    const { rows } = read(chunks, { delimiter: ';', newline: '\n', rowDelimiters: 1 });
    expect(rows).toHaveLength(2);
    expect(rows[0]!.cells[1]).toHaveLength(2_000_000);
    expect(rows[1]).toEqual({ cells: ['2', 'x'], row: 2 });
  });
});

describe('CsvRows: stray quotes', () => {
  // the issue's example: a quote opens «Школа А» on row 2 and one closes «Школа В» on row 4
  const EXAMPLE = [HEADER, 'A;"Школа А;2025;OGE-MA;10;1', row('B', 'Школа Б'), 'C;Школа В";2025;OGE-MA;10;1', row('D', 'Школа Г'), ''].join('\n');

  it('leaves out the row where a stray quote opens, names where it closes, and reads the lines it swallowed as rows', () => {
    const { rows, issues } = read(EXAMPLE);
    expect(rows.map((r) => [r.row, r.cells[0], r.cells[1], r.cells.length])).toEqual([
      [1, 'Код ОО', 'Школа', 6],
      [3, 'B', 'Школа Б', 6],
      [4, 'C', 'Школа В"', 6],
      [5, 'D', 'Школа Г', 6],
    ]);
    // rows 3 (B) is wholly inside the cell: the quote is taken for stray there; it would close on row 4 (C)
    expect(issues).toEqual([{ row: 2, cell: 1, code: 'stray-quote', params: { end: 4, closes: 1 } }]);
  });

  it('reads the same rows and issues whatever the chunks', () => {
    // EXAMPLE ends with a blank line 6; rows 7 and 8 hold quoted cells, the quote on row 9 is never closed
    const text = [EXAMPLE, '1;"Школа; №1\nимени Пушкина";2025;OGE-MA;10;1', '2;"Лицей ""Вектор""";2025;OGE-MA;10;1', 'E;"Школа Д;2025;OGE-MA;10;1', row('F', 'Школа Е'), ''].join('\n');
    const whole = read(text);
    expect(whole.issues.map((i) => [i.row, i.code])).toEqual([[2, 'stray-quote'], [9, 'stray-quote']]);
    for (const size of [1, 7, 20, 64]) expect(read(chunked(text, size))).toEqual(whole);
  });

  it('takes a quote for stray on the line where it closes when that line, read whole, is a row', () => {
    // no line wholly inside: «C;Школа В» before the closing quote holds the delimiter, the line has 5
    const { rows, issues } = read([HEADER, 'A;"Школа А;2025;OGE-MA;10;1', 'C;Школа В";2025;OGE-MA;10;1', ''].join('\n'));
    expect(rows.map((r) => [r.row, r.cells[0]])).toEqual([[1, 'Код ОО'], [3, 'C']]);
    expect(issues).toEqual([{ row: 2, cell: 1, code: 'stray-quote', params: { end: 3, closes: 1 } }]);
  });

  it('takes a quote never closed for stray: every row after it is read, the last one named', () => {
    const lines = [HEADER, row('A', 'Школа А'), 'B;"Школа Б;2025;OGE-MA;10;1', row('C', 'Школа В'), row('D', 'Школа Г')];
    const { rows, issues } = read(lines.join('\n'));
    expect(rows.map((r) => r.row)).toEqual([1, 2, 4, 5]);
    expect(issues).toEqual([{ row: 3, cell: 1, code: 'stray-quote', params: { end: 5, closes: 0 } }]);
    // on the last line, with nothing after it
    const last = read([HEADER, row('A', 'Школа А'), 'B;"Школа Б;2025;OGE-MA;10;1', ''].join('\n'));
    expect(last.rows.map((r) => r.row)).toEqual([1, 2]);
    expect(last.issues).toEqual([{ row: 3, cell: 1, code: 'stray-quote', params: { end: 3, closes: 0 } }]);
  });

  it('finds a stray quote in the last cell and one in each of two lines running', () => {
    const last = read([HEADER, 'A;Школа А;2025;OGE-MA;10;"1', row('B', 'Школа Б'), ''].join('\n'));
    expect(last.rows.map((r) => r.row)).toEqual([1, 3]);
    expect(last.issues).toEqual([{ row: 2, cell: 5, code: 'stray-quote', params: { end: 3, closes: 0 } }]);
    // «B;"…» is not shaped like a row (its own quote takes the rest of it): row 4 decides for row 2, then for row 3
    const two = read([HEADER, 'A;"Школа А;2025;OGE-MA;10;1', 'B;"Школа Б;2025;OGE-MA;10;1', row('C', 'Школа В'), ''].join('\n'));
    expect(two.rows.map((r) => r.row)).toEqual([1, 4]);
    expect(two.issues).toEqual([
      { row: 2, cell: 1, code: 'stray-quote', params: { end: 4, closes: 0 } },
      { row: 3, cell: 1, code: 'stray-quote', params: { end: 4, closes: 0 } },
    ]);
  });

  it('reads the rows swallowed in a CRLF file, quoted cells of theirs included', () => {
    const crlf = { delimiter: ';', newline: '\r\n' as const, rowDelimiters: 5 };
    const text = [HEADER, 'A;"Школа А;2025;OGE-MA;10;1', 'B;"Школа; Б";2025;OGE-MA;10;1', row('C', 'Школа В'), ''].join('\r\n');
    const { rows, issues } = read(text, crlf);
    // row 3's own quoted cell closes the stray one: it is the line where that quote would close
    expect(rows.map((r) => [r.row, r.cells[1]])).toEqual([[1, 'Школа'], [3, 'Школа; Б'], [4, 'Школа В']]);
    expect(issues).toEqual([{ row: 2, cell: 1, code: 'stray-quote', params: { end: 3, closes: 1 } }]);
  });

  it('takes no line for a row in a file whose rows have no delimiter: only a quote open at the end is stray', () => {
    const single = { delimiter: ';', newline: '\n' as const, rowDelimiters: 0 };
    expect(read('"a\nb"\nc\n', single).rows.map((r) => r.cells)).toEqual([['a\nb'], ['c']]);
    const open = read('a\n"b\nc\n', single);
    expect(open.rows.map((r) => [r.row, r.cells])).toEqual([[1, ['a']], [3, ['c']]]);
    expect(open.issues).toEqual([{ row: 2, cell: 0, code: 'stray-quote', params: { end: 3, closes: 0 } }]);
  });
});
