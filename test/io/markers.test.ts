/**
 * The --markers reader on files of our own with the real list's headers and its traps (the
 * Dagestan list, real-exports/dagestan-objectivity-markers.xlsx: a sheet name with a trailing
 * space, «Год» as text, 1 / 0 / blank cells, a block of rows written twice), then the matching of
 * the list to the schools of the results.
 */
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { loadMarkers, matchMarkers, rowRanges } from '../../src/io/markers.js';
import type { MarkerEntry, ObjectivityList } from '../../src/model/markers.js';
import { record } from '../rules/score-helpers.js';
import { removeTempDirs, tempDir, writeTemp } from './helpers.js';
import { join } from 'node:path';

afterAll(removeTempDirs);

const HEADER = ['Год', 'Логин', 'Муниципалитет', 'ОО', '4 РУ', '4 МА', '5 РУ', '5 МА', 'Количество маркеров'];

async function workbook(rows: (string | number | null)[][]): Promise<string> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('Признаки необъективности папка ');
  sheet.addRow(HEADER);
  for (const row of rows) sheet.addRow(row);
  const path = join(await tempDir(), 'markers.xlsx');
  await book.xlsx.writeFile(path);
  return path;
}

const brief = (e: MarkerEntry) => [e.year, e.schoolId, e.procedures, e.count, e.source.row];
const brieflyIssue = (i: { row: number | null; column: string | null; code: string; params: Record<string, unknown> }) => [i.row, i.column, i.code, i.params];

describe('loadMarkers', () => {
  it('reads the real list\'s shape row by row, each trap reported with its row and column', async () => {
    const file = await workbook([
      ['2023', 'edu053001', 'Агульский район', 'МКОУ "Тпигская СОШ"', null, null, 1, null, 1], // row 2: 5 РУ
      ['2023', 'edu053017', 'Акушинский район', 'МКОУ "Акушинская СОШ №1"', null, 1, null, 1, 2], // row 3: 4 МА, 5 МА
      [], // row 4: blank, skipped
      ['2023', 'sch053021', 'Акушинский район', 'МКОУ "Алиханмахинская СОШ"', 1, 1, null, null, 1], // row 5: 2 marked, count 1
      ['2024', 'edu053021', 'Акушинский район', 'МКОУ "Алиханмахинская СОШ"', 0, 0, 0, 1, 1], // row 6: 0 / 1 cells
      [2024, 'EDU053027', 'Акушинский район', 'МКОУ "Герхмахинская СОШ"', 0, 0, 1, 0, 1], // row 7: a number year, a capital login
      ['2024', 'edu053021', 'Акушинский район', 'МКОУ "Алиханмахинская СОШ"', 0, 0, 0, 1, 1], // row 8: row 6 again, same marks
      ['2024', 'edu053027', 'Акушинский район', 'МКОУ "Герхмахинская СОШ"', 1, 0, 1, 0, 2], // row 9: row 7's school, other marks
      ['2024', null, 'Агульский район', 'МКОУ "Без логина"', 1, 0, 0, 0, 1], // row 10: no login
      ['2024', 'edu053030', 'Агульский район', 'МКОУ "Буркиханская СОШ"', 'да', 'x', 0, 0, 1], // row 11: «да», a bad cell
      ['2024/2025', 'edu053031', 'Агульский район', 'МКОУ "Курагская СОШ"', 0, 0, 0, 0, 0], // row 12: a school year, nothing marked
      [null, 'edu053032', 'Агульский район', 'МКОУ "Хоредская СОШ"', 1, 0, 0, 0, 1], // row 13: no year
      [null, null, null, 'Итого', 5, 3, 4, 6, 18], // row 14: a total row
    ]);
    const { list, issues } = await loadMarkers(file);
    expect(list.years).toEqual([2023, 2024, 2025]);
    // procedures in procedure order (grade, then subject: МА before РУ); row 8 counted once, row 9 left out
    expect(list.entries.map(brief)).toEqual([
      [2023, 'edu053001', ['VPR-RU-5'], 1, 2],
      [2023, 'edu053017', ['VPR-MA-4', 'VPR-MA-5'], 2, 3],
      [2023, 'sch053021', ['VPR-MA-4', 'VPR-RU-4'], 1, 5],
      [2024, 'edu053021', ['VPR-MA-5'], 1, 6],
      [2024, 'EDU053027', ['VPR-RU-5'], 1, 7],
      [2024, 'edu053030', ['VPR-RU-4'], 1, 11],
      [2025, 'edu053031', [], 0, 12],
    ]);
    expect(list.entries[0]).toMatchObject({ schoolName: 'МКОУ "Тпигская СОШ"', municipality: 'Агульский район' });
    expect(issues.every((i) => i.sheet === 'Признаки необъективности папка ')).toBe(true);
    expect(issues.map(brieflyIssue)).toEqual([
      [5, 'Количество маркеров', 'markers-count-mismatch', { count: 1, marked: 2 }],
      [10, 'Логин', 'markers-no-login', {}],
      [11, '4 МА', 'bad-marker', { value: 'x' }], // no count check on a row with a bad cell
      [13, 'Год', 'missing-year', {}],
      [14, 'Логин', 'ignored-total-row', { value: 'Итого' }],
      [9, null, 'markers-conflict', { school: 'edu053027', year: 2024, first: 7 }],
      [8, null, 'markers-repeated', { count: 1, rows: '8' }],
    ]);
  });

  it('takes a list without «Год» for the --year given, a login with the name in one cell, and names unknown procedure columns', async () => {
    const file = await writeTemp('list.csv', [
      'Код ОО;Наименование;ВПР Русский язык 4 кл.;4 ЗЗ;9 РУ;Примечание',
      'sch223001 | МБОУ СОШ № 1;;1;1;1;повторно',
      'sch223002;МБОУ СОШ № 2;0;;;',
    ].join('\n'));
    const { list, issues } = await loadMarkers(file, { year: 2024 });
    expect(list.entries.map((e) => [e.year, e.schoolId, e.schoolName, e.procedures, e.count])).toEqual([
      [2024, 'sch223001', 'МБОУ СОШ № 1', ['VPR-RU-4'], null],
      [2024, 'sch223002', 'МБОУ СОШ № 2', [], null],
    ]);
    expect(issues.map(brieflyIssue)).toEqual([
      [1, '4 ЗЗ', 'unknown-marker-column', { value: '4 ЗЗ' }],
      [1, '9 РУ', 'unknown-marker-column', { value: '9 РУ' }],
      [1, 'Примечание', 'unknown-column', {}],
    ]);
  });

  it('is exit 2 for a file with no login or no procedure column', async () => {
    const file = await writeTemp('no-procedures.csv', 'Год;Логин;ОО;Количество маркеров\n2023;edu1;СОШ;1\n');
    await expect(loadMarkers(file)).rejects.toMatchObject({ code: 'no-markers-header', exitCode: 2 });
  });

  it('writes repeated rows as ranges', () => {
    expect(rowRanges([309, 310, 311, 400, 402, 403])).toBe('309–311, 400, 402–403');
  });
});

describe('matchMarkers', () => {
  const entry = (schoolId: string, fields: Partial<MarkerEntry> = {}): MarkerEntry => ({
    year: 2023, schoolId, schoolName: null, municipality: null, procedures: ['VPR-RU-4'], count: 1, source: { file: 'm.xlsx', sheet: 'S', row: 2 }, ...fields,
  });
  const list = (entries: MarkerEntry[]): ObjectivityList => ({ file: 'm.xlsx', years: [2023], entries });

  it('matches logins case aside, and notes once a year the schools the results do not have', () => {
    const records = [record('EDU053001', 2023, 'VPR-RU-4'), record('edu053017', 2023, 'VPR-MA-5')];
    const { list: matched, issues } = matchMarkers(list([entry('edu053001'), entry('edu053017'), entry('edu099998'), entry('edu099999')]), records, []);
    expect(matched.entries.map((e) => e.schoolId)).toEqual(['EDU053001', 'edu053017', 'edu099998', 'edu099999']);
    expect(issues).toEqual([
      { file: 'm.xlsx', sheet: null, row: null, column: null, code: 'markers-outside-results', params: { year: 2023, count: 2, total: 4, examples: 'edu099998, edu099999' } },
    ]);
  });

  it('matches by name within the municipality where the results key schools by codes, and says so', () => {
    const demo = { schoolName: 'МБОУ СОШ № 5 г. Демидов', municipality: 'Демонстрационный район' };
    const records = [record('DM-05', 2023, 'VPR-RU-5', demo), record('DM-06', 2023, 'VPR-RU-5', { schoolName: 'МБОУ СОШ № 6', municipality: 'Демонстрационный район' })];
    const named = entry('edu999001', { schoolName: 'МБОУ "СОШ №5 г. Демидов"', municipality: 'Демонстрационный район', source: { file: 'm.xlsx', sheet: 'S', row: 3 } });
    const elsewhere = entry('edu999002', { schoolName: 'МБОУ СОШ № 6', municipality: 'Другой район' });
    const { list: matched, issues } = matchMarkers(list([named, elsewhere]), records, []);
    expect(matched.entries.map((e) => e.schoolId)).toEqual(['DM-05', 'edu999002']);
    expect(issues.map((i) => [i.row, i.code, i.params])).toEqual([
      [3, 'name-matched', { name: 'МБОУ "СОШ №5 г. Демидов"', id: 'DM-05', known: 'МБОУ СОШ № 5 г. Демидов' }],
      [null, 'markers-outside-results', { year: 2023, count: 1, total: 2, examples: 'edu999002' }],
    ]);
  });

  it('matches a login only to a login: results keyed by logins take no name match', () => {
    const records = [record('edu053017', 2023, 'VPR-MA-5', { schoolName: 'МКОУ Акушинская СОШ №1' })];
    const { list: matched } = matchMarkers(list([entry('edu053999', { schoolName: 'МКОУ Акушинская СОШ №1' })]), records, []);
    expect(matched.entries[0]!.schoolId).toBe('edu053999');
  });
});
