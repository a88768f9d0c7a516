import { describe, expect, it } from 'vitest';
import { loadTaskResults } from '../../../src/io/tasks/load.js';
import type { TaskResultRecord } from '../../../src/model/tasks.js';
import { cellsOf, maxOf, readTaskRows, taskMap } from './harness.js';

const EXPORT = 'fixtures/tasks/vpr-ma5-2023-zadaniya.xlsx';

const byName = (records: TaskResultRecord[], name: string) => records.find((r) => r.name === name);

describe('the «Выполнение заданий» export, ВПР 2023 математика 5 класс', async () => {
  const { records, issues, files } = await loadTaskResults([EXPORT], { maps: [] });

  it('is read as a group export under the merged title rows, without issues', () => {
    expect(files[0]!.sheets[0]).toMatchObject({ layout: 'task-groups', headerRow: 4 });
    expect(issues).toEqual([]);
  });

  it('gives a record per group row: the sample, the region, municipalities and their schools', () => {
    expect(records.map((r) => [r.level, r.schoolId, r.name, r.municipality, r.participants])).toEqual([
      ['total', null, 'Вся выборка', null, 1300000],
      ['region', null, 'Красноярский край', null, 30000],
      ['municipality', null, 'г. Красноярск', 'г. Красноярск', 9000],
      ['school', 'sch240201', 'МАОУ СОШ № 2', 'г. Красноярск', 25],
      ['school', 'sch240202', 'МБОУ СОШ № 3', 'г. Красноярск', 30],
      ['municipality', null, 'Ачинский район', 'Ачинский район', 1200],
      ['school', 'sch240301', 'МБОУ Ачинская СОШ', 'Ачинский район', 18],
      ['school', 'sch240302', 'МКОУ Малиновская ООШ', 'Ачинский район', 7],
      ['school', 'sch240303', 'МБОУ Причулымская СОШ', 'Ачинский район', 12],
    ]);
    for (const r of records) expect(r).toMatchObject({ procedure: 'VPR-MA-5', year: 2023, className: null, teacher: null });
  });

  it('keeps the success percentages as given, the maximums from the «Макс балл» row', () => {
    // task 2: 40 % at sch240201 where the region has 62 %; task 4(1): 55 % at sch240202 where it has 60 %
    expect(cellsOf(byName(records, 'Красноярский край'))).toMatchObject({ '2': 62, '4(1)': 60 });
    expect(cellsOf(byName(records, 'МАОУ СОШ № 2'))).toEqual({ '1': 80, '2': 40, '3': 62, '4(1)': 70, '4(2)': 55, '5': 30 });
    expect(cellsOf(byName(records, 'МБОУ СОШ № 3'))).toMatchObject({ '4(1)': 55 });
    expect(maxOf(records[0])).toEqual({ '1': 1, '2': 1, '3': 2, '4(1)': 1, '4(2)': 1, '5': 2 });
    const task = records[3]!.tasks[1]!;
    expect(task).toEqual({ task: '2', max: 1, points: null, answered: null, zeros: null, success: 40, notTaught: null });
  });
});

describe('group export variants', () => {
  it('reads a login standing in a column of its own; a region without «Вся выборка» is named so', () => {
    const { records } = readTaskRows([
      ['ВПР 2023. Математика 5 класс'],
      ['Логин', 'Группы участников', 'Кол-во участников', '№ 1', '№ 2'],
      ['', 'Красноярский край', 300, 60, 50],
      ['', 'Ачинский район', 40, 55, 45],
      ['sch240301', 'МБОУ Ачинская СОШ', 18, 66, 61],
    ]);
    expect(records.map((r) => [r.level, r.schoolId, r.name, r.municipality])).toEqual([
      ['region', null, 'Красноярский край', null],
      ['municipality', null, 'Ачинский район', 'Ачинский район'],
      ['school', 'sch240301', 'МБОУ Ачинская СОШ', 'Ачинский район'],
    ]);
    expect(cellsOf(records[2])).toEqual({ '1': 66, '2': 61 });
  });

  it('reports a bad share and a missing number of participants with their cells', () => {
    const { records, issues } = readTaskRows([
      ['ВПР 2023. Математика 5 класс'], // 1
      ['Группы участников', 'Кол-во участников', '1', '2'], // 2
      ['Ачинский район', 40, 55, 45], // 3
      ['sch240301 МБОУ Ачинская СОШ', 18, 120, 'н/д'], // 4: 120 % out of range; «н/д» is no data
      ['sch240302 МКОУ Малиновская ООШ', '', 50, 50], // 5: no participants
    ]);
    expect(issues.map((i) => [i.row, i.column, i.code])).toEqual([
      [4, '1', 'share-out-of-range'],
      [5, 'Кол-во участников', 'no-task-participants'],
    ]);
    expect(records.find((r) => r.schoolId === 'sch240301')!.tasks.map((t) => t.success)).toEqual([null, null]);
    expect(records.map((r) => r.schoolId)).toEqual([null, 'sch240301']);
  });

  it('warns of a task the map does not know and does not read it', () => {
    const { records, issues } = readTaskRows(
      [['ВПР 2023. Математика 5 класс'], ['Группы участников', 'Кол-во участников', '1', '2', '9'], ['sch1 СОШ', 10, 50, 60, 70]],
      { maps: [taskMap({ 1: 1, 2: 2 })] },
    );
    expect(issues).toEqual([expect.objectContaining({ row: 2, column: '9', code: 'unknown-task' })]);
    expect(maxOf(records[0])).toEqual({ '1': 1, '2': 2 });
  });

  it('reads the task numbers from the row under «Выполнение заданий» merged over them, the «Макс балл» row after it', () => {
    const { records, issues, outcome } = readTaskRows([
      ['ВПР 2023. Математика 5 класс'], // 1
      ['Группы участников', 'Кол-во ОО', 'Кол-во участников', 'Выполнение заданий (% от максимального балла)', '', ''], // 2: merged over D–F
      ['', '', '', '1', '2', '4(1)'], // 3
      ['Макс балл', '', '', 1, 2, 1], // 4
      ['Красноярский край', 700, 30000, 71, 62, 60], // 5
      ['sch240201 МАОУ СОШ № 2', 1, 25, 80, 40, 70], // 6
    ]);
    expect(outcome).toMatchObject({ layout: 'task-groups', headerRow: 2 });
    expect(issues).toEqual([]);
    expect(records.map((r) => [r.level, r.schoolId])).toEqual([['region', null], ['school', 'sch240201']]);
    expect(cellsOf(records[1])).toEqual({ '1': 80, '2': 40, '4(1)': 70 });
    expect(maxOf(records[1])).toEqual({ '1': 1, '2': 2, '4(1)': 1 });
  });

  it('reports a merged task heading without task numbers under it, at the row that should hold them', () => {
    const { records, issues } = readTaskRows([
      ['ВПР 2023. Математика 5 класс'],
      ['Группы участников', 'Кол-во участников', 'Выполнение заданий', ''],
      ['Красноярский край', 30000, 71, 62],
    ]);
    expect(records).toEqual([]);
    expect(issues.map((i) => [i.row, i.column, i.code])).toEqual([[3, null, 'missing-task-columns']]);
  });

  it('does not take the marks «2»–«5» of «Статистика по отметкам» for tasks', () => {
    const { outcome } = readTaskRows([['ВПР 2023. Математика 5 класс'], ['Группы участников', 'Кол-во участников', '2', '3', '4', '5'], ['sch1 СОШ', 10, 10, 40, 40, 10]]);
    expect(outcome.headerRow).toBeNull();
  });
});
