/** The row a sheet without a header offers as the likeliest one (TableSink: outcome.candidate). */
import { describe, expect, it } from 'vitest';
import { readRows } from './layouts/harness.js';

describe('header candidate', () => {
  it('is the row with the most text cells that are not numbers', () => {
    const { outcome } = readRows([
      ['Результаты ВПР 2021'], //                                       row 1: one word cell
      [],
      ['Код ОО', 'Процедура', 'Год', 'Кол-во участников', '«3»'], //    row 3: five
      ['sch220093', 'ВПР Математика 5 кл.', '2021', '44', '12'], //      row 4: two (2021, 44, 12 are numbers)
    ]);
    expect(outcome.headerRow).toBeNull();
    expect(outcome.candidate).toEqual({ row: 3, cells: ['Код ОО', 'Процедура', 'Год', 'Кол-во участников', '«3»'], words: 5 });
  });

  it('the first of equals: a school list whose rows are all text keeps its header row 1', () => {
    const { outcome } = readRows([
      ['логин', 'имя', 'регион'],
      ['sch224145', 'МБОУ СОШ №7', 'г. Алейск'],
    ]);
    expect(outcome.candidate?.row).toBe(1);
  });

  it('no-data marks and numbers in text are not words; a sheet with a header has no candidate', () => {
    expect(readRows([['x', '-', '1,5', ' 12 '], ['a', '2']]).outcome.candidate).toMatchObject({ row: 2, words: 1 });
    expect(readRows([['Код ОО', 'Процедура', 'Кол-во участников', '«2»'], ['1', 'OGE-MA', '10', '3']], { year: 2021 }).outcome.candidate).toBeNull();
  });
});
