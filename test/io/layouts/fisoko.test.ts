import { existsSync } from 'node:fs';
import { mkdir, rename } from 'node:fs/promises';
import { dirname } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { readTitles, yearOfTitle } from '../../../src/io/layouts/titles.js';
import { loadResults } from '../../../src/io/load.js';
import type { CellValue } from '../../../src/model/cells.js';
import { isWarning } from '../../../src/model/issues.js';
import { DEFAULT_MIN_SCORES } from '../../../src/model/min-scores.js';
import { find, readRows } from './harness.js';

const FIXTURE = 'fixtures/cases/fisoko-vpr-ma5-2023.xlsx';

const HEADER = ['Группы участников', 'Кол-во ОО', 'Кол-во участников', '', '2', '3', '4', '5'];
const DISTRIBUTION = ['', '', '', '', 'Распределение групп баллов в %', '', '', ''];

/** «Статистика по отметкам», ВПР 2023 математика 5 класс; column D is an empty spacer. */
const TABLE: CellValue[][] = [
  ['ВПР 2023. Математика 5 класс'], // 1
  ['Статистика по отметкам'], // 2
  [], // 3
  DISTRIBUTION, // 4: merged over E–H in the workbook
  HEADER, // 5
  ['Вся выборка', 41000, 1300000, null, 15.5, 38.2, 33.1, 13.2], // 6
  ['Краснодарский край', 900, 50000, null, 12.3, 40.1, 35.4, 12.2], // 7
  ['Славянский район', 30, 600, null, 14, 40, 34, 12], // 8
  ['sch233015 МБОУ СОШ № 5', 1, 25, null, 12.0, 40.0, 36.0, 12.0], // 9
  ['sch233016 МБОУ СОШ № 7', 1, 20, null, 35.0, 40.0, 20.0, 5.0], // 10
  ['sch233017 МБОУ ООШ № 12', 1, 30, null, 10.0, 40.0, 30.0, 17.0], // 11: adds up to 97
  ['Темрюкский район', 25, 500, null, 9.5, 37.5, 38, 15], // 12
  ['sch233101 МАОУ СОШ № 1', 1, 40, null, 5.0, 30.0, 45.0, 20.0], // 13
  ['sch233102 МБОУ СОШ № 3', 1, 16, null, 25.0, 50.0, 18.75, 6.25], // 14
];

/** Hand-worked: round(pct × participants / 100). */
const EXPECTED = [
  { schoolId: 'sch233015', schoolName: 'МБОУ СОШ № 5', municipality: 'Славянский район', participants: 25, failed: 3, failPct: 12, markCounts: { 2: 3, 3: 10, 4: 9, 5: 3 }, markPcts: { 2: 12, 3: 40, 4: 36, 5: 12 } },
  { schoolId: 'sch233016', schoolName: 'МБОУ СОШ № 7', municipality: 'Славянский район', participants: 20, failed: 7, failPct: 35, markCounts: { 2: 7, 3: 8, 4: 4, 5: 1 }, markPcts: { 2: 35, 3: 40, 4: 20, 5: 5 } },
  // 30 × 17 % = 5.1 → 5; the counts (3 + 12 + 9 + 5 = 29) are as rounded, the row is kept
  { schoolId: 'sch233017', schoolName: 'МБОУ ООШ № 12', municipality: 'Славянский район', participants: 30, failed: 3, failPct: 10, markCounts: { 2: 3, 3: 12, 4: 9, 5: 5 }, markPcts: { 2: 10, 3: 40, 4: 30, 5: 17 } },
  { schoolId: 'sch233101', schoolName: 'МАОУ СОШ № 1', municipality: 'Темрюкский район', participants: 40, failed: 2, failPct: 5, markCounts: { 2: 2, 3: 12, 4: 18, 5: 8 }, markPcts: { 2: 5, 3: 30, 4: 45, 5: 20 } },
  { schoolId: 'sch233102', schoolName: 'МБОУ СОШ № 3', municipality: 'Темрюкский район', participants: 16, failed: 4, failPct: 25, markCounts: { 2: 4, 3: 8, 4: 3, 5: 1 }, markPcts: { 2: 25, 3: 50, 4: 18.75, 5: 6.25 } },
];

describe('fisoko title', () => {
  it.each([
    ['ВПР 2023. Математика 5 класс', 2023],
    ['ВПР (осень) 2022. Математика 6 класс', 2023],
    ['Всероссийские проверочные работы 2022-2023 уч. г.', 2023],
    ['Статистика по отметкам', null],
  ])('%s → %s', (title, year) => {
    expect(yearOfTitle(title)).toBe(year);
  });

  it('finds the procedure and the year in any title row', () => {
    expect(readTitles(['Статистика по отметкам', 'ВПР 2023. Математика 5 класс'])).toEqual({ procedure: 'VPR-MA-5', year: 2023 });
    expect(readTitles(['ВПР. Русский язык 4 класс', '2021 год'])).toEqual({ procedure: 'VPR-RU-4', year: 2021 });
  });
});

describe('fisoko layout', () => {
  it('is detected under a merged «Распределение групп баллов в %» row, ahead of the other layouts', () => {
    const { outcome } = readRows(TABLE);
    expect(outcome).toMatchObject({ layout: 'fisoko', headerRow: 5 });
  });

  it('reads the schools with counts from the shares, the municipality from the row above, VPR-MA-5 2023 from the title', () => {
    const { records } = readRows(TABLE);
    expect(records).toHaveLength(EXPECTED.length);
    for (const expected of EXPECTED) {
      expect(find(records, expected.schoolId, 'VPR-MA-5')).toMatchObject({ ...expected, year: 2023, procedure: 'VPR-MA-5' });
    }
    // the sample, region and municipality rows are not schools
    expect(records.map((r) => r.schoolId).filter((id) => !id.startsWith('sch'))).toEqual([]);
    expect(find(records, 'sch233015', 'VPR-MA-5')!.source.row).toBe(9);
  });

  it('warns of shares adding up to 97 % and keeps the row', () => {
    const { records, issues } = readRows(TABLE);
    expect(issues).toEqual([expect.objectContaining({ row: 11, column: '2', code: 'pcts-rounded', params: { sum: 97 } })]);
    expect(isWarning(issues[0]!)).toBe(true);
    expect(find(records, 'sch233017', 'VPR-MA-5')).toBeDefined();
  });

  it('the title year wins over --year; without a year in the title --year is used', () => {
    expect(readRows(TABLE, { year: 2030 }).records[0]!.year).toBe(2023);
    const untitled = [['ВПР. Математика 5 класс'], ...TABLE.slice(1)];
    expect(readRows(untitled, { year: 2024 }).records[0]!.year).toBe(2024);
    expect(readRows(untitled).issues).toEqual([expect.objectContaining({ row: 5, code: 'missing-year' })]);
  });

  it('reports a missing procedure once at the header and reads no rows', () => {
    const { records, issues, outcome } = readRows([['Статистика по отметкам'], HEADER, ...TABLE.slice(5)], { year: 2023 });
    expect(outcome.layout).toBe('fisoko');
    expect(records).toEqual([]);
    expect(issues).toEqual([expect.objectContaining({ row: 2, column: null, code: 'missing-procedure' })]);
  });

  it('skips blank and «Всего» rows: a total row is no municipality', () => {
    const { records, issues } = readRows([
      ['ВПР 2023. Математика 5 класс'],
      ['Группы участников', 'Кол-во ОО', 'Кол-во участников', '«2»', '«3»', '«4»', '«5»'],
      ['Вся выборка', 10, 200, 10, 40, 40, 10],
      ['Ейский район', 2, 45, 10, 40, 40, 10],
      ['sch230001 МБОУ СОШ № 1', 1, 25, 12, 40, 36, 12],
      [],
      ['Всего', 1, 25, 12, 40, 36, 12],
      ['sch230002 МБОУ СОШ № 2', 1, 20, 35, 40, 20, 5],
    ]);
    expect(records.map((r) => [r.schoolId, r.municipality, r.failed])).toEqual([
      ['sch230001', 'Ейский район', 3],
      ['sch230002', 'Ейский район', 7],
    ]);
    expect(issues).toEqual([expect.objectContaining({ row: 7, code: 'ignored-total-row', params: { value: 'Всего' } })]);
  });

  it('reads the marks from a second header row when the first one merges «Группы участников» down', () => {
    const { records, outcome } = readRows([
      ['ВПР 2023. Математика 5 класс'],
      ['Группы участников', 'Кол-во ОО', 'Кол-во участников', 'Распределение групп баллов в %', '', '', ''],
      ['', '', '', '2', '3', '4', '5'],
      ['Славянский район', 30, 600, 14, 40, 34, 12],
      ['sch233015 МБОУ СОШ № 5', 1, 25, 12, 40, 36, 12],
    ]);
    expect(outcome.headerRow).toBe(2);
    expect(records).toEqual([expect.objectContaining({ schoolId: 'sch233015', municipality: 'Славянский район', markCounts: { 2: 3, 3: 10, 4: 9, 5: 3 } })]);
  });
});

/** The fixture workbook, made here with exceljs (no generator script): the title, merged header, spacer column. */
async function writeFixture(path: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  workbook.created = workbook.modified = new Date(Date.UTC(2023, 5, 1));
  const sheet = workbook.addWorksheet('Статистика по отметкам');
  TABLE.forEach((cells, i) => {
    const row = sheet.getRow(i + 1);
    cells.forEach((value, j) => {
      if (value !== null && value !== '') row.getCell(j + 1).value = value as ExcelJS.CellValue;
    });
    row.commit();
  });
  sheet.mergeCells('A1:H1');
  sheet.mergeCells('E4:H4');
  await mkdir(dirname(path), { recursive: true });
  const partial = `${path}.${process.pid}.tmp`;
  await workbook.xlsx.writeFile(partial);
  await rename(partial, path); // whole or absent for a reader running alongside
}

describe(`fixture ${FIXTURE}`, () => {
  it('reads through the xlsx reader as the rows do', async () => {
    if (!existsSync(FIXTURE)) await writeFixture(FIXTURE);
    const { records, issues, files } = await loadResults([FIXTURE], { year: null, minScores: DEFAULT_MIN_SCORES });
    expect(files[0]!.sheets[0]).toMatchObject({ layout: 'fisoko', headerRow: 5 });
    expect(records.map((r) => r.schoolId).sort()).toEqual(EXPECTED.map((e) => e.schoolId).sort());
    for (const expected of EXPECTED) {
      expect(find(records, expected.schoolId, 'VPR-MA-5')).toMatchObject({ ...expected, year: 2023 });
    }
    expect(issues.map((i) => [i.row, i.code])).toEqual([[11, 'pcts-rounded']]);
  });

  it('collects the region and municipality rows as reference failing shares', async () => {
    if (!existsSync(FIXTURE)) await writeFixture(FIXTURE);
    const { references } = await loadResults([FIXTURE], { year: null, minScores: DEFAULT_MIN_SCORES });
    const common = { year: 2023, procedure: 'VPR-MA-5', meanScore: null };
    expect(references).toEqual([
      { ...common, level: 'region', municipality: null, failPct: 12.3 },
      { ...common, level: 'district', municipality: 'Славянский район', failPct: 14 },
      { ...common, level: 'district', municipality: 'Темрюкский район', failPct: 9.5 },
    ]);
  });
});
