/**
 * The pupils layout on files of our own in the shapes of ФИС ОКО's per-pupil export and protocol form
 * (real-exports/README.md): all cells text, «X»/«x»/«Х», Latin «H», «не пройд.», «отсутствовал», a
 * total that disagrees with its tasks. ВПР 2021 математика 5 кл. is read through the shipped scale:
 * «2» 0–6, «3» 7–10, «4» 11–14, «5» 15–20.
 */
import { afterAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { loadResults } from '../../../src/io/load.js';
import { DEFAULT_MIN_SCORES } from '../../../src/model/min-scores.js';
import { combineScales } from '../../../src/model/scales.js';
import { removeTempDirs, tempDir, writeTemp } from '../helpers.js';
import { join } from 'node:path';

afterAll(removeTempDirs);

const EXPORT_NAME = 'Проведение работы по математике, 5 класс. ВПР 2021.csv';
const TASKS = Array.from({ length: 16 }, (_, i) => `балл за ${i + 1}`);
const HEADER = ['логин школы', 'регион', 'номер обучающегося', 'код обучающегося', 'отметка за предыдущую четверть/триместр', 'пол', 'класс', 'вариант', 'всего баллов', ...TASKS, 'Учебник'];

/** A pupil's row: its 16 task cells given as a list (padded with «0»). */
function pupil(school: string, municipality: string, code: number, variant: string, total: string, tasks: string[]): string[] {
  const cells = [...tasks, ...Array<string>(16 - tasks.length).fill('0')];
  return [school, municipality, String(code), String(50000 + code), '4', 'м', 'а', variant, total, ...cells, 'Учебник'];
}

const ROWS = [
  HEADER,
  // sch1: 1+1+2+2 = 6 → «2»
  pupil('sch1', 'Зональный муниципальный район', 1, '1', '6', ['1', '1', '2', '2']),
  // X, x, Cyrillic Х are 0: 1+2+2+2 = 7 → «3»
  pupil('sch1', 'Зональный муниципальный район', 2, '2', '7', ['X', '1', 'x', '2', 'Х', '2', '2']),
  // «не пройд.» adds nothing: 2+2+2+2+2+2+1+1+1 = 15 → «5»
  pupil('sch1', 'Зональный муниципальный район', 3, '1', '15', ['не пройд.', '2', '2', '2', '2', '2', '2', 'не пройд.', '1', '1', '1']),
  // absent: no total, no task cells
  ['sch1', 'Зональный муниципальный район', '4', '50004', 'нет отметки', 'ж', 'а', 'отсутствовал', '', ...Array<string>(16).fill(''), ''],
  // total 12 but the tasks give 2+2+2+2+2+1 = 11: left out
  pupil('sch1', 'Зональный муниципальный район', 5, '2', '12', ['2', '2', '2', '2', '2', '1']),
  // edu2: Latin «H» is 0: 2+2+2+2+1+1+1 = 11 → «4»
  pupil('edu2', 'г. Алейск', 1, '1', '11', ['2', 'H', '2', '2', '2', '1', '1', '1']),
  // 21 above the maximum 20
  pupil('edu2', 'г. Алейск', 2, '1', '21', ['2', '2', '2', '2', '2', '2', '2', '2', '2', '2', '1']),
  // «abc» is not a score
  pupil('edu2', 'г. Алейск', 3, '2', '3', ['1', 'abc', '2']),
  // variant «0», no total beside task points 1+2+2 = 5
  pupil('edu2', 'г. Алейск', 4, '0', '', ['1', '2', '2']),
  // nothing but «Н» and no total: a pupil who did not come
  pupil('edu2', 'г. Алейск', 5, '2', '', Array<string>(16).fill('Н')),
  // «отсутствовал» beside a point: which is it? left out
  pupil('edu2', 'г. Алейск', 6, 'отсутствовал', '', ['1', '', '', '', '', '', '', '', '', '', '', '', '', '', '', '']),
];

const csv = (rows: string[][]) => rows.map((r) => r.join(';')).join('\n');

describe('pupils layout: the region\'s per-pupil export', () => {
  it('takes the work from the file name and the marks from the 2021 scale; absent pupils (marked, or only «Н») are not participants', async () => {
    const file = await writeTemp(EXPORT_NAME, csv(ROWS));
    const { records, issues, files } = await loadResults([file], { year: null, minScores: DEFAULT_MIN_SCORES });
    expect(files[0]!.sheets[0]!.layout).toBe('pupils');
    // sch1: «2», «3», «5» of 3 present pupils (the absent one and the mismatch left out); mean (6 + 7 + 15) / 3 = 9.33
    expect(records.find((r) => r.schoolId === 'sch1')).toMatchObject({
      procedure: 'VPR-MA-5', year: 2021, municipality: 'Зональный муниципальный район',
      participants: 3, failed: 1, markCounts: { 2: 1, 3: 1, 4: 0, 5: 1 }, meanScore: 9.33, source: { row: 2 },
    });
    expect(records.find((r) => r.schoolId === 'edu2')).toMatchObject({ participants: 1, failed: 0, markCounts: { 2: 0, 3: 0, 4: 1, 5: 0 }, meanScore: 11, municipality: 'г. Алейск' });
    expect(issues.map((i) => [i.row, i.column, i.code, i.params])).toEqual([
      [6, 'всего баллов', 'total-mismatch', { total: 12, sum: 11 }],
      [8, 'всего баллов', 'score-above-max', { score: 21, max: 20, procedure: 'VPR-MA-5', year: 2021 }],
      [9, 'балл за 2', 'bad-points', { value: 'abc' }],
      [10, 'всего баллов', 'total-mismatch', { total: '', sum: 5 }],
      [12, 'вариант', 'absent-with-points', { value: 'отсутствовал' }],
      [null, null, 'absent-pupils', { count: 2 }],
    ]);
  });

  it('refuses a work with no scale, naming it; a --scales entry for that year reads it', async () => {
    const file = await writeTemp('Проведение работы по математике, 5 класс. ВПР 2022.csv', csv(ROWS.slice(0, 3)));
    await expect(loadResults([file], { year: null, minScores: DEFAULT_MIN_SCORES })).rejects.toMatchObject({
      code: 'no-scale', params: { procedure: 'VPR-MA-5', year: 2022 }, location: { file, row: 1 },
    });
    // with «2» for 0–4: 6 is a «3» now, 7 a «4»
    const scales = combineScales([{ year: 2022, procedure: 'VPR-MA-5', min3: 5, min4: 7, min5: 10, max: 20, source: 'own' }]);
    const { records } = await loadResults([file], { year: null, minScores: DEFAULT_MIN_SCORES, scales });
    expect(records[0]).toMatchObject({ year: 2022, participants: 2, failed: 0, markCounts: { 2: 0, 3: 1, 4: 1, 5: 0 } });
  });

  it('takes the work from --procedure and --year when the file name does not say it, and says which is missing', async () => {
    const file = await writeTemp('export.csv', csv(ROWS.slice(0, 3)));
    await expect(loadResults([file], { year: 2021, minScores: DEFAULT_MIN_SCORES })).rejects.toMatchObject({ code: 'procedure-unknown', location: { file, row: 1 } });
    await expect(loadResults([file], { year: null, procedure: 'VPR-MA-5', minScores: DEFAULT_MIN_SCORES })).rejects.toMatchObject({ code: 'year-unknown' });
    const { records } = await loadResults([file], { year: 2021, procedure: 'ВПР Математика 5 класс', minScores: DEFAULT_MIN_SCORES });
    expect(records[0]).toMatchObject({ procedure: 'VPR-MA-5', year: 2021, participants: 2, failed: 1 });
  });
});

describe('pupils layout: a school\'s protocol form', () => {
  it('reads the school and the municipality after their codes, «Код» as the pupil\'s, and a cached formula total', async () => {
    const path = join(await tempDir(), 'protocol.xlsx');
    const book = new ExcelJS.Workbook();
    book.addWorksheet('Классы').addRow(['Пользователь', 'Школа', 'Буква (цифра) класса']).commit?.();
    const sheet = book.addWorksheet('Протокол');
    sheet.addRow(['Пользователь', 'Регион', 'Муниципалитет', 'Школа', 'Дата загрузки', 'Код', 'Вариант', '1 (1б)', '2 (2б)', '3 (1б)', 'Наименование класса', 'Итого баллов']);
    const row = (code: number, variant: string | number, tasks: (number | null)[], total: number | null) =>
      ['edu223017', 'reg220000 | Алтайский край', 'reg22_m001 | Алейский муниципальный район', 'edu223017 | МБОУ "Вавилонская СОШ"', '17.03.2022 05:09:18', code, variant, ...tasks, 'нет',
        { formula: 'SUM(H2:J2)', result: total ?? undefined }];
    sheet.addRow(row(50001, 1, [1, 2, 1], 4));
    sheet.addRow(row(50002, 2, [0, 1, 0], 1));
    sheet.addRow(row(50003, 'отсутствовал', [null, null, null], null));
    await book.xlsx.writeFile(path);
    // a scale of our own for 2022 (none is shipped): «2» for 0–1
    const scales = combineScales([{ year: 2022, procedure: 'VPR-MA-5', min3: 2, min4: 3, min5: 4, max: 4, source: 'own' }]);
    const { records, issues } = await loadResults([path], { year: 2022, procedure: 'VPR-MA-5', minScores: DEFAULT_MIN_SCORES, scales });
    expect(records).toHaveLength(1);
    // one school, not one per pupil: 50001 scores 4 → «5», 50002 scores 1 → «2»; 50003 absent
    expect(records[0]).toMatchObject({
      schoolId: 'edu223017', schoolName: 'МБОУ "Вавилонская СОШ"', municipality: 'Алейский муниципальный район',
      participants: 2, failed: 1, markCounts: { 2: 1, 3: 0, 4: 0, 5: 1 },
    });
    expect(issues.map((i) => [i.sheet, i.code]).sort()).toEqual([['Классы', 'sheet-without-header'], ['Протокол', 'absent-pupils']]);
  });
});
