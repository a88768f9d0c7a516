/**
 * The demo district's per-pupil ВПР export (fixtures/demo/«Проведение работы по математике, 5 класс. ВПР
 * 2025.csv», with the demo's scale vpr-scales-demo.csv: «3» from 7, «4» from 11, «5» from 15 of 20) through
 * classify and objectivity, against the figures scripts/make-fixtures.mjs works out independently of src/
 * and prints in fixtures/demo/EXPECTED.md, «Per-pupil ВПР export: `shnor objectivity`»:
 * - the district (every pupil of the file): 1,107 pupils with a journal mark — понизили 355, подтвердили 702,
 *   повысили 50 (4.5%); 10 «нет отметки»; 1,117 with a score, 203 of them at 7–8 points (18.2%); 20 absent;
 * - DM-05 (ШНОР in 2025): 18 of 50 at 7–8 points, P(X ≥ 18 | 50, 203/1117) = 0.00215;
 * - DM-22 (not ШНОР): повысили 10 of 28, P(X ≥ 10 | 28, 50/1107) = 2.19·10⁻⁷; no sign anywhere else.
 */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { ObjectivityReport } from '../../src/report/objectivity/document.js';
import type { TestedSign } from '../../src/rules/pupil-objectivity.js';
import type { JsonReport } from './classify-json.js';
import { COMMANDS, runCommand, runCommandJson, runWith } from './run.js';

const EXPORT = 'fixtures/demo/Проведение работы по математике, 5 класс. ВПР 2025.csv';
const SCALES = 'fixtures/demo/vpr-scales-demo.csv';
const WORK = 'ВПР Математика 5 кл.';
const YEAR = '2024/2025 уч. г.';

/** classify's «Успеваемость и качество» rows of the work in 2025, by school: «2», «3», «4», «5», participants, успеваемость, качество. */
async function qualityBySchool(inputs: string[], scales?: string): Promise<Map<string, unknown[]>> {
  const xlsx = await runCommand('classify', { inputs, scales }, { format: 'xlsx' });
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(xlsx.stdoutBytes as unknown as ArrayBuffer);
  const rows = new Map<string, unknown[]>();
  book.getWorksheet('Успеваемость и качество')!.eachRow((row) => {
    const cells = (row.values as unknown[]).slice(1);
    if (cells[0] === 'школа' && cells[4] === WORK && cells[5] === YEAR) rows.set(String(cells[1]), cells.slice(6, 13));
  });
  return rows;
}

/** classify's low results of the work in 2025, by school: «failed/participants = share». */
async function lowBySchool(inputs: string[], scales?: string): Promise<Record<string, string>> {
  const { json } = await runCommandJson<JsonReport>('classify', { inputs, scales, year: 2025 });
  const low: Record<string, string> = {};
  for (const school of json.schools) {
    for (const r of school.lowResults.filter((l) => l.year === 2025 && l.procedure === 'VPR-MA-5')) low[school.schoolId] = `${r.failed}/${r.participants} = ${r.failShare}`;
  }
  return low;
}

async function objectivity(by?: 'class', school?: string[], more: string[] = []): Promise<ObjectivityReport> {
  const run = await runWith({}, async (config, env) => (await COMMANDS.objectivity())({ inputs: [EXPORT, ...more], scales: SCALES, by, school, config }, env));
  if (run.value === null) throw new Error(run.stderr);
  return run.value.data;
}

describe('the demo per-pupil export agrees with district.xlsx', () => {
  it('classify on each: the same «2»–«5», participants and shares of ВПР Математика 5 кл. 2025 for each of the 29 schools', async () => {
    const district = await qualityBySchool(['fixtures/demo/district.xlsx']);
    const pupils = await qualityBySchool([EXPORT], SCALES);
    // 30 schools less DM-20, closed after 2023/2024
    expect([...pupils.keys()].sort()).toEqual([...district.keys()].sort());
    expect(pupils.size).toBe(29);
    for (const [id, row] of district) expect(pupils.get(id), id).toEqual(row);
    // district-cp1251.csv, DM-05, 2025: «2» 5, «3» 22, «4» 16, «5» 7 of 50
    expect(pupils.get('DM-05')!.slice(0, 5)).toEqual([5, 22, 16, 7, 50]);
  });

  it('classify on each: the same low results — DM-12 13/34, DM-18 10/31, DM-27 3/7 (EXPECTED.md, planted cases)', async () => {
    const expected = { 'DM-12': '13/34 = 38.24', 'DM-18': '10/31 = 32.26', 'DM-27': '3/7 = 42.86' };
    expect(await lowBySchool(['fixtures/demo/district.xlsx'])).toEqual(expected);
    expect(await lowBySchool([EXPORT], SCALES)).toEqual(expected);
  });
});

describe('shnor objectivity on the demo per-pupil export', () => {
  it('reads the work from the file name, the scale from vpr-scales-demo.csv, and counts the 20 absent pupils apart', async () => {
    const report = await objectivity();
    expect(report.works).toHaveLength(1);
    const [work] = report.works;
    expect(work).toMatchObject({ procedure: 'VPR-MA-5', year: 2025, scale: { min3: 7, min4: 11, min5: 15, max: 20 } });
    expect(work!.scale.source).toContain('не официальная шкала 2025 года');
    expect(report.issues.map((i) => [i.code, i.params])).toEqual([['absent-pupils', { count: 20 }]]);
  });

  it('the district: понизили 355, подтвердили 702, повысили 50 of 1,107, 10 without a journal mark; 203 of 1,117 at 7–8 points', async () => {
    const { region, municipalities } = (await objectivity()).works[0]!;
    expect(region.schools).toBe(29);
    expect(region.journal).toMatchObject({ compared: 1107, noJournal: 10, lowered: { count: 355 }, confirmed: { count: 702 }, raised: { count: 50 } });
    // 355/1107 = 32.1%, 50/1107 = 4.5%
    expect(region.journal.lowered.pct).toBeCloseTo((355 / 1107) * 100, 6);
    expect(region.journal.raised.pct).toBeCloseTo((50 / 1107) * 100, 6);
    expect(region.distribution.scored).toBe(1117);
    expect(region.boundary).toMatchObject({ from: 7, to: 8, count: 203 });
    // «2» 111, «3» 440, «4» 357, «5» 209: успеваемость 1006/1117 = 90.1%, качество 566/1117 = 50.7%
    expect(region.quality.marks).toEqual([111, 440, 357, 209]);
    // one municipality: the same pupils
    expect(municipalities.map((m) => [m.name, m.journal.compared, m.distribution.scored])).toEqual([['Демонстрационный район', 1107, 1117]]);
  });

  it('two signs: DM-05 at the «3» boundary (p = 0.00215), DM-22 повысили (p = 2.19·10⁻⁷); no other school has one', async () => {
    const work = (await objectivity()).works[0]!;
    const withSigns = work.groups.filter((g) => g.signs.length > 0);
    expect(withSigns.map((g) => [g.schoolId, g.signs.map((s) => s.code)])).toEqual([['DM-05', ['boundary-spike']], ['DM-22', ['raised-above-region']]]);
    const [spike] = withSigns[0]!.signs;
    expect(spike).toMatchObject({ count: 18, scored: 50 });
    expect(Number((spike as TestedSign).p.toPrecision(3))).toBe(0.00215);
    const [raised] = withSigns[1]!.signs;
    expect(raised).toMatchObject({ raised: 10, compared: 28 });
    expect(Number((raised as TestedSign).p.toPrecision(3))).toBe(2.19e-7);
    // schools of 20 pupils or more: 20 with a journal mark, 20 with a score (EXPECTED.md)
    // no ОГЭ among the inputs: nothing compared with it
    expect(work.tested).toEqual({ raised: 20, spike: 20, oge: 0 });
    expect(work.found).toEqual({ raised: 1, spike: 1, oge: 0 });
  });

  it('with district.xlsx among the inputs: its ОГЭ Математика 2025 beside 29 schools, DM-03 marked (ВПР 2 of 56 = 3,6% «2», ОГЭ 17 of 50 = 34%)', async () => {
    const work = (await objectivity(undefined, undefined, ['fixtures/demo/district.xlsx'])).works[0]!;
    // EXPECTED.md: the 29 schools of the export all have an ОГЭ Математика row of 2025; DM-03 alone has ВПР «2» under 5% and ОГЭ «2» ≥ 30%
    expect(work.tested.oge).toBe(29);
    const signed = work.groups.filter((g) => g.signs.some((s) => s.code === 'vpr-beside-oge'));
    expect(signed.map((g) => g.schoolId)).toEqual(['DM-03']);
    expect(signed[0]!.signs.find((s) => s.code === 'vpr-beside-oge')).toMatchObject({ failed: 2, scored: 56, ogeProcedure: 'OGE-MA', ogeFailed: 17, ogeParticipants: 50, ogePct: 34 });
    // the other two signs as without it
    expect(work.found).toEqual({ raised: 1, spike: 1, oge: 1 });
  });

  it('--by class: DM-05 has two classes, 5А and 5Б, whose pupils add up to the school', async () => {
    const groups = (await objectivity('class', ['DM-05'])).works[0]!.groups;
    expect(groups.map((g) => [g.level, g.className])).toEqual([['school', null], ['class', '5А'], ['class', '5Б']]);
    expect(groups[1]!.distribution.scored + groups[2]!.distribution.scored).toBe(50);
  });
});
