/** One school in two files: by id in one, by name in the other — matched, and the match reported. */
import { basename } from 'node:path';
import { describe, expect, it } from 'vitest';
import { csv, tempDir, writeIn } from './files.js';
import { runCommandJson } from './run.js';

interface Out {
  schools: { schoolId: string; flagged: boolean; criteria: string[] }[];
  issues: { code: string; file: string; row: number; message: string }[];
}

describe('school identity across files', () => {
  it('matches «МБОУ "СОШ №5"» to «МБОУ СОШ № 5» (SL-05) and puts both low results on one school', async () => {
    const dir = await tempDir();
    // vpr.csv has ids: SL-05 with 12/30 «2» = 40% in ВПР математика 5 → low
    await writeIn(dir, 'vpr.csv', csv([
      ['Код ОО', 'Наименование ОО', 'Год', 'Процедура', 'Кол-во участников', '«2»'],
      ['SL-05', 'МБОУ СОШ № 5', 2021, 'ВПР Математика 5 кл.', 30, 12],
    ], ';'));
    // oge.csv names schools only: 9 of 30 = 30% in ОГЭ математика → low; two low results in 2021 → criterion A
    await writeIn(dir, 'oge.csv', csv([
      ['Школа', 'Год', 'Процедура', 'Кол-во участников', 'Не справились'],
      ['МБОУ "СОШ №5"', 2021, 'ОГЭ математика', 30, 9],
    ], ';'));
    const { result, json } = await runCommandJson<Out>('classify', { inputs: ['vpr.csv', 'oge.csv'] }, { cwd: dir });
    expect(result.code, result.stderr).toBe(0);
    expect(json.schools).toEqual([expect.objectContaining({ schoolId: 'SL-05', flagged: true, criteria: ['A'] })]);
    expect(json.issues).toEqual([expect.objectContaining({ code: 'name-matched', file: 'oge.csv', row: 2 })]);
  });

  it('settles a name no file shares with a --schools list', async () => {
    const dir = await tempDir();
    await writeIn(dir, 'oge.csv', csv([
      ['Школа', 'Год', 'Процедура', 'Кол-во участников', 'Не справились'],
      ['Основная школа № 7 ст. Петровской', 2021, 'ОГЭ математика', 20, 2],
    ], ';'));
    await writeIn(dir, 'schools.csv', csv([
      ['Код ОО', 'Наименование ОО', 'Муниципалитет', 'Вид ОО'],
      ['SL-07', 'МБОУ ООШ № 7 | Основная школа № 7 ст. Петровской', 'Славянский район', 'ООШ'],
    ], ';'));
    const { result, json } = await runCommandJson<Out>('classify', { inputs: ['oge.csv'], schools: 'schools.csv' }, { cwd: dir });
    expect(result.code, result.stderr).toBe(0);
    expect(json.schools.map((s) => s.schoolId)).toEqual(['SL-07']);
  });
});

describe('a batch of files', () => {
  it('names both places when two files give the same school × procedure × year different values, and merges equal ones', async () => {
    const dir = await tempDir();
    const header = ['Код ОО', 'Год', 'Процедура', 'Кол-во участников', '«2»'];
    await writeIn(dir, 'vpr-ma5.csv', csv([header, ['S1', 2021, 'VPR-MA-5', 30, 12], ['S2', 2021, 'VPR-MA-5', 20, 1]], ';'));
    await writeIn(dir, 'vpr-ma5-copy.csv', csv([header, ['S1', 2021, 'VPR-MA-5', 30, 13], ['S2', 2021, 'VPR-MA-5', 20, 1]], ';'));
    const { json } = await runCommandJson<Out>('classify', { inputs: [dir] });
    const conflicts = json.issues.filter((i) => i.code === 'duplicate-conflict');
    // S1 differs (12 vs 13): both rows left out, each naming the other; S2 agrees and is merged silently
    expect(conflicts.map((c) => [basename(c.file), c.row])).toEqual([['vpr-ma5-copy.csv', 2], ['vpr-ma5.csv', 2]]);
    expect(conflicts[0]!.message).toContain('vpr-ma5.csv:2');
    expect(conflicts[1]!.message).toContain('vpr-ma5-copy.csv:2');
    expect(json.schools.map((s) => s.schoolId)).toEqual(['S2']); // S1's conflicting result is left out; S1 has no other result
  });
});
