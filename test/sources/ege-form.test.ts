/**
 * The real per-school ЕГЭ form of Забайкальский край (../shared/real-exports/zabaikalsky-ege-by-school-2022-2024.xlsx):
 * sheets «2024» (applications), «2023» and «2022» (results, title in row 2, header rows 6–7, data from row 8,
 * the region's total last). Expected values are read off the sheets by hand; the arithmetic is in the comments.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSchools } from '../../src/io/schools.js';
import { loadResults, type LoadResult } from '../../src/io/load.js';
import { DEFAULT_MIN_SCORES } from '../../src/model/min-scores.js';

const FILE = '../shared/real-exports/zabaikalsky-ege-by-school-2022-2024.xlsx';
const CHITA = 'Комитет образования администрации городского округа "Город Чита"';
const SCHOOL_1 = 'Муниципальное бюджетное общеобразовательное учреждение "Средняя общеобразовательная школа №1"';

describe('zabaikalsky-ege-by-school-2022-2024.xlsx through the ege-form layout', () => {
  let loaded: LoadResult;
  beforeAll(async () => {
    loaded = await loadResults([FILE], { year: 2023, minScores: DEFAULT_MIN_SCORES });
  });

  const of = (year: number, procedure?: string) => loaded.records.filter((r) => r.year === year && (procedure === undefined || r.procedure === procedure));
  const sum = (year: number, procedure: string, field: 'participants' | 'failed') => of(year, procedure).reduce((s, r) => s + r[field]!, 0);
  const issues = (sheet: string, code: string) => loaded.issues.filter((i) => i.sheet === sheet && i.code === code);

  it('reads sheets 2023 and 2022 as the form from the header in row 6; sheet 2024 counts applications and is skipped with a note', () => {
    // in tab order (workbook.xml: 2024, 2023, 2022), not the zip's (sheet2, sheet3, sheet1)
    expect(loaded.files[0]!.sheets.map((s) => [s.sheet, s.layout, s.headerRow])).toEqual([
      ['2024', 'ege-form', 6], ['2023', 'ege-form', 6], ['2022', 'ege-form', 6],
    ]);
    expect(loaded.issues.filter((i) => i.sheet === '2024')).toEqual([
      { file: FILE, sheet: '2024', row: null, column: null, code: 'not-results-sheet', params: {} },
    ]);
    expect(loaded.issues.some((i) => i.code === 'sheet-without-header')).toBe(false);
  });

  it('sheet 2022 is 2022 by its name and title, though its header says «Всего выпускников в 2023 году»', () => {
    expect(new Set(loaded.records.filter((r) => r.source.sheet === '2022').map((r) => r.year))).toEqual(new Set([2022]));
    expect(issues('2022', 'year-conflict')).toEqual([
      expect.objectContaining({ row: 6, params: { year: 2022, from: 'sheet', other: 2023, otherFrom: 'header' } }),
    ]);
  });

  it('the region total of 2023 (row 381) is a reference value, not a school: Русский язык 4955 / 7, профильная 1721 / 204', () => {
    const region = (procedure: string) => loaded.references.find((r) => r.year === 2023 && r.level === 'region' && r.procedure === procedure);
    // 7 × 100 / 4955 = 0.1413 %; 204 × 100 / 1721 = 11.85 %
    expect(region('EGE-RU')).toEqual({ year: 2023, procedure: 'EGE-RU', meanScore: 61.76, failPct: 700 / 4955, level: 'region', municipality: null });
    expect(region('EGE-MA-P')).toEqual({ year: 2023, procedure: 'EGE-MA-P', meanScore: 47.47, failPct: 20400 / 1721, level: 'region', municipality: null });
    expect(issues('2023', 'total-as-reference')).toEqual([
      expect.objectContaining({ row: 381, column: 'Муниципальное образование', params: { value: 'итого по Забайкальскому краю', level: 'region', reason: 'names-region' } }),
    ]);
    expect(loaded.records.some((r) => /итого/i.test(r.schoolId))).toBe(false);
  });

  it('the school rows add up to the region total: 2023 RU 4955 / 7 and MA-P 1721 / 204; 2022 (row 379) RU 5211 / 64 and MA-P 1886 / 322', () => {
    expect([sum(2023, 'EGE-RU', 'participants'), sum(2023, 'EGE-RU', 'failed')]).toEqual([4955, 7]);
    expect([sum(2023, 'EGE-MA-P', 'participants'), sum(2023, 'EGE-MA-P', 'failed')]).toEqual([1721, 204]);
    expect([sum(2022, 'EGE-RU', 'participants'), sum(2022, 'EGE-RU', 'failed')]).toEqual([5211, 64]);
    expect([sum(2022, 'EGE-MA-P', 'participants'), sum(2022, 'EGE-MA-P', 'failed')]).toEqual([1886, 322]);
  });

  it('a total mean that is not its schools\' is reported and left out of the reference: 2023 История 9.74 (schools 49.95), базовая 3.18 (3.94); 2022 базовая 3 (3.66)', () => {
    expect(issues('2023', 'total-mean-mismatch').map((i) => [i.row, i.column, i.params])).toEqual([
      [381, 'История — средний балл', { given: 9.74, computed: 49.95 }],
      [381, 'Математика базовая — средний балл', { given: 3.18, computed: 3.94 }],
    ]);
    expect(issues('2022', 'total-mean-mismatch').map((i) => [i.row, i.params])).toEqual([[379, { given: 3, computed: 3.66 }]]);
    expect(loaded.references.find((r) => r.year === 2023 && r.procedure === 'EGE-MA-B')).toMatchObject({ meanScore: null, failPct: 11_200 / 3434 });
  });

  it('school №1 of Чита, sheet 2023 row 8: twelve subjects taken, empty cells as 0, базовая математика a mean mark', () => {
    const rows = of(2023).filter((r) => r.source.row === 8);
    expect(rows.every((r) => r.schoolId === SCHOOL_1 && r.schoolName === SCHOOL_1 && r.municipality === CHITA)).toBe(true);
    expect(rows.map((r) => [r.procedure, r.participants, r.failed, r.highCount, r.meanScore])).toEqual([
      ['EGE-RU', 51, 0, 13, 71.61], // 51 | 0 | 13 | (empty) | 71.61
      ['EGE-MA-P', 23, 0, 0, 57.35], // 23 | (empty) ×3 | 57.35
      ['EGE-PH', 6, 1, 0, 45.67],
      ['EGE-CH', 3, 0, null, 56.67], // «получили 100 баллов» 3 of 3 with a mean of 56.67: 300 > 170 points, left out
      ['EGE-BI', 3, 0, 0, 69],
      ['EGE-HI', 17, 1, 1, 54.65],
      ['EGE-GE', 1, 0, 0, 64],
      ['EGE-EN', 7, 0, 0, 60.29],
      ['EGE-SO', 24, 4, 2, 55.42],
      ['EGE-LI', 3, 0, 0, 49],
      ['EGE-MA-B', 28, 0, null, 4.21],
      ['EGE-IN', 17, 0, 2, 60.41],
    ]);
  });

  it('2023 Химия: the «получили 100 баллов» column sums to 798 over 568 participants — every school\'s high count is left out, the results kept', () => {
    const chemistry = of(2023, 'EGE-CH');
    expect([chemistry.length, chemistry.filter((r) => r.highCount === null).length]).toEqual([156, 156]);
    // 156 school rows and the total row (53 + 798 > 568); none in 2022
    expect([issues('2023', 'high-count-inconsistent').length, issues('2022', 'high-count-inconsistent').length]).toEqual([157, 0]);
  });

  it('schools and municipalities per sheet: 314 schools with results of 373 (2023) and 371 (2022) school rows, in 36 municipal bodies', () => {
    for (const [year, records] of [[2023, 2347], [2022, 2365]] as const) {
      const rows = of(year);
      expect(rows).toHaveLength(records);
      expect(new Set(rows.map((r) => r.schoolId)).size).toBe(314);
      expect(new Set(rows.map((r) => r.municipality)).size).toBe(36);
    }
    // the oral columns are noted once a sheet, never read
    expect([issues('2023', 'oral-columns-ignored').length, issues('2022', 'oral-columns-ignored').length]).toEqual([1, 1]);
    expect(loaded.issues.filter((i) => !['high-count-inconsistent', 'name-matched'].includes(i.code) && i.sheet !== '2024').map((i) => i.code).sort()).toEqual([
      'oral-columns-ignored', 'oral-columns-ignored', 'total-as-reference', 'total-as-reference', 'total-mean-mismatch',
      'total-mean-mismatch', 'total-mean-mismatch', 'year-conflict',
    ]);
  });

  it('joins the 22 schools spelt otherwise in 2022 than in 2023 («…» and "…", «№1» and «№ 1», МБОУ and МАОУ), each match listed', () => {
    // listed by reading the two sheets' names side by side within each municipality: 288 schools stand in both years
    const joined = loaded.issues.filter((i) => i.code === 'name-matched');
    expect(joined).toHaveLength(22);
    expect(joined.every((i) => i.sheet === '2022')).toBe(true);
    expect(joined.find((i) => i.row === 230)!.params).toMatchObject({
      name: 'Муниципальное общеобразовательное учреждение – гимназия №1', known: 'Муниципальное общеобразовательное учреждение - гимназия №1',
    });
    const years = new Map<string, Set<number>>();
    for (const r of loaded.records) years.set(r.schoolId, (years.get(r.schoolId) ?? new Set()).add(r.year));
    expect([...years.values()].filter((y) => y.size === 2)).toHaveLength(288);
  });

  describe('with a --schools list', () => {
    let dir: string;
    beforeAll(async () => {
      dir = await mkdtemp(join(tmpdir(), 'shnor-ege-'));
    });
    afterAll(() => rm(dir, { recursive: true, force: true }));

    it('joins a school spelt «…» in 2022 and "…" in 2023 to one id, each match listed', async () => {
      const list = join(dir, 'schools.csv');
      await writeFile(list, 'Код ОО;Наименование ОО\nedu750048;Муниципальное общеобразовательное учреждение "Средняя общеобразовательная школа № 48 г. Борзи"\n');
      const { schools } = await loadSchools(list);
      const joined = await loadResults([FILE], { year: 2023, minScores: DEFAULT_MIN_SCORES, schools });
      expect(joined.issues.filter((i) => i.code === 'name-matched' && i.params.id === 'edu750048').map((i) => [i.sheet, i.row])).toEqual([['2023', 99], ['2022', 97]]);
      expect(new Set(joined.records.filter((r) => r.schoolId === 'edu750048').map((r) => r.year))).toEqual(new Set([2022, 2023]));
    });
  });
});
