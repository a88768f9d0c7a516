/**
 * A Windows-1251 CSV as Russian Excel saves it: «;», decimal commas, Russian headers and Russian
 * procedure names; `classify` run in-process. Through standard input: test/e2e/stdin-encoding.test.ts.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { school, sortedLow, sortLow, type JsonReport } from './classify-json.js';
import { cp1251, csv, tempDir, writeIn } from './files.js';
import { runCommandJson } from './run.js';

describe('Windows-1251 CSV with Russian headers and procedure names', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await tempDir();
    const header = ['Код ОО', 'Наименование ОО', 'Год', 'Процедура', 'Кол-во участников', '«2»', '«3»', '«4»', '«5»', '% «2»', 'Не преодолели мин. порог', 'Средний балл'];
    const rows = [
      header,
      // 1001: ВПР 3/7 = 42.857…% → 42.86 (low); ОГЭ 6/20 = 30% (low) → 2 low → A
      ['1001', 'МБОУ «Ёлочка» №1', '2020/2021', 'ВПР Математика 5 кл.', 7, 3, 2, 1, 1, '42,86', '', '3,0'],
      ['1001', 'МБОУ «Ёлочка» №1', '2020/2021', 'ОГЭ Математика', 20, 6, 8, 4, 2, '30,0', '', '3,1'],
      // 1002: ВПР 2/10 = 20% (not low); ЕГЭ профиль 8 of 25 below the minimum = 32% (low) → 1 low → not flagged
      ['1002', 'МАОУ «Гимназия» ученья свет', '2021', 'ВПР Математика 5 кл.', 10, 2, 4, 3, 1, '20', '', '3,3'],
      ['1002', 'МАОУ «Гимназия» ученья свет', '2021', 'ЕГЭ Математика (профильный уровень)', 25, '', '', '', '', '', 8, '51,5'],
      // 1003: ЕГЭ профиль 3 of 10 below = 30% (low); ОГЭ 3/9 = 33.33% (low) → A
      ['1003', 'СОШ ст. Ёрш', '2020/2021', 'ЕГЭ Математика (профильный уровень)', 10, '', '', '', '', '', 3, '48,2'],
      ['1003', 'СОШ ст. Ёрш', '2020/2021', 'ОГЭ Математика', 9, 3, 3, 2, 1, '33,33', '', '2,9'],
    ];
    await writeIn(dir, 'results-1251.csv', cp1251(csv(rows, ';', '\r\n')));
  });

  it('decodes, reads decimal commas, recognises the procedures and gives the right verdicts', async () => {
    const { result, json } = await runCommandJson<JsonReport>('classify', { inputs: ['results-1251.csv'] }, { cwd: dir });
    expect(result.code, result.stderr).toBe(0);
    expect(json.year).toBe(2021);
    expect(json.issues).toEqual([]); // every header recognised, every «42,86»/«3,0» read as a number

    const s1 = school(json, '1001');
    expect(s1.schoolName).toBe('МБОУ «Ёлочка» №1');
    expect(s1.flagged).toBe(true);
    expect(s1.criteria).toEqual(['A']);
    expect(sortedLow(s1)).toEqual(
      sortLow([
        { year: 2021, procedure: 'VPR-MA-5', participants: 7, failed: 3, failShare: 42.86 }, // 3/7 = 42.86%
        { year: 2021, procedure: 'OGE-MA', participants: 20, failed: 6, failShare: 30 }, //    6/20 = 30%
      ]),
    );

    const s2 = school(json, '1002');
    expect(s2.schoolName).toBe('МАОУ «Гимназия» ученья свет');
    expect(s2.flagged).toBe(false);
    expect(s2.criteria).toEqual([]);
    expect(s2.lowResults).toEqual([{ year: 2021, procedure: 'EGE-MA-P', participants: 25, failed: 8, failShare: 32 }]); // 8/25 = 32%

    const s3 = school(json, '1003');
    expect(s3.schoolName).toBe('СОШ ст. Ёрш');
    expect(s3.flagged).toBe(true);
    expect(s3.criteria).toEqual(['A']);
    expect(sortedLow(s3)).toEqual(
      sortLow([
        { year: 2021, procedure: 'EGE-MA-P', participants: 10, failed: 3, failShare: 30 }, // 3/10 = 30%
        { year: 2021, procedure: 'OGE-MA', participants: 9, failed: 3, failShare: 33.33 }, // 3/9 = 33.33%
      ]),
    );
  });

  it('--encoding cp1251 forced gives the same result', async () => {
    const { result, json } = await runCommandJson<JsonReport>('classify', { inputs: ['results-1251.csv'], encoding: 'cp1251' }, { cwd: dir });
    expect(result.code, result.stderr).toBe(0);
    expect(json.schools.filter((s) => s.flagged).map((s) => s.schoolId).sort()).toEqual(['1001', '1003']);
  });
});
