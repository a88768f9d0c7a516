import { describe, expect, it } from 'vitest';
import { parseWideHeader } from '../../../src/io/layouts/wide.js';
import { find, readRows } from './harness.js';

describe('parseWideHeader', () => {
  it.each([
    ['ВПР Русский 5 кл. % «2»', 'VPR-RU-5', 'failPct'],
    ['ВПР Математика 6 кл. %2', 'VPR-MA-6', 'failPct'],
    ['ВПР Математика 6 класс доля «2»', 'VPR-MA-6', 'failPct'],
    ['ОГЭ- математика % не преодолевших', 'OGE-MA', 'failPct'],
    ['ОГЭ русский язык участников', 'OGE-RU', 'participants'],
    ['ЕГЭ Математика (профильная) средний балл', 'EGE-MA-P', 'meanScore'],
    ['ВПР Математика 5 кл. кол-во «2»', 'VPR-MA-5', 'failCount'],
  ])('%s → %s %s', (header, procedure, field) => {
    expect(parseWideHeader(header)).toMatchObject({ procedure, field });
  });

  it('needs both a procedure and a metric', () => {
    expect(parseWideHeader('школы')).toBeNull();
    expect(parseWideHeader('ВПР Математика 5 кл.')).toBeNull();
  });
});

// Seed 003 §3.2, «Результаты оценочных процедур ШНОР в 2021 году» (the first four rows).
const SEED_003 = [
  ['школы', 'ВПР Русский 5 кл. % «2»', 'ВПР Русский 6 кл. % «2»', 'ВПР Математика 5 кл. % «2»', 'ВПР Математика 6 кл. % «2»', 'ОГЭ- математика % не преодолевших'],
  ['5', '', '', '', '49', '32'],
  ['7', '85,7', '42,9', '42,9', '', ''],
  ['11', '45,5', '', '57,9', '32', '70'],
  ['Итого по району', '20', '10', '15', '16', '20'],
];

describe('wide layout', () => {
  it('reads the seed 003 table: a blank cell is no data, «85,7» is 85.7', () => {
    const { records, issues, outcome } = readRows(SEED_003, { year: 2021 });
    expect(outcome.layout).toBe('wide');
    expect(records).toHaveLength(2 + 3 + 4);
    expect(find(records, '7', 'VPR-RU-5')).toMatchObject({ year: 2021, failPct: 85.7, participants: null, failed: null });
    expect(find(records, '5', 'VPR-RU-5')).toBeUndefined();
    expect(find(records, '11', 'OGE-MA')?.failPct).toBe(70);
    expect(issues).toEqual([expect.objectContaining({ row: 5, code: 'ignored-total-row', column: 'школы' })]);
  });

  it('takes the year from the sheet name before --year', () => {
    const { records } = readRows(SEED_003.slice(0, 2), { year: 2030, sheet: '2020-2021' });
    expect(records[0]!.year).toBe(2021);
  });

  it('groups participants and share columns of one procedure into one result', () => {
    const { records } = readRows([
      ['Код ОО', 'Год', 'ОГЭ математика участников', 'ОГЭ математика кол-во «2»'],
      ['S1', '2021', '40', '12'],
    ]);
    expect(records).toEqual([expect.objectContaining({ schoolId: 'S1', procedure: 'OGE-MA', participants: 40, failed: 12 })]);
  });

  it('reports a share above 100 in its own column and keeps the other results of the row', () => {
    const { records, issues } = readRows([SEED_003[0]!, ['9', '120', '', '', '31', '']], { year: 2021 });
    expect(issues).toEqual([expect.objectContaining({ row: 2, column: 'ВПР Русский 5 кл. % «2»', code: 'share-out-of-range' })]);
    expect(records.map((r) => r.procedure)).toEqual(['VPR-MA-6']);
  });
});
