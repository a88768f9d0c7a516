/**
 * `shnor check`, run in-process: exit 1 with the missing and the extra school named, exit 0 for a
 * correct draft, the JSON keys, and exit 2 for a draft with no recognisable column.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { csv, STACK_LINE, tempDir, writeIn } from './files.js';
import { runCommand, runCommandJson } from './run.js';

interface CheckJson {
  year: number;
  missing: { schoolId: string; criteria: string[]; lowResults: { year: number; procedure: string; participants: number | null; failed: number | null; failShare: number }[] }[];
  extra: { schoolId: string; reason: string }[];
  absent: { entry: string; reason: string }[];
  dataChecks: { code: string; level: string; schoolId: string | null; procedure: string | null; year: number | null; message: string }[];
}

let dir: string;
let results: string;

beforeAll(async () => {
  dir = await tempDir();
  results = await writeIn(
    dir,
    'results.csv',
    csv([
      ['school_id', 'school_name', 'year', 'procedure', 'participants', 'fail_count'],
      ['S1', 'СОШ 1', 2021, 'VPR-MA-5', 20, 10], // 50%
      ['S1', 'СОШ 1', 2021, 'OGE-MA', 30, 12], //   40% → two low → flagged (A)
      ['S2', 'СОШ 2', 2021, 'VPR-MA-5', 20, 8], //  40% → one low → not flagged
      ['S2', 'СОШ 2', 2021, 'OGE-MA', 30, 6], //    20%
      ['S3', 'СОШ 3', 2021, 'VPR-MA-5', 20, 2], //  10%
      ['S3', 'СОШ 3', 2021, 'OGE-MA', 30, 6], //    20%
    ]),
  );
});

describe('shnor check --list', () => {
  it('exits 1 and names the missing school and the extra one with its reason', async () => {
    const draft = await writeIn(dir, 'draft-wrong.csv', csv([['Код ОО', 'Наименование ОО'], ['S2', 'СОШ 2']]));
    const result = await runCommand('check', { inputs: [results], list: draft });
    expect(result.code, result.stderr).toBe(1);
    expect(result.stdout).toContain('Нет в проекте списка (1)');
    expect(result.stdout).toMatch(/S1 СОШ 1: критерий A/);
    expect(result.stdout).toContain('Лишние в проекте (1)');
    expect(result.stdout).toContain('S2 СОШ 2: один низкий результат: ВПР Математика 5 кл. 40%');
    expect(result.stdout).toContain('Проверки данных');
  });

  it('exits 0 for a correct draft (matched by name here)', async () => {
    const draft = await writeIn(dir, 'draft-ok.csv', csv([['школа'], ['МБОУ СОШ № 1']]));
    const result = await runCommand('check', { inputs: [results], list: draft });
    expect(result.code, result.stdout + result.stderr).toBe(0);
    expect(result.stdout).toContain('Проект списка совпадает с правилом ФИОКО.');
  });

  it('JSON: exactly year, missing, extra, absent, dataChecks, listDisagreements, objectivitySource', async () => {
    const draft = await writeIn(dir, 'draft-json.csv', csv([['логин'], ['S2'], ['S9']]));
    const { result, json } = await runCommandJson<CheckJson>('check', { inputs: [results], list: draft });
    expect(result.code).toBe(1);
    // listDisagreements (issue 21) added last; [] without --profile
    // objectivitySource (issue 22) last; null without an official list or computed signs
    expect(Object.keys(json)).toEqual(['year', 'missing', 'extra', 'absent', 'dataChecks', 'listDisagreements', 'objectivitySource']);
    expect((json as unknown as { listDisagreements: unknown[] }).listDisagreements).toEqual([]);
    expect((json as unknown as { objectivitySource: unknown }).objectivitySource).toBeNull();
    expect(json.year).toBe(2021);
    expect(json.missing).toEqual([
      {
        schoolId: 'S1',
        criteria: ['A'],
        lowResults: [
          { year: 2021, procedure: 'VPR-MA-5', participants: 20, failed: 10, failShare: 50 },
          { year: 2021, procedure: 'OGE-MA', participants: 30, failed: 12, failShare: 40 },
        ],
      },
    ]);
    expect(json.extra.map((e) => Object.keys(e))).toEqual([['schoolId', 'reason']]);
    expect(json.extra[0]!.schoolId).toBe('S2');
    expect(json.absent).toEqual([{ entry: 'S9', reason: 'нет ни по коду, ни по названию' }]);
    expect(json.dataChecks).toEqual([]);
  });

  it('exits 2 for a draft with no recognisable column', async () => {
    const draft = await writeIn(dir, 'draft-bad.csv', csv([['что', 'где'], ['S1', 'да']]));
    const result = await runCommand('check', { inputs: [results], list: draft });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('не найдена строка заголовка проекта списка');
    expect(result.stderr).not.toMatch(STACK_LINE);
    expect(result.stdout).toBe('');
  });

  it('without --list: exit 0 when the data checks are only warnings', async () => {
    const result = await runCommand('check', { inputs: [results] }, { format: 'csv' });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout.split('\n')[0]).toBe('Раздел,Код ОО,Школа / запись проекта,Процедура,Год,Уровень,Код,Пояснение');
  });
});
