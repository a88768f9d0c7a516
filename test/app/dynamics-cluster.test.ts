/**
 * shnor dynamics and shnor cluster, run in-process: small inputs in a temp folder with every
 * expected value worked out by hand in the comments (issue #4, ruling R9), then the bundled demo
 * district (fixtures/demo, see EXPECTED.md).
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { collectIds } from '../../src/cli/options.js';
import type { JsonIssue } from './classify-json.js';
import { csv, OGE_MA, OGE_RU, RU_HEADER, STACK_LINE, tempDir, VPR_MA, VPR_RU, workbookFrom, writeIn } from './files.js';
import { runCommand, runCommandJson } from './run.js';

// The JSON contract of `dynamics --format json` (src/report/dynamics/json.ts).
interface YearJson {
  year: number;
  participants: number | null;
  failed: number | null;
  failShare: number;
  ci: [number, number] | null;
  low: boolean;
  meanScore: number | null;
  districtMean: number | null;
  districtSource: string | null;
  meanRatio: number | null;
  ratio52: number | null;
  sample: string | null;
}

interface ChangeJson {
  from: number;
  to: number;
  deltaPp: number;
  direction: 'positive' | 'negative' | 'stable';
  because: string | null;
  significant: boolean | null;
  pValue: number | null;
  counts: boolean;
  meanD: number | null;
}

interface ProcedureJson {
  procedure: string;
  years: YearJson[];
  changes: ChangeJson[];
  negativeRun: number;
}

interface DynamicsJson {
  year: number;
  years: number[];
  method: Record<string, unknown>;
  reference: string[];
  schools: { schoolId: string; schoolName: string | null; procedures: ProcedureJson[]; overall: { direction: string | null; year: number; positive: string[]; negative: string[]; notSignificant: unknown[]; heldBack: unknown[]; noResultsIn: number | null } }[];
  list: { from: number; to: number; entered: string[]; left: string[]; noResults: string[]; stayed: string[]; persistent: { schoolId: string; procedures: string[] }[] };
  targets: { id: string; plan: number | null; fact: number | null; numerator: number | null; denominator: number | null; status: string; note: string }[];
  issues: JsonIssue[];
}

// The JSON contract of `cluster --format json` (src/report/cluster/json.ts).
interface ClusterJson {
  year: number;
  profileGiven: boolean;
  schools: {
    schoolId: string; schoolName: string | null; cluster: 1 | 2 | 3 | null; label: string; reasons: string[]; rules: string[];
    officialLists: string[] | null; listDisagreement: string | null;
  }[];
  issues: JsonIssue[];
}

function schoolOf<T extends { schools: { schoolId: string }[] }>(report: T, id: string): T['schools'][number] {
  const found = report.schools.find((s) => s.schoolId === id);
  if (!found) throw new Error(`no school ${id}; ids: ${report.schools.map((s) => s.schoolId).join(', ')}`);
  return found;
}

function procedureOf(report: DynamicsJson, school: string, procedure: string): ProcedureJson {
  const found = (schoolOf(report, school) as DynamicsJson['schools'][number]).procedures.find((p) => p.procedure === procedure);
  if (!found) throw new Error(`no ${procedure} for ${school}`);
  return found;
}


// Target year 2023 (the latest in the data), years 2021–2023.
const DYNAMICS_ROWS = csv([
  RU_HEADER,
  // SL-07: ОГЭ МА 7/20 = 35% → 6/25 = 24%: −11 pp and out of the zone → positive;
  //        ВПР МА 5 1/12 = 8,33% → 3/12 = 25%: +16,67 pp → negative, p ≈ 0,273 → not significant.
  //        Overall into 2023: mixed (improved ОГЭ МА, worsened ВПР МА 5). One low result in 2022 only: never listed.
  ['SL-07', 'МБОУ СОШ № 7', 2022, OGE_MA, 20, 7], ['SL-07', 'МБОУ СОШ № 7', 2023, OGE_MA, 25, 6],
  ['SL-07', 'МБОУ СОШ № 7', 2022, VPR_MA, 12, 1], ['SL-07', 'МБОУ СОШ № 7', 2023, VPR_MA, 12, 3],
  // SL-02: 2022 ВПР РУ 5 and ОГЭ РУ 4/10 = 40% (A); 2023 both 1/10: off the list → left; ОГЭ РУ 40% → 10% positive (8.2)
  ['SL-02', 'МБОУ СОШ № 2', 2022, VPR_RU, 10, 4], ['SL-02', 'МБОУ СОШ № 2', 2022, OGE_RU, 10, 4],
  ['SL-02', 'МБОУ СОШ № 2', 2023, VPR_RU, 10, 1], ['SL-02', 'МБОУ СОШ № 2', 2023, OGE_RU, 10, 1],
  // SL-03: 2022 ВПР РУ 5 and ОГЭ МА 40% (A); 2023 ОГЭ МА still 40% (B) → stayed, persistent ОГЭ МА; ОГЭ МА stable (8.1)
  ['SL-03', 'МБОУ СОШ № 3', 2022, VPR_RU, 10, 4], ['SL-03', 'МБОУ СОШ № 3', 2022, OGE_MA, 10, 4],
  ['SL-03', 'МБОУ СОШ № 3', 2023, VPR_RU, 10, 1], ['SL-03', 'МБОУ СОШ № 3', 2023, OGE_MA, 10, 4],
  // SL-04: nothing low in 2022; 2023 ВПР МА 5 and ОГЭ МА 5/10 = 50% (A) → entered
  ['SL-04', 'МБОУ СОШ № 4', 2022, VPR_MA, 10, 1], ['SL-04', 'МБОУ СОШ № 4', 2022, OGE_MA, 10, 1],
  ['SL-04', 'МБОУ СОШ № 4', 2023, VPR_MA, 10, 5], ['SL-04', 'МБОУ СОШ № 4', 2023, OGE_MA, 10, 5],
  // SL-05: ОГЭ РУ 1/20 = 5% → 3/20 = 15% (+10) → 5/20 = 25% (+10): two negative changes running
  ['SL-05', 'МБОУ СОШ № 5', 2021, OGE_RU, 20, 1], ['SL-05', 'МБОУ СОШ № 5', 2022, OGE_RU, 20, 3], ['SL-05', 'МБОУ СОШ № 5', 2023, OGE_RU, 20, 5],
], ';');

describe('shnor dynamics on a hand-made district', () => {
  let dir: string;
  let json: DynamicsJson;
  beforeAll(async () => {
    dir = await tempDir();
    await writeIn(dir, 'results.csv', DYNAMICS_ROWS);
    const run = await runCommandJson<DynamicsJson>('dynamics', { inputs: ['results.csv'] }, { cwd: dir });
    expect(run.result.code, run.result.stderr).toBe(0);
    json = run.json;
  });

  it('has the keys of the issue', () => {
    expect(json).toMatchObject({ year: 2023, years: [2021, 2022, 2023], issues: [] });
    const school = schoolOf(json, 'SL-07');
    expect(Object.keys(school)).toEqual(expect.arrayContaining(['schoolId', 'procedures', 'overall']));
    const procedure = school.procedures[0]!;
    expect(Object.keys(procedure)).toEqual(expect.arrayContaining(['procedure', 'years', 'changes']));
    expect(Object.keys(procedure.years[0]!)).toEqual(expect.arrayContaining(['year', 'participants', 'failShare', 'ci', 'meanScore', 'districtMean', 'ratio52']));
    expect(Object.keys(procedure.changes[0]!)).toEqual(expect.arrayContaining(['from', 'to', 'deltaPp', 'direction', 'significant']));
    expect(Object.keys(json.list)).toEqual(expect.arrayContaining(['from', 'to', 'entered', 'left', 'stayed']));
    expect(Array.isArray(json.targets)).toBe(true);
  });

  it('ОГЭ МА 35% → 24% is positive (it leaves the zone)', () => {
    const p = procedureOf(json, 'SL-07', 'OGE-MA');
    expect(p.years.map((y) => [y.year, y.participants, y.failShare])).toEqual([[2022, 20, 35], [2023, 25, 24]]);
    // pooled 13/45; z = 0,11 / √(0,2889 · 0,7111 · (1/20 + 1/25)) = 0,11 / 0,13597 = 0,81 → p ≈ 0,42
    expect(p.changes).toEqual([expect.objectContaining({ from: 2022, to: 2023, deltaPp: -11, direction: 'positive', because: 'left-low', significant: false })]);
  });

  it('ВПР МА 5 1/12 → 3/12 is negative (+16,67 pp) and not significant; 3/12 has the Wilson interval [8,89; 53,23]', () => {
    const p = procedureOf(json, 'SL-07', 'VPR-MA-5');
    expect(p.changes[0]).toMatchObject({ deltaPp: 16.67, direction: 'negative', significant: false });
    expect(p.changes[0]!.pValue).toBeCloseTo(0.273, 2);
    expect(p.years[1]).toMatchObject({ year: 2023, failShare: 25, ci: [8.89, 53.23], sample: 'limited' });
  });

  it('overall direction: SL-07 mixed, SL-02 positive, SL-05 negative with a run of two', () => {
    // both changes into 2023 count by the method though neither is significant (p = 0,2733 and 0,4185): the overall direction names them
    expect(schoolOf(json, 'SL-07').overall).toEqual({
      direction: 'mixed', year: 2023, positive: ['OGE-MA'], negative: ['VPR-MA-5'], heldBack: [], noResultsIn: null,
      notSignificant: [
        { procedure: 'VPR-MA-5', from: 2022, to: 2023, deltaPp: 16.67, pValue: 0.2733 },
        { procedure: 'OGE-MA', from: 2022, to: 2023, deltaPp: -11, pValue: 0.4185 },
      ],
    });
    expect(schoolOf(json, 'SL-02').overall).toMatchObject({ direction: 'positive', positive: ['VPR-RU-5', 'OGE-RU'] });
    expect(schoolOf(json, 'SL-05').overall.direction).toBe('negative');
    expect(procedureOf(json, 'SL-05', 'OGE-RU').negativeRun).toBe(2);
  });

  it('list 2022 → 2023: SL-04 entered, SL-02 left, SL-03 stayed with ОГЭ МА low both years', () => {
    expect(json.list).toEqual({ from: 2022, to: 2023, entered: ['SL-04'], left: ['SL-02'], noResults: [], stayed: ['SL-03'], persistent: [{ schoolId: 'SL-03', procedures: ['OGE-MA'] }] });
  });

  it('targets (seed 004 plan for 2023: 70%): 8.1 ОГЭ МА 0 of 1 (SL-03 stable) → not met; 8.2 ОГЭ РУ 1 of 1 (SL-02) = 100% → met', () => {
    expect(json.targets.find((t) => t.id === '8.1')).toMatchObject({ plan: 70, fact: 0, numerator: 0, denominator: 1, status: 'notMet' });
    expect(json.targets.find((t) => t.id === '8.2')).toMatchObject({ plan: 70, fact: 100, numerator: 1, denominator: 1, status: 'met' });
    expect(json.targets.find((t) => t.id === '8.2')!.note).toContain('SL-02');
    expect(json.method).toMatchObject({ marginPp: 10, procedures: ['VPR-MA-5', 'VPR-RU-5', 'OGE-MA', 'OGE-RU'] });
  });

  it('--school keeps only those schools (and their part of the list); the targets stay district-wide', async () => {
    const one = await runCommandJson<DynamicsJson>('dynamics', { inputs: ['results.csv'], school: ['SL-07'] }, { cwd: dir });
    expect(one.result.code, one.result.stderr).toBe(0);
    expect(one.json.schools.map((s) => s.schoolId)).toEqual(['SL-07']);
    expect(one.json.list).toMatchObject({ entered: [], left: [], stayed: [] });
    expect(one.json.targets.find((t) => t.id === '8.2')).toMatchObject({ numerator: 1, denominator: 1 });
    // --school SL-03,SL-04 and --school SL-03 --school sl-04
    for (const school of [collectIds('SL-03,SL-04'), collectIds('sl-04', collectIds('SL-03'))]) {
      const two = await runCommandJson<DynamicsJson>('dynamics', { inputs: ['results.csv'], school }, { cwd: dir });
      expect(two.json.schools.map((s) => s.schoolId)).toEqual(['SL-03', 'SL-04']);
      expect(two.json.list).toMatchObject({ entered: ['SL-04'], left: [], stayed: ['SL-03'] });
    }
  });

  it('--school with an unknown id → exit 2, a Russian message naming it, no stack', async () => {
    const result = await runCommand('dynamics', { inputs: ['results.csv'], school: ['SL-99'] }, { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('--school');
    expect(result.stderr).toContain('SL-99');
    expect(result.stderr).not.toMatch(STACK_LINE);
  });

  it('the terminal: a block per school, a sparkline and the shares, «незначимо», «малая выборка», the list, the targets', async () => {
    const result = await runCommand('dynamics', { inputs: ['results.csv'] }, { cwd: dir });
    expect(result.code, result.stderr).toBe(0);
    const out = result.stdout;
    expect(out).toContain('2020/2021 уч. г. — 2022/2023 уч. г.');
    expect(out).toMatch(/SL-07 МБОУ СОШ № 7 — общая динамика к 2022\/2023 уч\. г\.: разнонаправленная \(улучшение: ОГЭ Математика; ухудшение: ВПР Математика 5 кл\.\)/);
    // 2021 missing → a space; 35% → ▃ (25–37,5%); 24% → ▂ (12,5–25%)
    const oge = out.split('\n').find((line) => line.includes('ОГЭ Математика') && line.includes('35% → 24%'))!;
    expect(oge).toContain(' ▃▂ ');
    expect(oge).toContain('−11 п.п., положительная');
    const vpr = out.split('\n').find((line) => line.includes('ВПР Математика 5 кл.') && line.includes('8,3% → 25%'))!;
    expect(vpr).toContain('+16,67 п.п., отрицательная; незначимо; малая выборка');
    expect(out).toMatch(/SL-05 .*отрицательная[\s\S]*2 отрицательных изменения подряд/);
    expect(out).toContain('вошли (1): SL-04');
    expect(out).toContain('вышли (1): SL-02');
    expect(out).toContain('стойкие (та же процедура низкая оба года) (1): SL-03 (ОГЭ Математика)');
    expect(out).toContain('ШНОР — список, действующий в 2022/2023 уч. г. (по результатам 2021/2022 уч. г.); ШНСУ — по профилю школ.');
    expect(out).not.toMatch(/постановление|\bR\d/);
    expect(out).toMatch(/8\.2 {2}Факт 100% \/ План 70% — выполнен\. ОГЭ Русский язык: положительная динамика у 1 из 1 школы \(SL-02\)/);
  });

  it('--format md: a section per school, the list and the targets', async () => {
    const result = await runCommand('dynamics', { inputs: ['results.csv'], school: ['SL-07'] }, { cwd: dir, format: 'md' });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain('# Динамика результатов по школам: 2020/2021 уч. г. — 2022/2023 уч. г.');
    expect(result.stdout).toContain('## SL-07 МБОУ СОШ № 7');
    expect(result.stdout).toContain('| 2020/2021 уч. г. | 2021/2022 уч. г. | 2022/2023 уч. г. |');
    expect(result.stdout).toContain('**35%** (7/20');
    expect(result.stdout).toContain('изменение не меньше 10 п.п.; незначимо, p = 0,27');
    expect(result.stdout).toContain('## Движение списка ШНОР: 2021/2022 уч. г. → 2022/2023 уч. г.');
    expect(result.stdout).toMatch(/\| 8\.2 \| [^|]*ОГЭ по русскому языку \| 70% \| 100% \| 1 \| 1 \| выполнен \|/);
  });

  it('--format csv: one row per school × procedure × year', async () => {
    const result = await runCommand('dynamics', { inputs: ['results.csv'] }, { cwd: dir, format: 'csv' });
    expect(result.code, result.stderr).toBe(0);
    const lines = result.stdout.trim().split('\n');
    // SL-07 4, SL-02 4, SL-03 4, SL-04 4, SL-05 3
    expect(lines).toHaveLength(1 + 19);
    expect(lines[0]).toContain('Код ОО,Наименование ОО,Процедура,Год,Участников');
    // the last six columns (успеваемость, качество знаний, the municipality's two, the region's two) empty: results.csv counts only «2»
    expect(lines).toContain('SL-07,МБОУ СОШ № 7,ВПР Математика 5 кл.,2022/2023 уч. г.,12,3,25,8.89,53.23,,,,,ограниченная,16.67,отрицательная,нет,0.2733,изменение не меньше 10 п.п.,,,,,,,');
  });

  it('-o dynamics.xlsx: «Динамика» (negative directions filled), «Список», «Целевые показатели»', async () => {
    const result = await runCommand('dynamics', { inputs: ['results.csv'] }, { cwd: dir, format: 'xlsx' });
    expect(result.code, result.stderr).toBe(0);
    const workbook = await workbookFrom(result.stdoutBytes);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['Динамика', 'Список', 'Целевые показатели']);
    const sheet = workbook.getWorksheet('Динамика')!;
    expect(sheet.actualRowCount).toBe(1 + 19);
    const headers = (sheet.getRow(1).values as unknown[]).slice(1);
    const column = (name: string) => headers.indexOf(name) + 1;
    let found = 0;
    sheet.eachRow((row, n) => {
      if (n === 1) return;
      const direction = row.getCell(column('Направление'));
      const filled = direction.fill !== undefined && direction.fill.type === 'pattern' && direction.fill.pattern !== 'none';
      expect(filled, `row ${n}`).toBe(direction.value === 'отрицательная');
      if (row.getCell(1).value === 'SL-07' && direction.value === 'отрицательная') found += 1;
    });
    expect(found).toBe(1);
    const list = workbook.getWorksheet('Список')!;
    expect(list.getRow(2).values).toEqual([undefined, 'SL-04', 'МБОУ СОШ № 4', 'вошла']);
    expect((list.getRow(4).values as unknown[]).slice(1)).toEqual(['SL-03', 'МБОУ СОШ № 3', 'осталась', 'ОГЭ Математика']);
    const targets = workbook.getWorksheet('Целевые показатели')!;
    expect((targets.getRow(3).values as unknown[]).slice(1, 7)).toEqual(['8.2', expect.stringContaining('ОГЭ по русскому языку'), 0.7, 1, 1, 1]);
    expect(targets.getRow(3).getCell(3).numFmt).toBe('0.00%');
    expect(targets.getRow(3).getCell(7).value).toBe('выполнен');
  });

  it('--programme: another municipality\'s plan («2023 г - 100%») is the one compared with', async () => {
    const programme = {
      id: 'other', title: 'Другая программа', sections: [{ number: 8, title: 'Результаты' }],
      indicators: [{ id: '8.1', kind: 'invariant', unit: 'percent', text: 'ОГЭ МА', plan: '2022 г - 50% 2023 г - 100%', fact: { source: 'results', procedures: ['OGE-MA'] } }],
    };
    await writeIn(dir, 'programme.json', JSON.stringify(programme));
    const { result, json: other } = await runCommandJson<DynamicsJson>('dynamics', { inputs: ['results.csv'], programme: 'programme.json' }, { cwd: dir });
    expect(result.code, result.stderr).toBe(0);
    expect(other.targets).toEqual([expect.objectContaining({ id: '8.1', plan: 100, fact: 0, status: 'notMet' })]);
  });

  it('--programme with an invalid file → exit 2 naming the file and the bad key, no stack', async () => {
    await writeIn(dir, 'bad-programme.json', JSON.stringify({ id: 'x', title: 'x', sections: [], indicators: [] }));
    const result = await runCommand('dynamics', { inputs: ['results.csv'], programme: 'bad-programme.json' }, { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('bad-programme.json');
    expect(result.stderr).toContain('indicators');
    expect(result.stderr).not.toMatch(STACK_LINE);
  });
});

describe('shnor dynamics: D of the mean score against a --reference (seed 000, Сосновская СОШ, ОГЭ математика)', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await tempDir();
    await writeIn(dir, 'results.csv', csv([
      ['Код ОО', 'Учебный год', 'Процедура', 'Кол-во участников', '«2»', 'Средний балл'],
      ['Сосновская', 2017, OGE_MA, 20, 0, '4,0'], ['Сосновская', 2018, OGE_MA, 20, 0, '3,0'], ['Сосновская', 2019, OGE_MA, 20, 0, '3,71'],
    ], ';'));
    await writeIn(dir, 'district.csv', csv([['Год', 'Процедура', 'Средний балл'], [2017, OGE_MA, '3,75'], [2018, OGE_MA, '3,66'], [2019, OGE_MA, '3,71']], ';'));
  });

  it('2018: 3,0/3,66 − 4,0/3,75 = −0,247; 2019: 3,71/3,71 − 3,0/3,66 = +0,1803; the level is named', async () => {
    const { result, json } = await runCommandJson<DynamicsJson>('dynamics', { inputs: ['results.csv'], reference: 'district.csv' }, { cwd: dir });
    expect(result.code, result.stderr).toBe(0);
    const p = procedureOf(json, 'Сосновская', 'OGE-MA');
    expect(p.years.map((y) => [y.meanScore, y.districtMean, y.districtSource])).toEqual([[4, 3.75, 'district'], [3, 3.66, 'district'], [3.71, 3.71, 'district']]);
    expect(p.changes.map((c) => c.meanD)).toEqual([-0.247, 0.1803]);
    expect(json.reference).toEqual(['district']);
  });

  it('--reference-level region: the same values, named as the region', async () => {
    const { json } = await runCommandJson<DynamicsJson>('dynamics', { inputs: ['results.csv'], reference: 'district.csv', referenceLevel: 'region' }, { cwd: dir });
    expect(procedureOf(json, 'Сосновская', 'OGE-MA').years.map((y) => y.districtSource)).toEqual(['region', 'region', 'region']);
    const md = await runCommand('dynamics', { inputs: ['results.csv'], reference: 'district.csv', referenceLevel: 'region' }, { cwd: dir, format: 'md' });
    expect(md.stdout).toContain('опорные значения (регион), где их нет — средние по школам входных данных');
  });
});

// Target year 2023.
const CLUSTER_ROWS = csv([
  RU_HEADER,
  // C1: ВПР МА 5 and ОГЭ МА 4/10 = 40% in 2023 → criterion A → cluster 1 (a small school too: still 1 only)
  ['C1', 'МБОУ ООШ № 1', 2023, VPR_MA, 10, 4], ['C1', 'МБОУ ООШ № 1', 2023, OGE_MA, 10, 4],
  // C2: ОГЭ МА 10% → 10%, «Малочисленная школа» = да → cluster 2 (context risk)
  ['C2', 'МБОУ ООШ № 2', 2022, OGE_MA, 20, 2], ['C2', 'МБОУ ООШ № 2', 2023, OGE_MA, 20, 2],
  // C2L: one low result in 2023 (ВПР МА 5 4/10 = 40%), nothing low in 2022 → cluster 2 (one low result)
  ['C2L', 'МБОУ СОШ № 2Л', 2023, VPR_MA, 10, 4], ['C2L', 'МБОУ СОШ № 2Л', 2022, OGE_MA, 20, 2], ['C2L', 'МБОУ СОШ № 2Л', 2023, OGE_MA, 20, 2],
  // C3: ОГЭ МА 5/20 = 25% → 2/20 = 10% (−15 pp) → positive dynamics → cluster 3
  ['C3', 'МБОУ СОШ № 3', 2022, OGE_MA, 20, 5], ['C3', 'МБОУ СОШ № 3', 2023, OGE_MA, 20, 2],
  // C0: 10% → 10% → stable, no cluster
  ['C0', 'МБОУ СОШ № 0', 2022, OGE_MA, 20, 2], ['C0', 'МБОУ СОШ № 0', 2023, OGE_MA, 20, 2],
], ';');

const PROFILE = csv([
  ['Код ОО', 'Малочисленная школа'],
  ['C1', 'да'], ['C2', 'да'], ['C2L', 'нет'], ['C3', 'нет'], ['C0', 'нет'],
], ';');

describe('shnor cluster on a hand-made district', () => {
  let dir: string;
  let json: ClusterJson;
  beforeAll(async () => {
    dir = await tempDir();
    await writeIn(dir, 'results.csv', CLUSTER_ROWS);
    await writeIn(dir, 'profile.csv', PROFILE);
    const run = await runCommandJson<ClusterJson>('cluster', { inputs: ['results.csv'], profile: 'profile.csv' }, { cwd: dir });
    expect(run.result.code, run.result.stderr).toBe(0);
    json = run.json;
  });

  it('one cluster per school, 1 > 2 > 3, stable last', () => {
    expect(json).toMatchObject({ year: 2023, profileGiven: true, issues: [] });
    expect(json.schools.map((s) => [s.schoolId, s.cluster])).toEqual([['C1', 1], ['C2', 2], ['C2L', 2], ['C3', 3], ['C0', null]]);
  });

  it('cluster 1: the FIOKO rule with its criterion and results, nothing else', () => {
    expect(schoolOf(json, 'C1')).toEqual({
      schoolId: 'C1', schoolName: 'МБОУ ООШ № 1', cluster: 1, label: 'Школы с низкими результатами обучения', rules: ['shnor'],
      reasons: ['ШНОР по правилу ФИОКО (критерий A или B): критерий A; низкие результаты: 2022/2023 уч. г.: ВПР Математика 5 кл., ОГЭ Математика'],
      // the profile has no list columns: nothing known of the official lists
      officialLists: null, listDisagreement: null,
    });
  });

  it('cluster 2: «Малочисленная школа» = да in the profile', () => {
    expect(schoolOf(json, 'C2')).toMatchObject({
      cluster: 2, label: 'Школы — зоны риска', rules: ['context-risk'], reasons: ['Контекстный риск в профиле: малочисленная школа'],
    });
  });

  it('cluster 2: one low result in the year', () => {
    expect(schoolOf(json, 'C2L')).toMatchObject({
      cluster: 2, rules: ['one-low-result'], reasons: ['Один низкий результат в году — шаг до списка: ВПР Математика 5 кл. — 40% «2» в 2022/2023 уч. г.'],
    });
  });

  it('cluster 3 and the stable school', () => {
    expect(schoolOf(json, 'C3')).toMatchObject({
      cluster: 3, label: 'Школы с положительной динамикой', rules: ['positive-dynamics'],
      // 5/20 → 2/20: pooled 7/40 = 0,175, se = √(0,175 · 0,825 · (1/20 + 1/20)) = 0,12016, z = 0,15/0,12016 = 1,248, p = 0,21
      reasons: [
        'Положительная динамика в году: улучшение к 2022/2023 уч. г.: ОГЭ Математика; ухудшений нет; ' +
          'в пределах случайных колебаний — ОГЭ Математика: −15 п.п. к 2022/2023 уч. г. (p = 0,21); учтено по методике',
      ],
    });
    expect(schoolOf(json, 'C0')).toMatchObject({ cluster: null, label: 'Стабильные (вне кластеров)', reasons: [], rules: [] });
  });

  it('--require-significance, or dynamics.requireSignificance in shnor.config.json: C3\'s −15 pp (p = 0,21) no longer counts — stable, not cluster 3', async () => {
    const flag = await runCommandJson<ClusterJson>('cluster', { inputs: ['results.csv'], profile: 'profile.csv', requireSignificance: true }, { cwd: dir });
    expect(flag.result.code, flag.result.stderr).toBe(0);
    expect(schoolOf(flag.json, 'C3')).toMatchObject({ cluster: null, reasons: [] });

    const configDir = await tempDir();
    await writeIn(configDir, 'results.csv', CLUSTER_ROWS);
    await writeIn(configDir, 'shnor.config.json', JSON.stringify({ dynamics: { requireSignificance: true } }));
    const configured = await runCommandJson<ClusterJson>('cluster', { inputs: ['results.csv'] }, { cwd: configDir });
    expect(schoolOf(configured.json, 'C3').cluster).toBeNull();

    // 5/20 → 2/20: pooled 7/40, se = 0,12016, z = 1,2484, p = 2(1 − Φ(1,2484)) = 0,2119
    const dynamics = await runCommandJson<DynamicsJson>('dynamics', { inputs: ['results.csv'], requireSignificance: true }, { cwd: dir });
    expect(dynamics.json.method).toMatchObject({ requireSignificance: true });
    expect(procedureOf(dynamics.json, 'C3', 'OGE-MA').changes[0]).toMatchObject({ deltaPp: -15, direction: 'positive', significant: false, pValue: 0.2119, counts: false });
    expect(schoolOf(dynamics.json, 'C3').overall).toMatchObject({
      direction: 'stable', positive: [], notSignificant: [], heldBack: [{ procedure: 'OGE-MA', from: 2022, to: 2023, deltaPp: -15, pValue: 0.2119 }],
    });
    const screen = await runCommand('dynamics', { inputs: ['results.csv'], school: ['C3'], requireSignificance: true }, { cwd: dir });
    expect(screen.stdout).toContain('общая динамика к 2022/2023 уч. г.: стабильная; не учтено как незначимое — ОГЭ Математика: −15 п.п. к 2022/2023 уч. г. (p = 0,21)');
  });

  it('without --profile the small school is stable', async () => {
    const { result, json: bare } = await runCommandJson<ClusterJson>('cluster', { inputs: ['results.csv'] }, { cwd: dir });
    expect(result.code, result.stderr).toBe(0);
    expect(bare.profileGiven).toBe(false);
    expect(schoolOf(bare, 'C2').cluster).toBeNull();
  });

  it('a rule switched off in shnor.config.json (cluster.oneLowResult) no longer fires', async () => {
    const configDir = await tempDir();
    await writeIn(configDir, 'results.csv', CLUSTER_ROWS);
    await writeIn(configDir, 'shnor.config.json', JSON.stringify({ cluster: { oneLowResult: false } }));
    const { result, json: off } = await runCommandJson<ClusterJson>('cluster', { inputs: ['results.csv'] }, { cwd: configDir });
    expect(result.code, result.stderr).toBe(0);
    expect(schoolOf(off, 'C2L').cluster).toBeNull();
    const md = await runCommand('cluster', { inputs: ['results.csv'] }, { cwd: configDir, format: 'md' });
    expect(md.stdout).toContain('отключено в настройках (cluster.oneLowResult = false)');
  });

  it('a profile row for a school without results is reported', async () => {
    await writeIn(dir, 'profile-extra.csv', csv([['Код ОО', 'Малочисленная школа'], ['C2', 'да'], ['ZZ', 'да']], ';'));
    const { result, json: extra } = await runCommandJson<ClusterJson>('cluster', { inputs: ['results.csv'], profile: 'profile-extra.csv' }, { cwd: dir });
    expect(result.code).toBe(0);
    expect(extra.issues).toEqual([expect.objectContaining({ file: 'profile-extra.csv', row: 3, code: 'unknown-school' })]);
    expect(result.stderr).toContain('ZZ');
  });

  it('the terminal table, md grouped by cluster with the sources once, csv, xlsx, --lang en', async () => {
    const table = await runCommand('cluster', { inputs: ['results.csv'], profile: 'profile.csv' }, { cwd: dir });
    expect(table.code, table.stderr).toBe(0);
    expect(table.stdout).toContain('Кластер 1: 1, кластер 2: 2, кластер 3: 1, вне кластеров: 1 (всего школ: 5).');
    expect(table.stdout).toContain('1. Школы с низкими');

    const md = await runCommand('cluster', { inputs: ['results.csv'], profile: 'profile.csv' }, { cwd: dir, format: 'md' });
    expect(md.stdout).toContain('## 1. Школы с низкими результатами обучения (1)');
    expect(md.stdout).toContain('## 2. Школы — зоны риска (2)');
    expect(md.stdout).toContain('## Стабильные (вне кластеров) (1)');
    expect(md.stdout.split('## Правила и источники')).toHaveLength(2);
    // cited by the registry's short form (data/sources.json: pirov-2022, slavyansk-2022), never «seed N»
    expect(md.stdout).toContain('# Кластеры школ (МППКО Пировского муниципального округа на 2022–2024 годы): ');
    expect(md.stdout).toContain('> МППКО Пировского муниципального округа на 2022–2024 годы, Актуальность разработки МППКО: «2 кластер «Школы – зоны риска»');
    expect(md.stdout).toContain('> приказ УО Славянского района от 12.09.2022 № 1496, п. 3.5: «выявлены школы, функционирующие в зоне риска');
    // context-risk, low-ior-negative-run, one-low-result, positive-dynamics and official-list (data/clusters.json)
    expect(md.stdout.match(/_Принятое толкование:_/g)).toHaveLength(5);
    expect(md.stdout).not.toMatch(/seed|интерпретация shnor|\bR\d/i);

    const csvRun = await runCommand('cluster', { inputs: ['results.csv'], profile: 'profile.csv' }, { cwd: dir, format: 'csv' });
    const lines = csvRun.stdout.trim().split('\n');
    expect(lines[0]).toBe('Код ОО,Наименование ОО,Кластер,Название кластера,Правила,Основания');
    expect(lines).toContain('C2,МБОУ ООШ № 2,2,Школы — зоны риска,context-risk,Контекстный риск в профиле: малочисленная школа');
    expect(lines).toContain('C0,МБОУ СОШ № 0,,Стабильные (вне кластеров),,');

    const xlsx = await runCommand('cluster', { inputs: ['results.csv'], profile: 'profile.csv' }, { cwd: dir, format: 'xlsx' });
    const workbook = await workbookFrom(xlsx.stdoutBytes);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['Кластеры']);
    expect(workbook.getWorksheet('Кластеры')!.actualRowCount).toBe(1 + 5);

    const en = await runCommandJson<ClusterJson>('cluster', { inputs: ['results.csv'], profile: 'profile.csv' }, { cwd: dir, lang: 'en' });
    expect(schoolOf(en.json, 'C2')).toMatchObject({ label: 'Schools at risk', reasons: ['A context risk in the profile: small school'] });
  });
});

describe('the demo district (fixtures/demo)', () => {
  const expected = JSON.parse(readFileSync('fixtures/demo/expected-2025.json', 'utf8')) as { flagged: string[]; flagged2024: string[] };

  it('cluster: each of the 30 schools exactly once, the 8 flagged for 2025 and DM-20 (on the regional list) are cluster 1', async () => {
    const { result, json } = await runCommandJson<ClusterJson>(
      'cluster', { inputs: ['fixtures/demo/district.xlsx'], profile: 'fixtures/demo/schools-profile.xlsx' },
    );
    expect(result.code, result.stderr).toBe(0);
    expect(json.year).toBe(2025);
    const ids = json.schools.map((s) => s.schoolId);
    expect(ids).toHaveLength(30);
    expect(new Set(ids).size).toBe(30);
    for (const school of json.schools) {
      expect([1, 2, 3, null]).toContain(school.cluster);
      expect(school.rules).toHaveLength(school.reasons.length);
      expect(school.reasons.length > 0, school.schoolId).toBe(school.cluster !== null);
    }
    // EXPECTED.md: the profile's regional list is DM-09 and DM-20, the schools flagged for 2024; DM-20 has no results in 2025
    expect(json.schools.filter((s) => s.cluster === 1).map((s) => s.schoolId).sort()).toEqual([...expected.flagged, 'DM-20'].sort());
    expect(schoolOf(json, 'DM-20')).toMatchObject({ rules: ['official-list'], officialLists: ['regional'], listDisagreement: 'listed-not-flagged' });
    expect(schoolOf(json, 'DM-20').reasons[0]).toContain('по данным 2024/2025 уч. г. — не ШНОР: нет результатов');
    // the tiny schools DM-21 and DM-30 («Малочисленная школа» = да) are at risk; DM-27 is tiny but flagged → 1
    expect(schoolOf(json, 'DM-21')).toMatchObject({ cluster: 2, rules: expect.arrayContaining(['context-risk']) });
    expect(schoolOf(json, 'DM-30')).toMatchObject({ cluster: 2, rules: expect.arrayContaining(['context-risk']) });
    expect(schoolOf(json, 'DM-27').cluster).toBe(1);
  });

  it('dynamics: the list 2024 → 2025 agrees with expected-2025.json', async () => {
    const { result, json } = await runCommandJson<DynamicsJson>('dynamics', { inputs: ['fixtures/demo/district.xlsx'] });
    expect(result.code, result.stderr).toBe(0);
    expect(json.schools).toHaveLength(30);
    const now = new Set(expected.flagged);
    const before = new Set(expected.flagged2024);
    const { list } = json;
    expect(list).toMatchObject({ from: 2024, to: 2025 });
    expect(list.entered).toEqual(expected.flagged.filter((id) => !before.has(id)));
    // DM-20 was flagged for 2024 and has no 2025 rows (EXPECTED.md: closed after 2023/2024): not among those who left
    expect(list.left).toEqual([]);
    expect(list.noResults).toEqual(['DM-20']);
    expect(schoolOf(json, 'DM-20').overall).toMatchObject({ direction: null, noResultsIn: 2025 });
    expect(expected.flagged2024.filter((id) => !now.has(id))).toEqual(['DM-20']);
    expect(list.stayed).toEqual(expected.flagged.filter((id) => before.has(id)));
    // DM-09: ОГЭ математика low in 2024 and 2025 (EXPECTED.md)
    expect(list.persistent).toEqual([{ schoolId: 'DM-09', procedures: ['OGE-MA'] }]);
  });
});
