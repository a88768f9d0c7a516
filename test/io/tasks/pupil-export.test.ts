/**
 * ФИС ОКО's per-pupil export as a region gets it («Проведение работы по математике, 5 класс. ВПР
 * 2021.xlsx»): all cells text, task columns «балл за 1» … «балл за 16» numbered by position, «X»,
 * «не пройд.», «H» in task cells, «всего баллов», absent pupils, no ВПР mark; read with the
 * description of the work (task map) that names position 16 task 14. A small file of that shape.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { loadTaskMap, loadTaskResults } from '../../../src/io/tasks/load.js';
import { analyseTasks, taskParams } from '../../../src/rules/tasks.js';
import type { TaskResultRecord } from '../../../src/model/tasks.js';
import { removeTempDirs, writeTemp } from '../helpers.js';
import { cellsOf, maxOf, readTaskRows, taskMap } from './harness.js';

afterAll(removeTempDirs);

/** ВПР 2021 математика 5 кл.: 16 positions, the КИМ numbers and maximums of FIOKO's description (20 points). */
const KIM = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11.1', '11.2', '12.1', '12.2', '13', '14'];
const MAX = [1, 1, 1, 1, 1, 2, 1, 1, 2, 2, 1, 1, 1, 1, 1, 2];

const HEADER = [
  'логин школы', 'регион', 'номер обучающегося', 'код обучающегося', 'отметка за предыдущую четверть/триместр', 'пол', 'класс', 'вариант', 'всего баллов',
  ...KIM.map((_, i) => `балл за ${i + 1}`), 'Учебник', 'Др.уч. автор', 'Др.уч. название',
];

/** A pupil: every task cell «0» but those given by position. */
function pupil(school: string, region: string, n: number, className: string, variant: string, total: string, cells: Record<number, string>, journal = '4'): string[] {
  const tasks = KIM.map((_, i) => cells[i + 1] ?? (variant === 'отсутствовал' ? '' : '0'));
  return [school, region, String(n), String(50000 + n), journal, 'ж', className, variant, total, ...tasks, 'Виленкин Н.Я. Математика 5 класс', '', ''];
}

const FULL = Object.fromEntries(MAX.map((max, i) => [i + 1, String(max)]));
const ROWS = [
  HEADER,
  pupil('sch220001', 'город Барнаул', 1, 'а', '1', '20', FULL, '3'), // row 2: every task full, 20 → «5» (the journal says 3)
  pupil('sch220001', 'город Барнаул', 2, 'а', '2', '1', { ...Object.fromEntries(KIM.map((_, i) => [i + 1, 'X'])), 1: '1' }), // 3: «X» everywhere but task 1 → 1 → «2»
  // 4: x (Latin), Х (Cyrillic), H (Latin) are 0; «не пройд.» in position 8 is nothing; 1 + 1 = 2 → «2»
  pupil('sch220001', 'город Барнаул', 3, 'А', '1', '2', { 1: '1', 2: 'x', 3: 'Х', 4: 'H', 8: 'не пройд.', 16: '1' }),
  pupil('sch220001', 'город Барнаул', 4, '', 'отсутствовал', '', {}, ''), // 5: absent
  pupil('sch220001', 'город Барнаул', 5, 'а', '2', '19', FULL), // 6: the tasks make 20, «всего баллов» 19
  pupil('sch220002', 'Зональный муниципальный район', 1, 'нет', '1', '7', { 1: '1', 2: '1', 3: '1', 4: '1', 5: '1', 6: '1', 7: '1' }), // 7: 7 → «3»
  pupil('sch220002', 'Зональный муниципальный район', 2, 'нет', '2', '1', { 16: '1' }), // 8: 1 → «2»
];
const CSV = `${ROWS.map((row) => row.join(';')).join('\n')}\n`;

const DESCRIPTION = [
  '№ по КИМу;№;Умения, виды деятельности (в соответствии с ФГОС);Блоки ПООП НОО: выпускник научится / получит возможность научиться;Уровень сложности;Код КЭС;Код КТ;Максимальный балл за выполнение задания',
  ...KIM.flatMap((kim, i) => {
    const line = (kes: number) => `${kim};${i + 1};Умение ${kim};Блок ${kim};${i < 14 ? 'Б' : 'П'};${kes};1;${MAX[i]}`;
    // task 14 (position 16) has two rows, as in the description: one task
    return kim === '14' ? [line(1), line(3)] : [line(1)];
  }),
].join('\n');

const whole = (records: TaskResultRecord[], id: string) => records.find((r) => r.schoolId === id && r.className === null)!;

describe('the per-pupil export of ВПР 2021 математика 5 кл., with the description of the work', async () => {
  const file = await writeTemp('Проведение работы по математике, 5 класс. ВПР 2021.csv', CSV);
  const { map } = await loadTaskMap(await writeTemp('description.csv', DESCRIPTION));
  const { records, issues } = await loadTaskResults([file], { maps: [map] });

  it('takes the work from the file name, the school from «логин школы», the municipality from «регион»', () => {
    expect(whole(records, 'sch220001')).toMatchObject({ procedure: 'VPR-MA-5', year: 2021, municipality: 'город Барнаул', participants: 3, absent: 1 });
    expect(whole(records, 'sch220002')).toMatchObject({ municipality: 'Зональный муниципальный район', participants: 2, absent: 0 });
  });

  it('names «балл за N» by the map\'s task at position N: «балл за 16» is task 14, with its maximum', () => {
    const tasks = whole(records, 'sch220001').tasks;
    expect(tasks.map((t) => t.task)).toEqual(KIM);
    expect(maxOf(whole(records, 'sch220001'))).toEqual(Object.fromEntries(KIM.map((kim, i) => [kim, MAX[i]])));
  });

  it('reads «X», «x», «Х», «H» as 0 points and «не пройд.» as out of the task\'s denominator', () => {
    const cells = cellsOf(whole(records, 'sch220001'));
    // task 14 (position 16): 2 (pupil 1), X = 0 (pupil 2), 1 (pupil 3) → Σ 3 of 3, one 0
    expect(cells['14']).toEqual([3, 3, 1]);
    // task 8: 1, X = 0, «не пройд.» → Σ 1 of 2 answered; task 4: 1, X, H → Σ 1 of 3, two 0s
    expect(cells['8']).toEqual([1, 2, 1]);
    expect(cells['4']).toEqual([1, 3, 2]);
    expect(whole(records, 'sch220001').tasks[7]!.notTaught).toBe(1);
  });

  it('gives the marks from «всего баллов» through the 2021 scale (0–6 «2», 7–10 «3», 11–14 «4», 15–20 «5»)', () => {
    // sch220001: 20 → «5», 1 → «2», 2 → «2»: 2 «2» of 3, Σ 9; the journal marks (3, 4, 4) are not read
    expect(whole(records, 'sch220001').marks).toEqual({ marked: 3, sum: 9, failed: 2 });
    // sch220002: 7 → «3», 1 → «2»
    expect(whole(records, 'sch220002').marks).toEqual({ marked: 2, sum: 5, failed: 1 });
  });

  it('gives a class written as a letter alone the grade of the work: «а» and «А» are 5А; «нет» is no class', () => {
    expect(records.filter((r) => r.className !== null).map((r) => [r.schoolId, r.className, r.participants])).toEqual([['sch220001', '5А', 3]]);
  });

  it('reports the row whose total differs, and notes the absent and the «не пройд.» once for the file; no column unknown', () => {
    expect(issues.map((i) => [i.row, i.column, i.code, i.params])).toEqual([
      [6, 'всего баллов', 'total-mismatch', { total: '19', sum: 20 }],
      [null, null, 'absent-pupils', { count: 1 }],
      [null, null, 'not-taught', { cells: 1, tasks: '8 (1)' }],
    ]);
  });

  it('the region\'s success on task 14 pools the schools: (1·1 + 1·2 + 1·1) / (2 · 5) = 40%', () => {
    // answered on position 16: pupil 1 (2), pupil 2 (X), pupil 3 (1), sch220002: 0 and 1 → Σ 4 of 5
    const [work] = analyseTasks({ records, maps: [map], params: taskParams.parse({}), flagged: null, threshold: 30 });
    const task14 = work!.schools.find((s) => s.schoolId === 'sch220001')!.tasks.find((t) => t.task === '14')!;
    expect(task14).toMatchObject({ reference: 40, success: 50, skill: 'Умение 14', content: 'Блок 14', noMax: false });
  });
});

describe('the export without a map, or with a map of other positions', () => {
  it('keeps the position as the task number and knows no maximum', async () => {
    const { records, issues } = await loadTaskResults([await writeTemp('Проведение работы по математике, 5 класс. ВПР 2021.csv', CSV)], { maps: [] });
    expect(whole(records, 'sch220001').tasks.map((t) => t.task)).toEqual(KIM.map((_, i) => String(i + 1)));
    expect(Object.values(maxOf(whole(records, 'sch220001')))).toEqual(KIM.map(() => null));
    // without maximums the row's total is still checked, and the scale still gives marks from it
    expect(issues.map((i) => i.code)).toEqual(['total-mismatch', 'absent-pupils', 'not-taught']);
    expect(whole(records, 'sch220001').marks).toEqual({ marked: 3, sum: 9, failed: 2 });
  });

  it('says when the map\'s positions and the file\'s columns do not match, and does not read a column the map lacks', () => {
    const map = { ...taskMap({ '1': 1, '2': 2 }), tasks: [
      { task: '1', position: 1, max: 1, skill: null, content: null, level: null },
      { task: '2', position: 2, max: 2, skill: null, content: null, level: null },
      { task: '3', position: 4, max: 1, skill: null, content: null, level: null },
    ] };
    const { records, issues } = readTaskRows([
      ['ВПР 2023. Математика 5 класс'],
      ['логин школы', 'код обучающегося', 'балл за 1', 'балл за 2', 'балл за 3'],
      ['sch1', '1', '1', '2', '1'],
    ], { maps: [map] });
    expect(issues.map((i) => [i.row, i.column, i.code, i.params])).toEqual([
      [2, null, 'task-positions-mismatch', { map: 'map.csv', columns: 3, positions: 3, missing: '4' }],
      [2, 'балл за 3', 'unknown-task', { task: '3', map: 'map.csv' }],
    ]);
    expect(cellsOf(records[0])).toEqual({ '1': [1, 1, 0], '2': [2, 1, 0] });
  });
});
