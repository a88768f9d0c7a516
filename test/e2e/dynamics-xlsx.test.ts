/**
 * `dynamics -o x.xlsx` at region scale, written as it is built (report/renderers/workbook-stream.ts):
 * 1,500 schools × ОГЭ Математика × 2024–2025, read back with exceljs cell by cell. Odd schools go
 * from 2 of 20 («2») to 10 of 25, even ones from 16 of 40 to 5 of 50.
 */
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli, tempDir, writeIn, type CliResult } from './run-cli.js';

const SCHOOLS = 1500;

function district(): string {
  const lines = ['Код ОО;Наименование ОО;Учебный год;Процедура;Кол-во участников;«2»;«3»;«4»;«5»'];
  for (let i = 1; i <= SCHOOLS; i += 1) {
    const [before, after] = i % 2 === 1 ? [[20, 2, 8, 6, 4], [25, 10, 5, 5, 5]] : [[40, 16, 10, 10, 4], [50, 5, 20, 15, 10]];
    lines.push([`D-${i}`, `Школа ${i}`, 2024, 'ОГЭ Математика', ...before!].join(';'));
    lines.push([`D-${i}`, `Школа ${i}`, 2025, 'ОГЭ Математика', ...after!].join(';'));
  }
  return `${lines.join('\n')}\n`;
}

describe('dynamics -o x.xlsx on 1,500 schools', () => {
  let result: CliResult;
  let sheet: ExcelJS.Worksheet;
  beforeAll(async () => {
    const dir = await tempDir('shnor-dynamics-xlsx-');
    const input = await writeIn(dir, 'district.csv', district());
    const out = join(dir, 'dynamics.xlsx');
    result = await runCli(['dynamics', input, '--year', '2025', '-o', out], { timeoutMs: 60_000 });
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(out);
    sheet = book.worksheets[0]!;
  }, 90_000);

  it('exits 0 with a sheet of 3,000 rows and its header', () => {
    expect(result.code, result.stderr).toBe(0);
    expect(sheet.name).toBe('Динамика');
    expect(sheet.rowCount).toBe(1 + 2 * SCHOOLS);
    expect((sheet.getRow(1).values as unknown[]).slice(1, 9)).toEqual(['Код ОО', 'Наименование ОО', 'Процедура', 'Год', 'Участников', 'Не справились', 'Доля «2»', '95% ДИ, от']);
  });

  it('each school two rows in code order, with its counts, shares and change', () => {
    const cells = (n: number, from: number, to: number) => (sheet.getRow(n).values as unknown[]).slice(from, to);
    // school k is on rows 2k and 2k + 1; code, name, procedure, year, participants, «2», share
    // D-1: 2 of 20 = 0.1, then 10 of 25 = 0.4, +30 п.п.
    expect(cells(2, 1, 8)).toEqual(['D-1', 'Школа 1', 'ОГЭ Математика', '2023/2024 уч. г.', 20, 2, 0.1]);
    expect(cells(3, 1, 8)).toEqual(['D-1', 'Школа 1', 'ОГЭ Математика', '2024/2025 уч. г.', 25, 10, 0.4]);
    expect(cells(3, 15, 17)).toEqual([30, 'отрицательная']);
    // D-1000 (even) on rows 2000–2001: 16 of 40 = 0.4, then 5 of 50 = 0.1, −30 п.п.
    expect(cells(2000, 1, 8)).toEqual(['D-1000', 'Школа 1000', 'ОГЭ Математика', '2023/2024 уч. г.', 40, 16, 0.4]);
    expect(cells(2001, 1, 8)).toEqual(['D-1000', 'Школа 1000', 'ОГЭ Математика', '2024/2025 уч. г.', 50, 5, 0.1]);
    expect(cells(2001, 15, 17)).toEqual([-30, 'положительная']);
    // the last: D-1500 on rows 3000–3001
    expect(cells(3001, 1, 8)).toEqual(['D-1500', 'Школа 1500', 'ОГЭ Математика', '2024/2025 уч. г.', 50, 5, 0.1]);
  });
});
