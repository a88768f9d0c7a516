/**
 * The task-level files analysts have (issue 17), read as published (../shared/real-exports): ФИС
 * ОКО's per-pupil export of ВПР 2021 математика 5 кл. (Altai krai) with the description of the work,
 * one school's protocol form of ВПР 2022, and a school's form with two sheets and a criterion
 * column. Every value below was counted by hand from the files' cells (the counts are given).
 */
import { describe, expect, it } from 'vitest';
import { loadTaskMap, loadTaskResults } from '../../src/io/tasks/load.js';
import type { TaskResultRecord } from '../../src/model/tasks.js';
import { analyseTasks, taskParams, type ProcedureTasks } from '../../src/rules/tasks.js';

const DIR = '../shared/real-exports';
const EXPORT = `${DIR}/Проведение работы по математике, 5 класс. ВПР 2021.xlsx`;
const DESCRIPTION = `${DIR}/altai-vpr2021-ma5-task-description.xlsx`;
const FORM = `${DIR}/altai-vpr2022-ma5-protocol-form.xlsx`;
const SUBTASKS = `${DIR}/vpr-protocol-form-subtasks.xlsx`;

const params = taskParams.parse({});
const whole = (records: TaskResultRecord[]) => records.filter((r) => r.className === null && r.teacher === null);
const analyse = (records: TaskResultRecord[], maps: Parameters<typeof analyseTasks>[0]['maps'] = []): ProcedureTasks =>
  analyseTasks({ records, maps, params, flagged: null, threshold: 30 })[0]!;
const task = (work: ProcedureTasks, school: string, id: string) => work.schools.find((s) => s.schoolId === school)!.tasks.find((t) => t.task === id)!;

describe('the per-pupil export of ВПР 2021 математика 5 кл. with the description of the work', async () => {
  const { map, issues: mapIssues } = await loadTaskMap(DESCRIPTION);
  const { records, issues } = await loadTaskResults([EXPORT], { maps: [map] });
  const work = analyse(records, [map]);

  it('reads the description: 16 tasks by their КИМ number, position 16 being task 14 (2 points); its 33 rows merged', () => {
    expect(mapIssues).toEqual([]);
    expect(map.tasks.map((t) => [t.task, t.position])).toEqual([
      ['1', 1], ['2', 2], ['3', 3], ['4', 4], ['5', 5], ['6', 6], ['7', 7], ['8', 8], ['9', 9], ['10', 10],
      ['11.1', 11], ['11.2', 12], ['12.1', 13], ['12.2', 14], ['13', 15], ['14', 16],
    ]);
    // the maximums add up to the work's 20 points
    expect(map.tasks.reduce((sum, t) => sum + t.max!, 0)).toBe(20);
    // task 4's four rows (КЭС 1 and 3, КТ 1 and 2) are one task with one skill and one content block
    expect(map.tasks[3]).toMatchObject({ skill: 'Развитие представлений о числе и числовых системах от натуральных до действительных чисел', level: 'Б' });
  });

  it('takes the work from the file name: ВПР математика 5 кл., 2021; 634 schools with participants', () => {
    expect(work).toMatchObject({ procedure: 'VPR-MA-5', year: 2021 });
    expect(work.schools).toHaveLength(634);
  });

  it('leaves out the 9 rows whose tasks do not add up to «всего баллов», and the one 2-point cell of a 1-point task', () => {
    // row 14927: variant «0», «всего баллов» blank and 5 points in the tasks; row 24785: 2 points in «балл за 8» (max 1)
    const left = issues.filter((i) => i.code === 'total-mismatch' || i.code === 'points-above-max').map((i) => [i.row, i.column, i.code]);
    expect(left).toEqual([
      ...[1135, 1142, 14927].map((row) => [row, 'всего баллов', 'total-mismatch']),
      [24785, 'балл за 8', 'points-above-max'],
      ...[24901, 24902, 24903, 24904, 24905, 25131].map((row) => [row, 'всего баллов', 'total-mismatch']),
    ]);
    expect(issues.find((i) => i.row === 14927)!.params).toEqual({ total: '', sum: 5 });
  });

  it('counts the 2,433 absent pupils apart: 26,139 rows − 2,433 absent − 10 left out = 23,696 participants', () => {
    expect(whole(records).reduce((sum, r) => sum + r.participants, 0)).toBe(23696);
    expect(issues.find((i) => i.code === 'absent-pupils')!.params).toEqual({ count: 2433 });
    // «не пройд.»: 13,597 cells in the file, 10 of them in the rows left out
    expect(issues.find((i) => i.code === 'not-taught')!.params.cells).toBe(13587);
  });

  it('region success on task 14 («балл за 16»), «X» as 0: (875·1 + 1164·2) / (2 · 23,501) = 6.8%', () => {
    // of the 23,696 participants, 195 have «не пройд.» there: 23,501 answered (13,104 «0», 8,042 «X», 316 «x», 875 «1», 1,164 «2»);
    // on all rows, as the issue counts it: (877 + 2 · 1165) / (2 · 23,511) = 6.8% as well
    expect(work.reference).toBe('district');
    expect(Math.round(task(work, 'sch220028', '14').reference! * 10) / 10).toBe(6.8);
  });

  it('reads the Latin «H» of sch220178 in task 8 as 0: 16 «1» and 34 «H» of 50 participants → 32%', () => {
    expect(task(work, 'sch220178', '8').success).toBeCloseTo(32, 6);
  });

  it('gives the marks through the 2021 scale (0–6 → «2»): sch220093 has 22 «2» of 44, 50% — a low result', () => {
    const school = work.schools.find((s) => s.schoolId === 'sch220093')!;
    expect(school.marks).toMatchObject({ marked: 44, failed: 22, failShare: 50, low: true });
  });
});

describe('one school\'s protocol form of ВПР 2022 математика 5 кл.', async () => {
  const { records, issues } = await loadTaskResults([FORM], { maps: [], procedure: 'VPR-MA-5' });
  const work = analyse(records);

  it('reads «Протокол»: 7 pupils of edu223017 in Алейский район, 2022, the maximums from the headers', () => {
    expect(whole(records)).toMatchObject([{
      schoolId: 'edu223017', name: 'МБОУ "Вавилонская СОШ"', municipality: 'Алейский муниципальный район', year: 2022, participants: 7, absent: 0,
    }]);
    expect(records[0]!.tasks.map((t) => `${t.task}:${t.max}`).join(' ')).toBe(
      '1:1 2:1 3:1 4:1 5:1 6:2 7:1 8:1 9:2 10:2 11.1:1 11.2:1 12.1:1 12.2:1 13:1 14:2',
    );
  });

  it('task 4: 1, 0, 0, 0, 1, 1, 0 → 3/7 = 42.9%; task 12.2: one 1 of 7 → 14.3%', () => {
    expect(task(work, 'edu223017', '4').success).toBeCloseTo((3 / 7) * 100, 6);
    expect(task(work, 'edu223017', '12.2').success).toBeCloseTo((1 / 7) * 100, 6);
  });

  it('skips «Классы» with a note, knows every column of «Протокол», and says once that 2022 has no scale', () => {
    // «Итого баллов» 7, 10, 11, 7, 12, 7, 11: each the sum of the row's tasks, so no row is left out
    expect(issues.map((i) => [i.sheet, i.code])).toEqual([['Классы', 'class-list-sheet'], ['Протокол', 'no-scale']]);
  });
});

describe('a school\'s form with two sheets of the same pupils (--school, --year)', async () => {
  const { records, issues } = await loadTaskResults([SUBTASKS], { maps: [], procedure: 'VPR-MA-5', year: 2021, school: 'S1', parts: { classes: true, teachers: false } });
  const work = analyse(records);
  const school = work.schools[0]!;

  it('counts pupils 40001–40020 once: 18 participants, 40019 and 40020 absent; «Протокол_2» repeats all 20', () => {
    expect(whole(records)).toMatchObject([{ schoolId: 'S1', participants: 18, absent: 2 }]);
    expect(issues.find((i) => i.code === 'repeated-pupils')).toMatchObject({ sheet: 'Протокол_2', row: 2, params: { count: 20, code: '40001', sheet: 'Протокол' } });
  });

  it('keeps criterion k1 of task 11.3 as its own task: 21 points of 18 × 2 → 58.3%; task 3: 22 of 36 → 61.1%', () => {
    // «11.3 k1 (2б)» of 40001–40018: 2,2,2,2,2,1,1,0,1,0,0,0,0,1,2,2,2,1 = 21; «3 (2б)»: 2,2,2,1,1,2,0,2,1,2,1,1,1,1,1,0,1,1 = 22
    expect(task(work, 'S1', '11.3 К1')).toMatchObject({ max: 2 });
    expect(task(work, 'S1', '11.3 К1').success).toBeCloseTo((21 / 36) * 100, 6);
    expect(task(work, 'S1', '3').success).toBeCloseTo((22 / 36) * 100, 6);
  });

  it('names the classes of «Класс №» «№ 1» and «№ 2», nine pupils each', () => {
    expect(records.filter((r) => r.className !== null).map((r) => [r.className, r.participants])).toEqual([['№ 1', 9], ['№ 2', 9]]);
  });

  it('gives the marks from «Итого баллов» through the 2021 scale: 15 «5», 2 «4», one «3» (9 points), no «2»', () => {
    // totals 20, 18, 19, 16, 18, 18, 13, 13, 15, 16, 16, 16, 16, 16, 17, 15, 15, 9; the maximums add up to the scale's 20
    expect(school.marks).toMatchObject({ marked: 18, failed: 0 });
    expect(school.marks!.mean).toBeCloseTo((15 * 5 + 2 * 4 + 3) / 18, 6);
  });
});
