/**
 * Mean-score tables (issue 17, item 10): school × procedure × year with a mean score and no count
 * or share of «2» — the only kind of results table seeds 000 and 002 hold («Средний балл»,
 * «Средняя оценка по школе»). The long and wide layouts read them as results with failed and
 * failPct null; a row with neither a mean nor failing data is still refused.
 */
import { describe, expect, it } from 'vitest';
import { parseWideHeader } from '../../../src/io/layouts/wide.js';
import { find, readRows } from './harness.js';

describe('long layout: a mean score without «2»', () => {
  it('reads «Средний тестовый балл» rows with or without participants', () => {
    const { records, issues, outcome } = readRows([
      ['Код ОО', 'Наименование ОО', 'Учебный год', 'Предмет', 'Кол-во участников', 'Средний тестовый балл'],
      ['A', 'СОШ А', '2022/2023', 'ЕГЭ Русский язык', '18', '72,1'],
      ['A', 'СОШ А', '2022/2023', 'ЕГЭ Математика (профильный уровень)', '', '54,6'],
    ]);
    expect(outcome).toMatchObject({ layout: 'long', records: 2 });
    expect(issues).toEqual([]);
    expect(find(records, 'A', 'EGE-RU')).toMatchObject({
      year: 2023, participants: 18, failed: null, failPct: null, meanScore: 72.1, markCounts: {}, markPcts: {},
    });
    expect(find(records, 'A', 'EGE-MA-P')).toMatchObject({ participants: null, failed: null, failPct: null, meanScore: 54.6 });
  });

  it.each([['Средний балл'], ['Средняя отметка'], ['Средняя оценка по школе']])('«%s» is the mean score (seed 002 ОГЭ: 3,6)', (header) => {
    const { records } = readRows([['Код ОО', 'Год', 'Процедура', header], ['S', '2023', 'ОГЭ Математика', '3,6']]);
    expect(records).toEqual([expect.objectContaining({ procedure: 'OGE-MA', meanScore: 3.6, failed: null, failPct: null, participants: null })]);
  });

  it('beside «2» counts: a row with «2» is read as always, a row with only a mean has no share of «2»', () => {
    const { records, issues } = readRows([
      ['Код ОО', 'Год', 'Процедура', 'Кол-во участников', '«2»', 'Средний балл'],
      ['S', '2023', 'ОГЭ Математика', '20', '6', '3,4'],
      ['S', '2023', 'ОГЭ Русский язык', '', '', '3,6'],
    ]);
    expect(issues).toEqual([]);
    expect(find(records, 'S', 'OGE-MA')).toMatchObject({ participants: 20, failed: 6, meanScore: 3.4 });
    expect(find(records, 'S', 'OGE-RU')).toMatchObject({ participants: null, failed: null, failPct: null, meanScore: 3.6 });
  });

  it.each([
    // a dash is no data: neither a mean nor a «2»
    [['S', '2023', 'ОГЭ Математика', '20', '', '-'], 'missing-failing', null],
    // a «2» count cannot be used without the participants, whatever the mean
    [['S', '2023', 'ОГЭ Математика', '', '6', '3,4'], 'missing-participants', 'Кол-во участников'],
    [['S', '2023', 'ОГЭ Математика', '0', '', '3,4'], 'no-participants', 'Кол-во участников'],
    [['S', '2023', 'ЕГЭ Химия', '3', '', '120'], 'mean-above-100', 'Средний балл'],
    [['S', '2023', 'ЕГЭ Химия', '3', '', '-5'], 'negative-count', 'Средний балл'],
  ])('leaves out %j with %s', (row, code, column) => {
    const { records, issues } = readRows([['Код ОО', 'Год', 'Процедура', 'Кол-во участников', '«2»', 'Средний балл'], row]);
    expect(records).toEqual([]);
    expect(issues).toEqual([expect.objectContaining({ row: 2, code, column })]);
  });

  it('a mean of exactly 100 is kept (the top ЕГЭ score)', () => {
    const { records } = readRows([['Код ОО', 'Год', 'Процедура', 'Средний балл'], ['S', '2023', 'ЕГЭ Русский язык', '100']]);
    expect(records[0]?.meanScore).toBe(100);
  });
});

describe('wide layout: mean-score columns', () => {
  it.each([
    ['ЕГЭ Русский язык средний тестовый балл', 'EGE-RU'],
    ['ОГЭ математика средняя отметка', 'OGE-MA'],
    ['ОГЭ русский язык ср. балл', 'OGE-RU'],
  ])('%s → %s meanScore', (header, procedure) => {
    expect(parseWideHeader(header)).toMatchObject({ procedure, field: 'meanScore' });
  });

  it.each([
    ['ОГЭ математика средняя оценка по району'], ['ОГЭ математика средний балл (край)'], ['ЕГЭ русский язык средний балл по региону'],
    ['ОГЭ математика % «2» по району'],
  ])('%s is the district\'s or region\'s value beside the school\'s, not a result column (seed 000)', (header) => {
    expect(parseWideHeader(header)).toBeNull();
  });

  it.each([
    ['ВПР Окружающий мир 4 кл. % «2»', 'VPR-OK-4'], ['ОГЭ математика средняя оценка по школе', 'OGE-MA'],
  ])('%s is still read (no level word in it)', (header, procedure) => {
    expect(parseWideHeader(header)?.procedure).toBe(procedure);
  });

  it('seed 000\'s shape in a wide table: the school\'s mean is read, the district\'s column beside it is reported, not read', () => {
    const { records, issues } = readRows(
      [['Школа', 'ОГЭ математика средняя оценка по школе', 'ОГЭ математика средняя оценка по району'], ['Сосновская СШ', '3,0', '3,66']],
      { year: 2018 },
    );
    expect(records).toEqual([expect.objectContaining({ schoolId: 'Сосновская СШ', procedure: 'OGE-MA', meanScore: 3, failed: null, failPct: null })]);
    expect(issues).toEqual([expect.objectContaining({ row: 1, column: 'ОГЭ математика средняя оценка по району', code: 'unknown-column' })]);
  });

  it('a procedure with only its mean filled in is a result without a share of «2»', () => {
    const { records, issues } = readRows(
      [
        ['Код ОО', 'Наименование ОО', 'ЕГЭ Русский язык средний балл', 'ОГЭ математика % «2»', 'ОГЭ математика средняя отметка'],
        ['A', 'СОШ А', '72,1', '', '3,6'],
        ['B', 'СОШ Б', '', '35', '3,2'],
      ],
      { year: 2023 },
    );
    expect(issues).toEqual([]);
    expect(records).toHaveLength(3); // A: ЕГЭ русский, ОГЭ математика; B: ОГЭ математика (its blank ЕГЭ cell is no data)
    expect(find(records, 'A', 'EGE-RU')).toMatchObject({ year: 2023, failed: null, failPct: null, meanScore: 72.1 });
    expect(find(records, 'A', 'OGE-MA')).toMatchObject({ failed: null, failPct: null, meanScore: 3.6 });
    expect(find(records, 'B', 'OGE-MA')).toMatchObject({ failPct: 35, meanScore: 3.2 });
  });
});
