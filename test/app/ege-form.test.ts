/** A region's per-school ЕГЭ form through the commands, run in-process: inspect names the layout and its columns, classify lists the schools. */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ALPHA, BETA, writeFormWorkbook } from '../io/layouts/ege-form-fixture.js';
import { school, type JsonReport } from './classify-json.js';
import { tempDir } from './files.js';
import { runCommand, runCommandJson } from './run.js';

interface Inspected {
  files: { sheets: { sheet: string; headerRow: number; layout: string; records: number; years: number[]; columns: { header: string; field: string | null }[] }[] }[];
}

describe('a per-school ЕГЭ form workbook', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await tempDir();
    await writeFormWorkbook(join(dir, 'ege.xlsx'));
  });

  it('shnor inspect shows the ege-form layout and each metric column under its subject', async () => {
    const { result, json } = await runCommandJson<Inspected>('inspect', { inputs: ['ege.xlsx'] }, { cwd: dir });
    expect(result.code, result.stderr).toBe(0);
    const sheets = json.files[0]!.sheets;
    expect(sheets.map((s) => [s.sheet, s.layout, s.headerRow, s.records, s.years])).toEqual([
      ['2024', 'ege-form', 2, 0, []], ['2023', 'ege-form', 4, 7, [2023]], ['2022', 'ege-form', 2, 3, [2022]],
    ]);
    expect(sheets[1]!.columns).toContainEqual({ header: 'Русский язык — не преодолен min порог', field: 'EGE-RU failCount' });
    expect(sheets[1]!.columns).toContainEqual({ header: 'Английский язык (устный) — средний балл', field: null });
  });

  it('shnor classify --year 2023 lists the schools by name with their municipality, and says why sheet 2024 is not read', async () => {
    const { result, json } = await runCommandJson<JsonReport>('classify', { inputs: ['ege.xlsx'], year: 2023 }, { cwd: dir });
    expect(result.code, result.stderr).toBe(0);
    expect(json.schools.map((s) => [s.schoolId, s.municipality]).sort()).toEqual([
      ['МБОУ СОШ № 1', ALPHA], ['МБОУ СОШ № 2', ALPHA], ['МОУ Бетинская СОШ', BETA],
    ]);
    // профильная математика 2023: 4 of 10 below the minimum = 40 % ≥ 30 %
    expect(school(json, 'МБОУ СОШ № 1').lowResults).toEqual([{ year: 2023, procedure: 'EGE-MA-P', participants: 10, failed: 4, failShare: 40 }]);
    expect(json.issues).toContainEqual(expect.objectContaining({
      sheet: '2024', code: 'not-results-sheet', message: 'заявления на участие в ЕГЭ, а не результаты — лист не использован',
    }));
    const text = await runCommand('classify', { inputs: ['ege.xlsx'], year: 2023 }, { cwd: dir });
    expect(text.stderr).toContain('лист «2024»: заявления на участие в ЕГЭ, а не результаты — лист не использован');
    // a school known by its name alone shows it in the name column, the code column empty
    expect(text.stdout).toMatch(/│ +│ МБОУ СОШ № 1 +│ нет/);
  });
});
