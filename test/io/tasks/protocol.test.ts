import { describe, expect, it } from 'vitest';
import { loadTaskMap, loadTaskResults, parseTaskMax } from '../../../src/io/tasks/load.js';
import { normalizeClass } from '../../../src/io/tasks/columns.js';
import { isWarning } from '../../../src/model/issues.js';
import type { TaskResultRecord } from '../../../src/model/tasks.js';
import { cellsOf, maxOf, readTaskRows, taskMap } from './harness.js';

const PROTOCOL = 'fixtures/tasks/protocol-sch240101.csv';
const MAP = 'fixtures/tasks/map-vpr-ma5-2023.csv';

const part = (records: TaskResultRecord[], className: string | null, teacher: string | null = null) =>
  records.find((r) => r.className === className && r.teacher === teacher);

describe('the 10-pupil protocol of sch240101 (ВПР 2023 математика 5 класс)', async () => {
  const { map } = await loadTaskMap(MAP);
  const { records, issues, files } = await loadTaskResults([PROTOCOL], { maps: [map] });

  it('is read as a protocol, the work from the title row, without issues', () => {
    expect(files[0]!.sheets[0]).toMatchObject({ layout: 'task-protocol', headerRow: 3 });
    expect(issues).toEqual([]);
    // the school, 5А, 5Б, and the two teachers
    expect(records).toHaveLength(5);
    for (const r of records) expect(r).toMatchObject({ procedure: 'VPR-MA-5', year: 2023, level: 'school', schoolId: 'sch240101' });
  });

  it('tallies the whole school: [Σ points, answered, zeros] per task', () => {
    const school = part(records, null);
    expect(school?.participants).toBe(10);
    expect(cellsOf(school)).toEqual({
      // 1,1,0,1,1 | 0,1,1,0,1 → Σ 7 of 10 answered, three 0s
      '1': [7, 10, 3],
      // p05 «-»: 9 answered; 1,0,1,1 | 0,1,0,1,1 → Σ 6, three 0s
      '2': [6, 9, 3],
      // the 2-point task, p08 «-»: 2,1,0,2,1 | 0,2,1,2 → Σ 11 of 9 answered (success later 11 / (2 × 9) = 61.1 %)
      '3': [11, 9, 2],
      // p03 «Н» is 0 points (as in «Сумма баллов»: 0+1+0+Н+0 = 1), p09 blank: 1,1,0,1,0 | 0,1,1,1 → Σ 6 of 9, three 0s
      '4(1)': [6, 9, 3],
      // 0,1,0,1,0 | 0,1,0,1,0 → Σ 4 of 10, six 0s
      '4(2)': [4, 10, 6],
      // «-» and blank: no answer; p08's «N» is 0 points (its «Сумма баллов» 1+0+1+0+0 = 2 counts it 0) → 0 of 1
      '5': [0, 1, 1],
    });
  });

  it('tallies each class, whatever way the class is written (5 «Б», 5б, 5-Б → 5Б)', () => {
    expect(part(records, '5А')?.participants).toBe(5);
    // 2-point task 3 in 5А: 2+1+0+2+1 = 6 of 5 answered → success later 6 / (2 × 5) = 60 %
    // 5А's task 4(1): 1, 1, «Н» = 0, 1, 0 → 3 of 5, two 0s; nobody in 5А answered task 5
    expect(cellsOf(part(records, '5А'))).toEqual({ '1': [4, 5, 1], '2': [3, 4, 1], '3': [6, 5, 1], '4(1)': [3, 5, 2], '4(2)': [2, 5, 3], '5': [null, 0, 0] });
    expect(part(records, '5Б')?.participants).toBe(5);
    expect(cellsOf(part(records, '5Б'))).toEqual({ '1': [3, 5, 2], '2': [3, 5, 2], '3': [5, 4, 1], '4(1)': [3, 4, 1], '4(2)': [2, 5, 3], '5': [0, 1, 1] });
  });

  it('gives the classes without the teachers when only they are asked for', async () => {
    const classes = await loadTaskResults([PROTOCOL], { maps: [map], parts: { classes: true, teachers: false } });
    expect(classes.records.map((r) => [r.className, r.teacher, r.participants])).toEqual([[null, null, 10], ['5А', null, 5], ['5Б', null, 5]]);
  });

  it('tallies each teacher (here one teacher a class, so the same sums)', () => {
    expect(cellsOf(part(records, null, 'Иванова А. С.'))).toEqual(cellsOf(part(records, '5А')));
    expect(cellsOf(part(records, null, 'Петров И. И.'))).toEqual(cellsOf(part(records, '5Б')));
  });

  it('takes the maximums from the map', () => {
    expect(maxOf(part(records, null))).toEqual({ '1': 1, '2': 1, '3': 2, '4(1)': 1, '4(2)': 1, '5': 2 });
  });
});

const HEADER = ['school_id', 'student_id', 'class', '1', '2', '3'];

describe('protocol maximums', () => {
  const rows = [['ВПР 2023. Математика 5 класс'], HEADER, ['Макс балл', '', '', 1, 2, 2], ['S1', 'p1', '5А', 1, 2, 1]];

  it('an explicit «Макс балл» row wins; a map saying otherwise gives a warning naming the cell', () => {
    const { records, issues } = readTaskRows(rows, { maps: [taskMap({ 1: 1, 2: 1, 3: 2 })] });
    expect(maxOf(records[0])).toEqual({ '1': 1, '2': 2, '3': 2 });
    expect(issues).toEqual([expect.objectContaining({ row: 3, column: '2', code: 'task-max-mismatch', params: { task: '2', given: 2, map: 1 } })]);
    expect(isWarning(issues[0]!)).toBe(true);
  });

  it('without a row or a map, --task-max gives them; without any, the maximum is null', () => {
    const plain = [rows[0]!, HEADER, rows[3]!];
    expect(maxOf(readTaskRows(plain, { taskMax: parseTaskMax('1=1, 2=2') }).records[0])).toEqual({ '1': 1, '2': 2, '3': null });
  });

  it('the map of another procedure is not used', () => {
    const plain = [rows[0]!, HEADER, rows[3]!];
    expect(maxOf(readTaskRows(plain, { maps: [taskMap({ 1: 5, 2: 5, 3: 5 }, 'VPR-RU-5')] }).records[0])).toEqual({ '1': null, '2': null, '3': null });
  });
});

describe('a bad protocol', () => {
  const rows = [
    ['ВПР 2023. Математика 5 класс'], // 1
    ['school_id', 'student_id', 'Класс', '1', '2', '3', '7'], // 2: task 7 is not in the map
    ['S1', 'p1', '5А', 1, 3, 2, 1], // 3: 3 points on a 1-point task
    ['S1', 'p2', 5, 0, 1, 'два', 1], // 4: class without a letter, «два» not a number
    ['S1', 'p3', '5А', -1, 1, 2, 1], // 5: negative points
    ['S1', 'p4', '5А', 1, 0, 2, 1], // 6
    ['S1', 'p5', '5Б', 0, 1, 1, 1], // 7
    ['S1', 'p6', '5Б', 'X', 'не пройд.', 5, 1], // 8: 5 points on the 2-point task 3, after an «X» and a «не пройд.»
  ];
  const { records, issues } = readTaskRows(rows, { maps: [taskMap({ 1: 1, 2: 1, 3: 2 })] });

  it('reports each bad cell with its row and column', () => {
    expect(issues.map((i) => [i.row, i.column, i.code])).toEqual([
      [2, '7', 'unknown-task'],
      [3, '2', 'points-above-max'],
      [4, 'Класс', 'class-without-letter'],
      [4, '3', 'bad-points'],
      [5, '1', 'bad-points'],
      [8, '3', 'points-above-max'],
    ]);
    expect(issues[1]!.params).toEqual({ points: 3, task: '2', max: 1 });
    expect(issues[0]!.params).toEqual({ task: '7', map: 'map.csv' });
    expect(isWarning(issues[0]!)).toBe(true);
  });

  it('leaves a pupil with a bad cell out whole: the cells before it are taken back', () => {
    const school = records.find((r) => r.className === null)!;
    // p1, p2, p3 and p6 left out; p4 (1, 0, 2) and p5 (0, 1, 1) remain
    expect(school.participants).toBe(2);
    // task 1: 1 + 0 = 1 of 2, one 0 (p1's 1, p2's 0 and p6's «X» taken back); task 2: 0 + 1 (p2's 1, p6's «не пройд.» taken back); task 3: 2 + 1
    expect(cellsOf(school)).toEqual({ '1': [1, 2, 1], '2': [1, 2, 1], '3': [3, 2, 0] });
    expect(school.tasks.map((t) => t.notTaught)).toEqual([0, 0, 0]);
    expect(records.find((r) => r.className === '5А')?.participants).toBe(1);
    expect(records.find((r) => r.className === '5Б')?.participants).toBe(1);
  });

  it('gives only the parts asked for, and checks the class cells all the same', () => {
    const asked = readTaskRows(rows, { maps: [taskMap({ 1: 1, 2: 1, 3: 2 })], parts: { classes: false, teachers: false } });
    expect(asked.records.map((r) => [r.className, r.participants])).toEqual([[null, 2]]);
    expect(asked.records[0]!.tasks).toEqual(records.find((r) => r.className === null)!.tasks);
    expect(asked.issues).toEqual(issues);
  });
});

describe('points as a CSV gives them: text, one digit or more', () => {
  const rows = [
    ['ВПР 2023. Математика 5 класс'],
    ['school_id', 'student_id', 'Класс', '1', '2'],
    ['S1', 'p1', '5А', '10', '1'],
    ['S1', 'p2', '5А', '3', '0'],
    ['S1', 'p3', '5Б', '0', '1'],
    ['S1', 'p4', '5Б', '12', ''],
    ['S1', 'p5', '5Б', '7', '0'],
  ];
  const { records, issues } = readTaskRows(rows, { maps: [taskMap({ 1: 12, 2: 1 })] });

  it('adds the one-digit cells and the longer ones into the same sums', () => {
    expect(issues).toEqual([]);
    // task 1 (max 12): 10 + 3 + 0 + 12 + 7 = 32 of 5 answered, one 0; task 2: 1 + 0 + 1 + 0 = 2 of 4, two 0s
    expect(cellsOf(records.find((r) => r.className === null))).toEqual({ '1': [32, 5, 1], '2': [2, 4, 2] });
    // 5Б: 0 + 12 + 7 = 19 of 3; 1 + 0 = 1 of 2
    expect(cellsOf(records.find((r) => r.className === '5Б'))).toEqual({ '1': [19, 3, 1], '2': [1, 2, 1] });
  });
});

describe('protocol with the task numbers under a merged heading', () => {
  it('reads them from the row under «Баллы за задания»; issues name the task column by its number', () => {
    const { records, issues } = readTaskRows([
      ['ВПР 2023. Математика 5 класс'], // 1
      ['Код ОО', 'Код участника', 'Класс', 'Баллы за задания', '', ''], // 2
      ['', '', '', '1', '2', '3'], // 3
      ['Макс балл', '', '', 1, 1, 2], // 4
      ['S1', 'p1', '5А', 1, 0, 2], // 5
      ['S1', 'p2', '5А', 0, 1, 3], // 6: 3 points on the 2-point task 3
    ]);
    expect(issues.map((i) => [i.row, i.column, i.code])).toEqual([[6, '3', 'points-above-max']]);
    const school = records.find((r) => r.className === null)!;
    // p2 left out: p1's 1, 0, 2 alone → task 3 later 2 / (2 × 1) = 100 %
    expect(cellsOf(school)).toEqual({ '1': [1, 1, 0], '2': [0, 1, 1], '3': [2, 1, 0] });
    expect(maxOf(school)).toEqual({ '1': 1, '2': 1, '3': 2 });
  });
});

describe('protocol total rows', () => {
  it('«Итого» where the participant code stands, or in the school column with no code, is no pupil', () => {
    const { records, issues } = readTaskRows([
      ['ВПР 2023. Математика 5 класс'],
      ['school_id', 'student_id', '1', '2'],
      ['S1', 'p1', 1, 0],
      ['S1', 'Итого', 1, 0],
      ['Итого по району', '', 1, 0],
    ]);
    expect(records.map((r) => [r.schoolId, r.participants])).toEqual([['S1', 1]]);
    expect(issues.map((i) => [i.row, i.column, i.code])).toEqual([[4, 'student_id', 'ignored-total-row'], [5, 'school_id', 'ignored-total-row']]);
  });
});

describe('protocol school and work', () => {
  it('takes the school from a sch… login in the title rows, or from --school; the work from --procedure and --year', () => {
    const rows = [['Протокол sch240555 МБОУ СОШ № 9'], ['Код участника', '1', '2'], ['p1', 1, 0]];
    const { records } = readTaskRows(rows, { procedure: 'ВПР Математика 5 класс', year: 2023 });
    expect(records[0]).toMatchObject({ schoolId: 'sch240555', procedure: 'VPR-MA-5', year: 2023, participants: 1 });
    const bySchool = readTaskRows(rows.slice(1), { school: 'S9', procedure: 'VPR-MA-5', year: 2023 });
    expect(bySchool.records[0]).toMatchObject({ schoolId: 'S9' });
  });

  it('without a school, or without a procedure, says so once at the header and reads nothing', () => {
    const rows = [['Код участника', '1', '2'], ['p1', 1, 0]];
    expect(readTaskRows(rows, { procedure: 'VPR-MA-5', year: 2023 }).issues).toEqual([expect.objectContaining({ row: 1, code: 'protocol-without-school' })]);
    const { records, issues } = readTaskRows(rows, { school: 'S9', year: 2023 });
    expect(records).toEqual([]);
    expect(issues).toEqual([expect.objectContaining({ row: 1, code: 'missing-procedure' })]);
  });

  it('reads the procedure and year columns row by row', () => {
    const { records } = readTaskRows([
      ['Код ОО', 'Процедура', 'Год', '1', '2'],
      ['S1', 'ВПР Математика 5 кл.', '2023', 1, 0],
      ['S1', 'ВПР Математика 5 кл.', '2024', 0, 0],
    ]);
    expect(records.map((r) => [r.procedure, r.year, r.participants])).toEqual([['VPR-MA-5', 2023, 1], ['VPR-MA-5', 2024, 1]]);
  });
});

describe('parseTaskMax and normalizeClass', () => {
  it('parses --task-max', () => {
    expect(parseTaskMax('1=1,2=1,4(1)=2, № 5 = 3')).toEqual({ '1': 1, '2': 1, '4(1)': 2, '5': 3 });
    expect(() => parseTaskMax('1=1,x=2')).toThrow('bad-task-max');
    expect(() => parseTaskMax('1=0')).toThrow('bad-task-max');
  });

  it.each([['5А', '5А'], ['5 «б»', '5Б'], ['5-Б', '5Б'], ['10 ИТ', '10ИТ'], ['5', 'no-letter'], ['коррекционный', 'коррекционный'], ['нет', null], ['НЕТ', null]])('%s → %s', (text, name) => {
    expect(normalizeClass(text)).toBe(name);
  });

  it('gives a letter alone (the per-pupil export\'s «а») the grade of the work', () => {
    expect([normalizeClass('а', 5), normalizeClass('Б', 5), normalizeClass('в')]).toEqual(['5А', '5Б', 'В']);
  });
});
