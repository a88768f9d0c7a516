/**
 * Branches (issue #8), the commands run in-process, on fixtures/cases/branches: LG-01-F1 is a
 * branch of LG-01. LG-01 alone has one low result in 2024 — ВПР математика 5 6/20 = 30% — next to
 * ОГЭ математика 2/10 = 20%; its branch wrote ОГЭ математика 3/5 = 60%. Summed for the list, ОГЭ is
 * 5/15 = 33.33% (5 × 100 = 500 ≥ 30 × 15 = 450): two low results → criterion A.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { school, type JsonReport } from './classify-json.js';
import { ROOT, STACK_LINE, csv, tempDir, writeIn } from './files.js';
import { runCommand, runCommandJson } from './run.js';

const RESULTS = 'fixtures/cases/branches/results.csv';
const SCHOOLS = 'fixtures/cases/branches/schools.csv';

describe('classify with branches', () => {
  it('without --schools every school stands alone: one low result each, nobody flagged', async () => {
    const { result, json } = await runCommandJson<JsonReport>('classify', { inputs: [RESULTS] });
    expect(result.code, result.stderr).toBe(0);
    expect(json.schools.map((s) => [s.schoolId, s.flagged, s.lowResults.length, s.branches])).toEqual([
      ['LG-01', false, 1, []], ['LG-01-F1', false, 1, []], ['LG-02', false, 0, []],
    ]);
  });

  it('with --schools the branch adds to its legal entity and flips it to ШНОР, and the verdict names the branch', async () => {
    const { result, json } = await runCommandJson<JsonReport>('classify', { inputs: [RESULTS], schools: SCHOOLS });
    expect(result.code, result.stderr).toBe(0);
    expect(json.issues).toEqual([]);
    expect(json.schools.map((s) => s.schoolId)).toEqual(['LG-01', 'LG-02']); // the branch is listed under LG-01
    const lg01 = school(json, 'LG-01');
    expect(lg01).toMatchObject({ flagged: true, criteria: ['A'], branches: ['LG-01-F1'] });
    expect(lg01.lowResults).toEqual([
      { year: 2024, procedure: 'VPR-MA-5', participants: 20, failed: 6, failShare: 30 },
      { year: 2024, procedure: 'OGE-MA', participants: 15, failed: 5, failShare: 33.33 },
    ]);
    // ВПР русский 5: 2/22 at the school and 1/6 at the branch are added too (3/28 = 10,71%, not low)
    expect(lg01.notes).toContain(
      'С учётом филиалов (список составляется по юрлицу: участники и не справившиеся филиалов сложены с результатами ОО): ' +
        'филиал LG-01-F1 «Заречный филиал МБОУ «Луговская СОШ»» — 2023/2024 уч. г.: ВПР Русский язык 5 кл. 16,67% (1/6), ОГЭ Математика 60% (3/5)',
    );
  });

  it('dynamics keeps the branch apart', async () => {
    const { json } = await runCommandJson<{ schools: { schoolId: string }[] }>('dynamics', { inputs: [RESULTS], schools: SCHOOLS });
    expect(json.schools.map((s) => s.schoolId)).toEqual(['LG-01', 'LG-01-F1', 'LG-02']);
  });

  it('reports a parent that is nowhere at its cell and counts the school on its own', async () => {
    const dir = await tempDir();
    await writeIn(dir, 'schools.csv', csv([
      ['Код ОО', 'Наименование ОО', 'Головная ОО'],
      ['LG-01', 'МБОУ «Луговская СОШ»', ''],
      ['LG-01-F1', 'Заречный филиал', 'LG-99'],
    ], ';'));
    const { result, json } = await runCommandJson<JsonReport>('classify', { inputs: [join(ROOT, RESULTS)], schools: 'schools.csv' }, { cwd: dir });
    expect(result.code, result.stderr).toBe(0);
    expect(json.issues).toEqual([expect.objectContaining({ file: 'schools.csv', row: 3, column: 'Головная ОО', code: 'parent-unknown' })]);
    expect(json.issues[0]!.message).toBe('головной ОО LG-99 нет ни в списке школ, ни в результатах; связь не учтена, школа считается самостоятельным юрлицом');
    expect(school(json, 'LG-01-F1').flagged).toBe(false);
    expect(school(json, 'LG-01').branches).toEqual([]);
  });
});

describe('a branch named where the legal entity is meant', () => {
  it('check --list: a draft naming LG-01-F1 names LG-01 (flagged), so nothing is missing; the branch is listed to be corrected, exit 0', async () => {
    const dir = await tempDir();
    await writeIn(dir, 'draft.csv', csv([['Код ОО', 'Наименование'], ['LG-01-F1', 'Заречный филиал']], ';'));
    const result = await runCommand('check', { inputs: [join(ROOT, RESULTS)], schools: join(ROOT, SCHOOLS), list: 'draft.csv' }, { cwd: dir });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain('Нет в проекте списка (0)');
    expect(result.stdout).toContain('Нет в данных (0)');
    expect(result.stdout).toContain('Указаны филиалы — список составляется по юрлицу, укажите его (1)');
    expect(result.stdout).toContain('«LG-01-F1 — Заречный филиал» — филиал LG-01-F1 юрлица LG-01 МБОУ «Луговская СОШ» (в списке по правилу)');
  });

  it('recommend --school LG-01-F1 is refused with the legal entity to give instead, exit 2', async () => {
    const result = await runCommand('recommend', { inputs: [RESULTS], schools: SCHOOLS, school: ['lg-01-f1'] });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('«lg-01-f1» (это филиал LG-01: список и рекомендации составляются по юрлицу, укажите --school LG-01)');
    expect(result.stderr).not.toMatch(STACK_LINE);
  });
});
