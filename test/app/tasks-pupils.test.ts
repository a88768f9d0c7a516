/**
 * shnor tasks on ФИС ОКО's per-pupil export and protocol form (issue 17): tasks whose maximum no
 * source gives are marked «нет максимума» in every format, never «затруднений нет»; with no
 * maximum at all the command stops, naming --map and --task-max. Small files of the real shapes;
 * the command run in-process.
 */
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseTaskMax } from '../../src/io/tasks/load.js';
import { tempDir, workbookFrom, writeIn } from './files.js';
import { runCommand, runCommandJson } from './run.js';

const EXPORT_NAME = 'Проведение работы по математике, 5 класс. ВПР 2021.csv';
// all cells text, as the export gives them; the third pupil is absent
const EXPORT = [
  'логин школы;регион;код обучающегося;класс;вариант;всего баллов;балл за 1;балл за 2;балл за 3',
  'sch220001;город Барнаул;50001;а;1;3;1;0;2',
  'sch220001;город Барнаул;50002;а;2;1;X;1;0',
  'sch220001;город Барнаул;50003;;отсутствовал;;;;',
].join('\n');

interface TaskJson { task: string; max: number | null; success: number | null; problem: boolean; noMax: boolean }
interface TasksJson { schools: { schoolId: string; participants: number; absent?: number; tasks: TaskJson[] }[] }

describe('shnor tasks on the per-pupil export', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await tempDir();
    await writeIn(dir, EXPORT_NAME, EXPORT);
  });

  it('without any maximum: exit 2 naming the ways to give them', async () => {
    const result = await runCommand('tasks', { inputs: [EXPORT_NAME] }, { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('ни у одного задания не известен максимальный балл');
    expect(result.stderr).toContain('--map');
    expect(result.stderr).toContain('--task-max');
    expect(result.stdout).toBe('');
  });

  it('with some maximums: the others are «нет максимума» in the JSON, CSV, Markdown and XLSX', async () => {
    const args = { inputs: [EXPORT_NAME], taskMax: parseTaskMax('1=1,3=2') };
    const { result, json } = await runCommandJson<TasksJson>('tasks', args, { cwd: dir });
    expect(result.code, result.stderr).toBe(0);
    // task 1: 1 + X = 1 of 2 → 50%; task 3: 2 + 0 of 2 × 2 → 50%; task 2 has points and no maximum
    expect(json.schools[0]).toMatchObject({ schoolId: 'sch220001', participants: 2, absent: 1 });
    expect(json.schools[0]!.tasks.map((t) => [t.task, t.max, t.success, t.noMax])).toEqual([['1', 1, 50, false], ['2', null, null, true], ['3', 2, 50, false]]);

    const md = await runCommand('tasks', args, { cwd: dir, format: 'md' });
    expect(md.stdout).toContain('нет максимального балла — успешность не вычислена: задания 2');
    expect(md.stdout).not.toContain('затруднений нет\n');

    const csv = await runCommand('tasks', args, { cwd: dir, format: 'csv' });
    const rows = Papa.parse<string[]>(csv.stdout.trim()).data;
    const problem = rows[0]!.indexOf('Затруднение');
    // 50% is not below 50% and equals the district (this one school): no problem
    expect(rows.slice(1).map((row) => row[problem])).toEqual(['нет', 'нет максимума', 'нет']);

    const written = await runCommand('tasks', args, { cwd: dir, format: 'xlsx' });
    expect(written.code, written.stderr).toBe(0);
    const book = await workbookFrom(written.stdoutBytes);
    const sheet = book.getWorksheet('Задания')!;
    const column = (sheet.getRow(1).values as unknown[]).indexOf('Затруднение');
    expect([2, 3, 4].map((n) => sheet.getRow(n).getCell(column).value)).toEqual(['нет', 'нет максимума', 'нет']);
  });
});

describe('shnor tasks protocol.xlsx --procedure VPR-MA-5 (the protocol form)', () => {
  it('reads the school, the year from the upload date, the maximums from the headers', async () => {
    const dir = await tempDir();
    const book = new ExcelJS.Workbook();
    book.addWorksheet('Классы').addRows([['Пользователь', 'Школа', 'Буква (цифра) класса. Введите "нет" - если отсутствует'], ['edu223017', 'edu223017 | МБОУ "Вавилонская СОШ"', 'нет']]);
    book.addWorksheet('Протокол').addRows([
      ['Пользователь', 'Муниципалитет', 'Школа', 'Дата загрузки', 'Код', 'Вариант', '4 (1б)', '6 (2б)', 'Наименование класса', 'Итого баллов'],
      ['edu223017', 'reg22_m001 | Алейский муниципальный район', 'edu223017 | МБОУ "Вавилонская СОШ"', '17.03.2022 05:09:18', 50001, 1, 1, 0, 'нет', { formula: 'SUM(G2:H2)', result: 1 }],
      ['edu223017', 'reg22_m001 | Алейский муниципальный район', 'edu223017 | МБОУ "Вавилонская СОШ"', '17.03.2022 05:09:18', 50002, 2, 0, 2, 'нет', { formula: 'SUM(G3:H3)', result: 2 }],
    ]);
    await book.xlsx.writeFile(join(dir, 'protocol.xlsx'));
    const { result, json } = await runCommandJson<TasksJson & { year: number }>('tasks', { inputs: ['protocol.xlsx'], procedure: 'VPR-MA-5' }, { cwd: dir });
    expect(result.code, result.stderr).toBe(0);
    // task 4: 1 of 2 → 50%; task 6: 2 of 2 × 2 → 50%
    expect(json).toMatchObject({ year: 2022, schools: [{ schoolId: 'edu223017', participants: 2 }] });
    expect(json.schools[0]!.tasks.map((t) => [t.task, t.max, t.success])).toEqual([['4', 1, 50], ['6', 2, 50]]);
    expect(result.stderr).toContain('лист «Классы» — список классов протокола, не результаты');
    expect(result.stderr).not.toContain('столбец не распознан');
  });
});
