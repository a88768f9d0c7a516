/**
 * ФИС ОКО's protocol form as schools fill it and the region publishes it: a workbook with the sheet
 * «Классы» beside «Протокол», task headers with their maximum («6 (2б)»), «Итого баллов» a formula
 * with a cached result, absent pupils; and the form a school keeps with two sheets of the same
 * pupils, «Класс №» and a criterion column «11.3 k1 (2б)». Small workbooks of the real shape, made here.
 */
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { loadTaskResults } from '../../../src/io/tasks/load.js';
import type { Scale } from '../../../src/model/scales.js';
import type { TaskResultRecord } from '../../../src/model/tasks.js';
import { removeTempDirs, tempDir } from '../helpers.js';
import { cellsOf, maxOf } from './harness.js';
import { join } from 'node:path';

afterAll(removeTempDirs);

type Row = (string | number | null | { formula: string; result?: number })[];

async function workbook(name: string, sheets: [string, Row[]][]): Promise<string> {
  const book = new ExcelJS.Workbook();
  for (const [sheet, rows] of sheets) book.addWorksheet(sheet).addRows(rows);
  const path = join(await tempDir(), name);
  await book.xlsx.writeFile(path);
  return path;
}

const SCHOOL = ['edu223017', 22, 'reg220000 | Алтайский край', 'reg22_m001 | Алейский муниципальный район', 'edu223017 | МБОУ "Вавилонская СОШ"', '17.03.2022 05:09:18'];
const CLASSES: Row[] = [
  ['Пользователь', 'Код региона', 'Регион', 'Муниципалитет', 'Школа', 'Дата загрузки', 'Буква (цифра) класса. Введите "нет" - если отсутствует', 'Основной учебник по предмету'],
  [...SCHOOL, 'нет', 'ma5.8 | Мерзляк А.Г. Математика 5 класс'],
];
const HEADER = [
  'Пользователь', 'Код региона', 'Регион', 'Муниципалитет', 'Школа', 'Дата загрузки', 'Код', 'Вариант', '1 (1б)', '2 (1б)', '6 (2б)', '11.1 (1б)',
  'Наименование класса', 'Пол', 'Отметка за предыдущий триместр/ четверть/полугодие', 'Итого баллов',
];
/** A pupil's row; «Итого баллов» is the form's formula with the result Excel cached (none for an absent pupil). */
const pupil = (row: number, code: number, variant: number | string, points: (number | null)[], total: number | null, journal: number | null): Row => [
  ...SCHOOL, code, variant, ...points, 'нет', 'ж', journal, { formula: `IF(LEN(I${row})>0, SUM(I${row}:L${row}), "")`, ...(total === null ? {} : { result: total }) },
];
const PROTOCOL: Row[] = [
  HEADER,
  pupil(2, 50001, 1, [1, 0, 2, 1], 4, 3),
  pupil(3, 50002, 2, [0, 1, 1, 0], 2, 4),
  pupil(4, 50003, 1, [1, 1, 0, 0], 2, 5),
  pupil(5, 50004, 'отсутствовал', [null, null, null, null], null, null),
  pupil(6, 50005, 2, [1, 1, 2, 1], 6, 4), // the tasks add up to 1 + 1 + 2 + 1 = 5, the total says 6
  pupil(7, 50006, 1, [0, 0, 3, 1], 4, 3), // 3 points on the 2-point task 6
];

const school = (records: TaskResultRecord[]) => records.find((r) => r.className === null && r.teacher === null)!;

describe('the protocol form of one school (ВПР 2022 математика 5 кл.)', async () => {
  const file = await workbook('protocol.xlsx', [['Классы', CLASSES], ['Протокол', PROTOCOL]]);
  const { records, issues } = await loadTaskResults([file], { maps: [], procedure: 'VPR-MA-5' });

  it('reads the school and its municipality from «edu… | name» and «reg… | name»; the year from the upload date', () => {
    // no year in a title, the sheet or the file name: «17.03.2022» is the school year 2021/2022, named 2022
    expect(school(records)).toMatchObject({
      procedure: 'VPR-MA-5', year: 2022, schoolId: 'edu223017', name: 'МБОУ "Вавилонская СОШ"', municipality: 'Алейский муниципальный район',
    });
  });

  it('takes each task\'s maximum from its header', () => {
    expect(maxOf(school(records))).toEqual({ '1': 1, '2': 1, '6': 2, '11.1': 1 });
  });

  it('counts the pupils whose rows hold: «Код» is the pupil, the absent pupil apart, the bad rows out', () => {
    // 50001–50003 take part; 50004 is absent; 50005 (total) and 50006 (above the maximum) are left out
    expect(school(records)).toMatchObject({ participants: 3, absent: 1 });
    // task 1: 1 + 0 + 1 = 2 of 3; task 2: 0 + 1 + 1 = 2 of 3; task 6: 2 + 1 + 0 = 3 of 3 (success later 3 / (2 × 3) = 50 %); 11.1: 1 of 3
    expect(cellsOf(school(records))).toEqual({ '1': [2, 3, 1], '2': [2, 3, 1], '6': [3, 3, 1], '11.1': [1, 3, 2] });
    // «нет» in «Наименование класса»: no class, and no warning for it
    expect(records.map((r) => r.className)).toEqual([null]);
  });

  it('says what it left out and why, once each; no column of the form is «unknown»', () => {
    expect(issues.map((i) => [i.sheet, i.row, i.column, i.code])).toEqual([
      ['Классы', 1, null, 'class-list-sheet'],
      ['Протокол', null, null, 'no-scale'],
      ['Протокол', 6, 'Итого баллов', 'total-mismatch'],
      ['Протокол', 7, '6 (2б)', 'points-above-max'],
      [null, null, null, 'absent-pupils'],
    ]);
    expect(issues[2]!.params).toEqual({ total: '6', sum: 5 });
    expect(issues[4]!.params).toEqual({ count: 1 });
  });

  it('gives the marks from the totals through the scale of the year, never from the journal mark', async () => {
    // a scale of ВПР 2022 for this 5-point work: 0–2 «2», 3 «3», 4 «4», 5 «5»; totals 4, 2, 2 → «4», «2», «2»
    const scale: Scale = { year: 2022, procedure: 'VPR-MA-5', min3: 3, min4: 4, min5: 5, max: 5, source: 'test' };
    const marked = await loadTaskResults([file], { maps: [], procedure: 'VPR-MA-5', scales: [scale] });
    // the journal marks 3, 4, 5 would give no «2» at all
    expect(school(marked.records).marks).toEqual({ marked: 3, sum: 8, failed: 2 });
    expect(marked.issues.map((i) => i.code)).not.toContain('no-scale');
  });

  it('gives no marks through a scale for a work of another maximum', async () => {
    const scale: Scale = { year: 2022, procedure: 'VPR-MA-5', min3: 7, min4: 11, min5: 15, max: 20, source: 'test' };
    const marked = await loadTaskResults([file], { maps: [], procedure: 'VPR-MA-5', scales: [scale] });
    expect(school(marked.records).marks).toBeUndefined();
    // the task maximums 1 + 1 + 2 + 1 = 5, the scale's 20
    expect(marked.issues.find((i) => i.code === 'scale-max-mismatch')?.params).toEqual({ procedure: 'VPR-MA-5', year: 2022, sum: 5, max: 20 });
  });

  it('takes the year from the file name before the upload date', async () => {
    const named = await workbook('ВПР 2021 протокол.xlsx', [['Протокол', PROTOCOL]]);
    expect(school((await loadTaskResults([named], { maps: [], procedure: 'VPR-MA-5' })).records).year).toBe(2021);
  });
});

describe('the form a school keeps: two sheets of the same pupils, «Класс №», a criterion column', async () => {
  const header = (part2: boolean) => [
    'Код', 'Вариант (часть 1)', '1 (1б)', '5.1 (1б)', ...(part2 ? ['Вариант (часть 2)'] : []), '11.3 k1 (2б)',
    'Класс № (список формируется из листа "Классы")', 'Пол', 'Отметка за предыдущий триместр/ четверть/полугодие', 'Итого баллов',
  ];
  const row = (part2: boolean, code: number, variant: number | string, points: (number | null)[], className: number | null, total: number | null): Row => [
    code, variant, points[0]!, points[1]!, ...(part2 ? [typeof variant === 'number' ? variant : null] : []), points[2]!, className, 'м', 5,
    { formula: 'IF(LEN(C2)>0, SUM(C2,D2,F2), "")', ...(total === null ? {} : { result: total }) },
  ];
  const sheet = (part2: boolean): Row[] => [
    header(part2),
    row(part2, 40001, 1, [1, 1, 2], 1, 4),
    row(part2, 40002, 2, [0, 1, 1], 1, 2),
    row(part2, 40003, 1, [1, 0, 0], 2, 1),
    row(part2, 40004, 'отсутствовал', [null, null, null], null, null),
  ];
  const file = await workbook('form.xlsx', [['Протокол', sheet(true)], ['Протокол_2', sheet(false)]]);

  it('needs the school: without a school column or --school, each sheet says so and is not read', async () => {
    const { records, issues } = await loadTaskResults([file], { maps: [], procedure: 'VPR-MA-5', year: 2021 });
    expect(records).toEqual([]);
    expect(issues.map((i) => [i.sheet, i.row, i.code])).toEqual([['Протокол', 1, 'protocol-without-school'], ['Протокол_2', 1, 'protocol-without-school']]);
  });

  describe('with --school and --year', async () => {
    const { records, issues } = await loadTaskResults([file], { maps: [], procedure: 'VPR-MA-5', year: 2021, school: 'S1' });

    it('counts a pupil the second sheet repeats once, and says so once for the sheet', () => {
      // three pupils and one absent, not six and two
      expect(school(records)).toMatchObject({ schoolId: 'S1', year: 2021, participants: 3, absent: 1 });
      // task 1: 1 + 0 + 1 = 2 of 3; 5.1: 1 + 1 + 0 = 2 of 3; criterion К1 of 11.3 (max 2): 2 + 1 + 0 = 3 of 3 → later 3 / (2 × 3) = 50 %
      expect(cellsOf(school(records))).toEqual({ '1': [2, 3, 1], '5.1': [2, 3, 1], '11.3 К1': [3, 3, 1] });
      expect(maxOf(school(records))).toEqual({ '1': 1, '5.1': 1, '11.3 К1': 2 });
      const repeated = issues.find((i) => i.code === 'repeated-pupils')!;
      expect(repeated).toMatchObject({ sheet: 'Протокол_2', row: 2, column: 'Код', params: { count: 4, code: '40001', sheet: 'Протокол', row: 2 } });
    });

    it('names a class of the form\'s list by its number, without a warning on its rows', () => {
      expect(records.filter((r) => r.className !== null).map((r) => [r.className, r.participants])).toEqual([['№ 1', 2], ['№ 2', 1]]);
      expect(issues.map((i) => i.code)).not.toContain('class-without-letter');
    });

    it('notes once that the 2021 scale (20 points) does not fit this work of 1 + 1 + 2 = 4 points', () => {
      expect(issues.filter((i) => i.code === 'scale-max-mismatch').map((i) => i.params)).toEqual([{ procedure: 'VPR-MA-5', year: 2021, sum: 4, max: 20 }]);
      expect(issues.map((i) => i.code).sort()).toEqual(['absent-pupils', 'repeated-pupils', 'scale-max-mismatch']);
    });
  });
});
