import { afterAll, describe, expect, it } from 'vitest';
import { loadScales } from '../../src/io/scales.js';
import { removeTempDirs, writeTemp } from './helpers.js';

afterAll(removeTempDirs);

describe('loadScales', () => {
  it('reads the shipped shape (year, procedure, min3…max, source) and Russian procedure names', async () => {
    const file = await writeTemp('scales.csv', [
      'year,procedure,min3,min4,min5,max,source',
      '2022,VPR-MA-5,5,10,14,20,Описание ВПР 2022',
      '2022,ВПР Русский язык 5 кл.,18,29,39,45,',
    ].join('\n'));
    const { scales, issues } = await loadScales(file);
    expect(issues).toEqual([]);
    expect(scales).toEqual([
      { year: 2022, procedure: 'VPR-MA-5', min3: 5, min4: 10, min5: 14, max: 20, source: 'Описание ВПР 2022' },
      // no source given: the file is the source
      { year: 2022, procedure: 'VPR-RU-5', min3: 18, min4: 29, min5: 39, max: 45, source: file },
    ]);
  });

  it('reports a row out of order, a missing bound and a fraction, naming row and column, and leaves them out', async () => {
    const file = await writeTemp('scales.csv', [
      'Год;Процедура;3 от;4 от;5 от;Максимум',
      '2022;VPR-MA-6;6;10;9;16', // «5» from 9 below «4» from 10
      '2022;VPR-MA-7;;11;15;19',
      '2022;VPR-MA-8;7,5;15;21;25',
      '2023;VPR-MA-5;7;11;15;20',
    ].join('\n'));
    const { scales, issues } = await loadScales(file);
    expect(scales.map((s) => `${s.procedure} ${s.year}`)).toEqual(['VPR-MA-5 2023']);
    expect(issues.map((i) => [i.row, i.column, i.code])).toEqual([[2, '3 от', 'scale-out-of-order'], [3, '3 от', 'scale-bound-missing'], [4, '3 от', 'not-integer']]);
  });

  it('gives FIOKO\'s VPR-INYA-7 (one description for three languages) to English, German and French, with its note', async () => {
    const file = await writeTemp('inya.csv', 'year,procedure,min3,min4,min5,max,notes\n2021,VPR-INYA-7,13,21,27,30,таблица перевода баллов\n');
    const { scales, issues } = await loadScales(file);
    expect(issues).toEqual([]);
    expect(scales.map((s) => [s.procedure, s.min3, s.max, s.note])).toEqual([
      ['VPR-EN-7', 13, 30, 'таблица перевода баллов'], ['VPR-DE-7', 13, 30, 'таблица перевода баллов'], ['VPR-FR-7', 13, 30, 'таблица перевода баллов'],
    ]);
  });
});
