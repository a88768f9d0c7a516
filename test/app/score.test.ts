/**
 * shnor score and shnor rules, run in-process: small inputs written to a temp folder, every
 * expected value worked out by hand in the comments (seed 003 «Муниципальные показатели работы со
 * ШНОР», seed 002 for the worked 1.1 example), then the bundled demo district with its profile and
 * regional reference (fixtures/demo, see EXPECTED.md).
 */
import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { PROFILE_FIELDS } from '../../src/model/profile-fields.js';
import type { JsonIssue } from './classify-json.js';
import { csv, STACK_LINE, tempDir, workbookFrom, writeIn } from './files.js';
import { runCommand, runCommandJson } from './run.js';

// The JSON contract of `score --format json` (src/report/score/json.ts).
interface ScoreIndicator {
  id: string;
  value: number | null;
  points: number | null;
  note: string | null;
}

interface ScoreSchool {
  schoolId: string;
  schoolName: string | null;
  indicators: ScoreIndicator[];
  total: number;
  max: number;
  percent: number | null;
  rank: number | null;
}

interface ScoreReport {
  year: number;
  schools: ScoreSchool[];
  municipal: Record<string, number | null>;
  group: string[];
  issues: JsonIssue[];
}

function schoolOf(report: ScoreReport, id: string): ScoreSchool {
  const found = report.schools.find((s) => s.schoolId === id);
  if (!found) throw new Error(`no school ${id} in the report; ids: ${report.schools.map((s) => s.schoolId).join(', ')}`);
  return found;
}

function indicatorOf(report: ScoreReport, schoolId: string, id: string): ScoreIndicator {
  const found = schoolOf(report, schoolId).indicators.find((i) => i.id === id);
  if (!found) throw new Error(`no indicator ${id} for ${schoolId}`);
  return found;
}

/** The 42 indicators of seed 003 in the order of the registry (ruling R3). */
const ALL_IDS = [
  ...Array.from({ length: 21 }, (_, i) => `1.${i + 1}`),
  ...Array.from({ length: 10 }, (_, i) => `2.${i + 1}`),
  '3.1.1', '3.1.2', '3.1.3', '3.1.4', '3.1.5', '3.2', '3.3',
  '4.1', '4.2', '4.3', '4.4',
];
/** The indicators read from results that are about ЕГЭ: an ООШ has none of them. */
const EGE_IDS = ['1.1', '1.2', '1.7', '1.8', '1.9'];
/** Indicators read only from the profile (1.21 needs the profile's ИСБШ as well as results). */
const PROFILE_IDS = ALL_IDS.filter((id) => id === '1.18' || id === '1.21' || /^[234]\./.test(id));

const HEADERS = PROFILE_FIELDS.map((f) => f.headers.ru);

/** A profile CSV (`;`): the template's headers, one row per school, cells by header (blank when absent). */
function profileCsv(rows: Record<string, string | number>[]): string {
  for (const row of rows) for (const header of Object.keys(row)) expect(HEADERS, `no profile column «${header}»`).toContain(header);
  return csv([HEADERS, ...rows.map((row) => HEADERS.map((h) => (row[h] === undefined ? '' : String(row[h]))))], ';');
}

// -------------------------------------------------------------------------------------------
// 1.1 on seed 002: ЯСОШ, ЕГЭ русский язык, against the region

describe('1.1 against a regional reference (seed 002, ЯСОШ, ЕГЭ русский язык)', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await tempDir();
    // ЯСОШ mean scores 68,4 (2021), 63,9 (2022), 72,1 (2023); 25 participants, none below the minimum.
    await writeIn(dir, 'results.csv', csv([
      ['Код ОО', 'Наименование ОО', 'Вид ОО', 'Учебный год', 'Процедура', 'Кол-во участников', 'Не преодолели мин. порог', 'Средний балл'],
      ['ЯСОШ', 'МБОУ «Яковлевская СОШ»', 'СОШ', 2021, 'ЕГЭ Русский язык', 25, 0, '68,4'],
      ['ЯСОШ', 'МБОУ «Яковлевская СОШ»', 'СОШ', 2022, 'ЕГЭ Русский язык', 25, 0, '63,9'],
      ['ЯСОШ', 'МБОУ «Яковлевская СОШ»', 'СОШ', 2023, 'ЕГЭ Русский язык', 25, 0, '72,1'],
    ], ';'));
    // The regional («регион», ruling R10) means 66,17 / 65,15 / 64,89.
    await writeIn(dir, 'ref.csv', csv([
      ['Год', 'Процедура', 'Средний балл', 'Уровень'],
      [2021, 'ЕГЭ Русский язык', '66,17', 'регион'],
      [2022, 'ЕГЭ Русский язык', '65,15', 'регион'],
      [2023, 'ЕГЭ Русский язык', '64,89', 'регион'],
    ], ';'));
  });

  it('--year 2022: 63,9/65,15 − 68,4/66,17 = 0,98081 − 1,03370 = −0,0529 → 0 points; the note names the region', async () => {
    const { result, json } = await runCommandJson<ScoreReport>('score', { inputs: ['results.csv'], reference: 'ref.csv', year: 2022 }, { cwd: dir });
    expect(result.code, result.stderr).toBe(0);
    expect(json.year).toBe(2022);
    expect(json.issues).toEqual([]);
    const d = indicatorOf(json, 'ЯСОШ', '1.1');
    expect(d).toMatchObject({ value: -0.0529, points: 0 });
    expect(d.note).toContain('регион');
    expect(d.note).toContain('65,15');
    expect(d.note).toContain('66,17');
  });

  it('--year 2023: 72,1/64,89 − 63,9/65,15 = 1,11111 − 0,98081 = 0,1303 → 3 points', async () => {
    const { result, json } = await runCommandJson<ScoreReport>('score', { inputs: ['results.csv'], reference: 'ref.csv', year: 2023 }, { cwd: dir });
    expect(result.code, result.stderr).toBe(0);
    const d = indicatorOf(json, 'ЯСОШ', '1.1');
    expect(d).toMatchObject({ value: 0.1303, points: 3 });
    expect(d.note).toContain('регион');
  });

  it('compared with regional values, 1.1 says «к региону» (the reference names its level); with the schools themselves, «к району»', async () => {
    const region = await runCommand('score', { inputs: ['results.csv'], reference: 'ref.csv', year: 2023 }, { cwd: dir, format: 'md' });
    expect(region.code, region.stderr).toBe(0);
    expect(region.stdout).toContain('1.1 ЕГЭ русский язык: динамика среднего балла к региону');
    expect(region.stdout).not.toContain('1.1 ЕГЭ русский язык: динамика среднего балла к району');
    // 1.2 has no data here (no ЕГЭ математика): it compared with nothing and keeps the order's title
    expect(region.stdout).toContain('1.2 ЕГЭ математика: динамика среднего балла к району');
    const own = await runCommand('score', { inputs: ['results.csv'], year: 2023 }, { cwd: dir, format: 'md' });
    expect(own.stdout).toContain('1.1 ЕГЭ русский язык: динамика среднего балла к району');
    const en = await runCommand('score', { inputs: ['results.csv'], reference: 'ref.csv', year: 2023 }, { cwd: dir, format: 'md', lang: 'en' });
    expect(en.stdout).toContain('1.1 EGE Russian: mean score dynamics against the region');
  });

  it('without --reference the district is the input itself (ЯСОШ alone): D = 1 − 1 = 0 → 3 points, «среднее по школам»', async () => {
    const { result, json } = await runCommandJson<ScoreReport>('score', { inputs: ['results.csv'], year: 2022 }, { cwd: dir });
    expect(result.code, result.stderr).toBe(0);
    const d = indicatorOf(json, 'ЯСОШ', '1.1');
    expect(d).toMatchObject({ value: 0, points: 3 });
    expect(d.note).toContain('среднее по школам входных данных');
    expect(d.note).not.toContain('регион');
  });
});

// -------------------------------------------------------------------------------------------
// The JSON contract: an indicator's value to 4 decimals (issue 3), not the 2 of a list's shares

describe('1.10–1.13 and 1.19 in JSON: the value to 4 decimals', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await tempDir();
    // one school, ВПР 2023: РУ 5 2/37, МА 5 3/37, РУ 6 1/30, МА 6 4/35
    await writeIn(dir, 'results.csv', csv([
      ['Код ОО', 'Учебный год', 'Процедура', 'Кол-во участников', 'Кол-во «2»'],
      ['S', 2023, 'ВПР Русский язык 5 кл.', 37, 2],
      ['S', 2023, 'ВПР Математика 5 кл.', 37, 3],
      ['S', 2023, 'ВПР Русский язык 6 кл.', 30, 1],
      ['S', 2023, 'ВПР Математика 6 кл.', 35, 4],
    ], ';'));
  });

  it('2/37 = 5,405405…% → 5.4054 (not 5.41); 3/37 = 8,108108…% → 8.1081; 1/30 = 3,3333…% → 3.3333; 4/35 = 11,428571…% → 11.4286', async () => {
    const { result, json } = await runCommandJson<ScoreReport>('score', { inputs: ['results.csv'] }, { cwd: dir });
    expect(result.code, result.stderr).toBe(0);
    expect(['1.10', '1.11', '1.12', '1.13'].map((id) => indicatorOf(json, 'S', id).value)).toEqual([5.4054, 8.1081, 3.3333, 11.4286]);
    // 1.19: the only school is the district: each term (1 − s)/(1 − s) − 1 = 0 exactly, not a rounding residue
    expect(indicatorOf(json, 'S', '1.19').value).toBe(0);
  });
});

// -------------------------------------------------------------------------------------------
// Two СОШ and an ООШ: ВПР and ОГЭ only, target year 2023

// Mark counts «2»/«3»/«4»/«5» (participants = their sum):
//   СОШ-1  ВПР РУ 5  2022: 2/8/6/4 of 20    2023: 1/7/8/4 of 20   (5% «2» in 2023)
//          ОГЭ РУ    2022: 1/10/9/5 of 25   2023: 0/10/10/5 of 25
//   СОШ-2  ВПР РУ 5  2022: 4/8/4/4 of 20    2023: 6/8/4/2 of 20   (30% «2» in 2023)
//   ООШ-3  ВПР РУ 5  2022 = 2023: 31/40/20/9 of 100                (31% «2»)
//          ОГЭ РУ    2022 = 2023: 3/12/9/6 of 30
const MARKS_HEADER = ['Код ОО', 'Наименование ОО', 'Вид ОО', 'Учебный год', 'Процедура', 'Кол-во участников', '«2»', '«3»', '«4»', '«5»'];
const VPR = 'ВПР Русский язык 5 кл.';
const OGE = 'ОГЭ Русский язык';
const THREE_SCHOOLS = csv([
  MARKS_HEADER,
  ['СОШ-1', 'МБОУ СОШ № 1', 'СОШ', 2022, VPR, 20, 2, 8, 6, 4],
  ['СОШ-1', 'МБОУ СОШ № 1', 'СОШ', 2023, VPR, 20, 1, 7, 8, 4],
  ['СОШ-1', 'МБОУ СОШ № 1', 'СОШ', 2022, OGE, 25, 1, 10, 9, 5],
  ['СОШ-1', 'МБОУ СОШ № 1', 'СОШ', 2023, OGE, 25, 0, 10, 10, 5],
  ['СОШ-2', 'МБОУ СОШ № 2', 'СОШ', 2022, VPR, 20, 4, 8, 4, 4],
  ['СОШ-2', 'МБОУ СОШ № 2', 'СОШ', 2023, VPR, 20, 6, 8, 4, 2],
  ['ООШ-3', 'МБОУ ООШ № 3', 'ООШ', 2022, VPR, 100, 31, 40, 20, 9],
  ['ООШ-3', 'МБОУ ООШ № 3', 'ООШ', 2023, VPR, 100, 31, 40, 20, 9],
  ['ООШ-3', 'МБОУ ООШ № 3', 'ООШ', 2022, OGE, 30, 3, 12, 9, 6],
  ['ООШ-3', 'МБОУ ООШ № 3', 'ООШ', 2023, OGE, 30, 3, 12, 9, 6],
], ';');

/*
 * By hand, target year 2023 (previous 2022), no profile, no reference.
 *
 * 1.10 (ВПР РУ 5, share of «2» in 2023; ≤5 → 3, ≤30 → 1, >30 → 0):
 *   СОШ-1 1/20 = 5% → 3;  СОШ-2 6/20 = 30% → 1;  ООШ-3 31/100 = 31% → 0.
 * 1.14 (ВПР РУ 5, R = %«5»/%«2», D = R(2023) − R(2022); ≥ 0 → 3):
 *   СОШ-1 20/5 − 20/10 = 4 − 2 = 2 → 3;  СОШ-2 10/30 − 20/20 = −0,6667 → 0;  ООШ-3 9/31 − 9/31 = 0 → 3.
 * 1.5 (ОГЭ РУ, same; a zero share of «2» counts as 1 p.p., ruling R4):
 *   СОШ-1 20/1 − 20/4 = 20 − 5 = 15 → 3;  ООШ-3 20/10 − 20/10 = 0 → 3;  СОШ-2 no ОГЭ → no points.
 * 1.19 ИОР (shnor's reading: participant-weighted mean over the year's results of
 *   (1 − F_school)/(1 − F_district) − 1, F the share of «2», the district F weighted by participants):
 *   2023 district F: ВПР (1 + 6 + 31)/140 = 27,142857%; ОГЭ (0 + 3)/55 = 5,454545%.
 *     СОШ-1: ВПР 0,95/0,728571 − 1 = 31/102; ОГЭ 1/0,945455 − 1 = 3/52;
 *            (20·31/102 + 25·3/52)/45 = (6,07843 + 1,44231)/45 = 0,1671 → 3.
 *     СОШ-2: ВПР 0,70/0,728571 − 1 = −4/102 = −0,0392 → 0.
 *     ООШ-3: ВПР 0,69/0,728571 − 1 = −5,4/102; ОГЭ 0,90/0,945455 − 1 = −2,5/52;
 *            (100·(−0,052941) + 30·(−0,048077))/130 = −0,0518 → 0.
 * 1.20 ИОР(2023) − ИОР(2022); 2022 district F: ВПР (2 + 4 + 31)/140 = 26,428571%; ОГЭ (1 + 3)/55 = 7,272727%.
 *     СОШ-1 2022: ВПР 0,9/0,735714 − 1 = 23/103; ОГЭ 0,96/0,927273 − 1 = 1,8/51;
 *            (20·0,223301 + 25·0,035294)/45 = 0,118853;  0,167128 − 0,118853 = 0,0483 → 3.
 *     СОШ-2 2022: ВПР 0,8/0,735714 − 1 = 9/103 = 0,087379;  −0,039216 − 0,087379 = −0,1266 → 0.
 *     ООШ-3 2022: ВПР 0,69/0,735714 − 1 = −6,4/103; ОГЭ 0,9/0,927273 − 1 = −1,5/51;
 *            (100·(−0,062136) + 30·(−0,029412))/130 = −0,054584;  −0,051819 + 0,054584 = 0,0028 → 3.
 * Everything else: no data (no ЕГЭ, no ОГЭ mean scores, no ВПР 6 / математика), no profile,
 * or for the ООШ «не применяется» (ЕГЭ indicators 1.1, 1.2, 1.7, 1.8, 1.9).
 *
 *   СОШ-1: 1.5 3 + 1.10 3 + 1.14 3 + 1.19 3 + 1.20 3 = 15 of 15 → 100%    rank 1
 *   СОШ-2:         1.10 1 + 1.14 0 + 1.19 0 + 1.20 0 =  1 of 12 → 8,33%   rank 3
 *   ООШ-3: 1.5 3 + 1.10 0 + 1.14 3 + 1.19 0 + 1.20 3 =  9 of 15 → 60%     rank 2
 */
describe('score: two СОШ and an ООШ with ВПР and ОГЭ (by hand)', () => {
  let dir: string;
  let report: ScoreReport;
  beforeAll(async () => {
    dir = await tempDir();
    await writeIn(dir, 'results.csv', THREE_SCHOOLS);
    const { result, json } = await runCommandJson<ScoreReport>('score', { inputs: ['results.csv'] }, { cwd: dir });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).not.toMatch(STACK_LINE);
    report = json;
  });

  it('reads cleanly, scores 2023 and gives every school all 42 indicators in the registry order', () => {
    expect(report.year).toBe(2023);
    expect(report.issues).toEqual([]);
    expect(report.schools.map((s) => s.schoolId).sort()).toEqual(['ООШ-3', 'СОШ-1', 'СОШ-2']);
    for (const school of report.schools) expect(school.indicators.map((i) => i.id)).toEqual(ALL_IDS);
  });

  it('ВПР 1.10: 5% (1 of 20) → 3 points, 30% (6 of 20) → 1, 31% (31 of 100) → 0', () => {
    expect(indicatorOf(report, 'СОШ-1', '1.10')).toMatchObject({ value: 5, points: 3 });
    expect(indicatorOf(report, 'СОШ-2', '1.10')).toMatchObject({ value: 30, points: 1 });
    expect(indicatorOf(report, 'ООШ-3', '1.10')).toMatchObject({ value: 31, points: 0 });
    expect(indicatorOf(report, 'СОШ-1', '1.10').note).toContain('1 из 20');
  });

  it('the ООШ: ЕГЭ indicators have no points and say «не применяется»; its ВПР/ОГЭ indicators are scored', () => {
    for (const id of EGE_IDS) {
      const i = indicatorOf(report, 'ООШ-3', id);
      expect(i, id).toMatchObject({ value: null, points: null });
      expect(i.note, id).toContain('не применяется');
    }
    expect(indicatorOf(report, 'ООШ-3', '1.5')).toMatchObject({ value: 0, points: 3 });
    expect(indicatorOf(report, 'ООШ-3', '1.14')).toMatchObject({ value: 0, points: 3 });
  });

  it('a СОШ without ЕГЭ results: the ЕГЭ indicators have no points for lack of data, not «не применяется»', () => {
    for (const id of EGE_IDS) {
      const i = indicatorOf(report, 'СОШ-1', id);
      expect(i, id).toMatchObject({ value: null, points: null });
      expect(i.note, id).toContain('нет данных');
      expect(i.note, id).not.toContain('не применяется');
    }
  });

  it('«5»/«2» dynamics: 1.14 = 2 / −0,6667 / 0 and 1.5 = 15 (zero «2» as 1 p.p.)', () => {
    expect(indicatorOf(report, 'СОШ-1', '1.14')).toMatchObject({ value: 2, points: 3 });
    expect(indicatorOf(report, 'СОШ-2', '1.14')).toMatchObject({ value: -0.6667, points: 0 });
    expect(indicatorOf(report, 'СОШ-1', '1.5')).toMatchObject({ value: 15, points: 3 });
    expect(indicatorOf(report, 'СОШ-2', '1.5')).toMatchObject({ value: null, points: null });
  });

  it('ИОР computed from the results: 1.19 = 0,1671 / −0,0392 / −0,0518, 1.20 = 0,0483 / −0,1266 / 0,0028', () => {
    expect(indicatorOf(report, 'СОШ-1', '1.19')).toMatchObject({ value: 0.1671, points: 3 });
    expect(indicatorOf(report, 'СОШ-2', '1.19')).toMatchObject({ value: -0.0392, points: 0 });
    expect(indicatorOf(report, 'ООШ-3', '1.19')).toMatchObject({ value: -0.0518, points: 0 });
    expect(indicatorOf(report, 'СОШ-1', '1.20')).toMatchObject({ value: 0.0483, points: 3 });
    expect(indicatorOf(report, 'СОШ-2', '1.20')).toMatchObject({ value: -0.1266, points: 0 });
    expect(indicatorOf(report, 'ООШ-3', '1.20')).toMatchObject({ value: 0.0028, points: 3 });
  });

  it('without --profile every profile indicator has no points and says «нет данных профиля»', () => {
    for (const school of report.schools) {
      for (const id of PROFILE_IDS) {
        const i = indicatorOf(report, school.schoolId, id);
        expect(i, `${school.schoolId} ${id}`).toMatchObject({ value: null, points: null });
        expect(i.note, `${school.schoolId} ${id}`).toContain('нет данных профиля');
      }
    }
  });

  it('total, max, percent and rank: 15/15 = 100% (1), 9/15 = 60% (2), 1/12 = 8,33% (3), best first', () => {
    const summary = report.schools.map((s) => [s.schoolId, s.total, s.max, s.percent, s.rank]);
    expect(summary).toEqual([
      ['СОШ-1', 15, 15, 100, 1],
      ['ООШ-3', 9, 15, 60, 2],
      ['СОШ-2', 1, 12, 8.33, 3],
    ]);
  });

  it('sections 3 and 4 are values over the group «ШНОР and low ИОР» (here ООШ-3, flagged by criterion B: ВПР РУ 5 31% in 2022 and 2023; СОШ-2 has ИОР < 0 but two years give no run of two negative changes): no profile, so none', () => {
    expect([...report.group].sort()).toEqual(['ООШ-3']);
    expect(report.municipal['3.1.1']).toBeNull();
    expect(report.municipal['4.1']).toBe(0);
  });
});

describe('score: equal percentages share a rank (competition ranking 1, 1, 3)', () => {
  it('two identical schools and a weaker one', async () => {
    // ВПР РУ 5, 2023 only. A and B: 1 «2» of 20 = 5% → 1.10 = 3; C: 10 of 20 = 50% → 0.
    // District F = 12/60 = 20%. ИОР: A, B 0,95/0,8 − 1 = 0,1875 → 3; C 0,5/0,8 − 1 = −0,375 → 0.
    // 1.20 and every dynamics indicator need 2022: no data. A, B 6 of 6 = 100% (rank 1, 1); C 0 of 6 = 0% (rank 3).
    const dir = await tempDir();
    await writeIn(dir, 'results.csv', csv([
      ['school_id', 'year', 'procedure', 'participants', 'fail_count'],
      ['A', 2023, 'VPR-RU-5', 20, 1],
      ['B', 2023, 'VPR-RU-5', 20, 1],
      ['C', 2023, 'VPR-RU-5', 20, 10],
    ]));
    const { result, json } = await runCommandJson<ScoreReport>('score', { inputs: ['results.csv'] }, { cwd: dir });
    expect(result.code, result.stderr).toBe(0);
    expect(indicatorOf(json, 'A', '1.19')).toMatchObject({ value: 0.1875, points: 3 });
    expect(indicatorOf(json, 'C', '1.19')).toMatchObject({ value: -0.375, points: 0 });
    expect(json.schools.map((s) => [s.schoolId, s.total, s.max, s.percent, s.rank])).toEqual([
      ['A', 6, 6, 100, 1],
      ['B', 6, 6, 100, 1],
      ['C', 0, 6, 0, 3],
    ]);
  });
});

// -------------------------------------------------------------------------------------------
// The school profile

describe('score --profile: the profile indicators are scored; blank cells are no data, not 0', () => {
  let dir: string;
  let report: ScoreReport;
  beforeAll(async () => {
    dir = await tempDir();
    await writeIn(dir, 'results.csv', THREE_SCHOOLS);
    // СОШ-1: 20 of 20 teachers trained (2.1 = 100% → 3), on the non-objectivity list (1.18 → 0),
    //        «Опыт на муниципальном уровне» да (2.5 → 3), everything else blank.
    // СОШ-2: 19 of 20 trained (2.1 = 95% → 0), not on the list (1.18 → 3), 8 of 20 with a category
    //        (2.2 = 40% → 2), 6 last year (2.3 = 8 − 6 = 2 → 3), «Профессиональные конкурсы» победители
    //        (2.4 → 3), «Опыт на муниципальном уровне» нет (2.5 → 0).
    // ООШ-3: no row → «нет данных профиля».
    await writeIn(dir, 'profile.csv', profileCsv([
      { 'Код ОО': 'СОШ-1', 'Педагогов всего': 20, 'Прошли КПК за 3 года': 20, 'Признаки необъективности ВПР': 'да', 'Опыт на муниципальном уровне': 'да' },
      {
        'Код ОО': 'СОШ-2', 'Педагогов всего': 20, 'Прошли КПК за 3 года': 19, 'Признаки необъективности ВПР': 'нет',
        'С высшей/первой категорией': 8, 'С высшей/первой категорией (прошлый год)': 6, 'Профессиональные конкурсы': 'победители',
        'Опыт на муниципальном уровне': 'нет',
      },
    ]));
    const { result, json } = await runCommandJson<ScoreReport>('score', { inputs: ['results.csv'], profile: 'profile.csv' }, { cwd: dir });
    expect(result.code, result.stderr).toBe(0);
    report = json;
  });

  it('reads the profile without issues', () => {
    expect(report.issues).toEqual([]);
  });

  it('2.1: 20 of 20 trained → 100% → 3 points; 19 of 20 → 95% → 0', () => {
    expect(indicatorOf(report, 'СОШ-1', '2.1')).toMatchObject({ value: 100, points: 3 });
    expect(indicatorOf(report, 'СОШ-2', '2.1')).toMatchObject({ value: 95, points: 0 });
  });

  it('1.18: «Признаки необъективности ВПР» да → 0 points; нет → 3', () => {
    expect(indicatorOf(report, 'СОШ-1', '1.18')).toMatchObject({ points: 0 });
    expect(indicatorOf(report, 'СОШ-2', '1.18')).toMatchObject({ points: 3 });
  });

  it('2.2 = 8/20 = 40% → 2; 2.3 = 8 − 6 = 2 → 3; 2.4 победители → 3; 2.5 да → 3, нет → 0', () => {
    expect(indicatorOf(report, 'СОШ-2', '2.2')).toMatchObject({ value: 40, points: 2 });
    expect(indicatorOf(report, 'СОШ-2', '2.3')).toMatchObject({ value: 2, points: 3 });
    expect(indicatorOf(report, 'СОШ-2', '2.4')).toMatchObject({ points: 3 });
    expect(indicatorOf(report, 'СОШ-1', '2.5')).toMatchObject({ points: 3 });
    expect(indicatorOf(report, 'СОШ-2', '2.5')).toMatchObject({ points: 0 });
  });

  it('blank cells give no points and «нет данных» (never 0); a school without a row says «нет данных профиля»', () => {
    for (const id of ['2.2', '2.3', '2.4', '2.6', '2.10', '1.21', '3.1.1']) {
      const i = indicatorOf(report, 'СОШ-1', id);
      expect(i, id).toMatchObject({ value: null, points: null });
      expect(i.note, id).toContain('нет данных');
      expect(i.note, id).not.toContain('профиля');
    }
    for (const id of ['1.18', '2.1']) {
      const i = indicatorOf(report, 'ООШ-3', id);
      expect(i, id).toMatchObject({ value: null, points: null });
      expect(i.note, id).toContain('нет данных профиля');
    }
  });

  it('totals with the profile: СОШ-1 15 + 3 + 0 + 3 = 21 of 15 + 9 = 24; СОШ-2 1 + 0 + 3 + 2 + 3 + 3 + 0 = 12 of 12 + 18 = 30', () => {
    // СОШ-1: results 15/15 (above) + 2.1 3/3 + 1.18 0/3 + 2.5 3/3 → 21/24 = 87,5%.
    // СОШ-2: results 1/12 + 2.1 0/3 + 1.18 3/3 + 2.2 2/3 + 2.3 3/3 + 2.4 3/3 + 2.5 0/3 → 12/30 = 40%.
    // ООШ-3: unchanged 9/15 = 60%. Ranks: СОШ-1 1, ООШ-3 2, СОШ-2 3.
    expect(report.schools.map((s) => [s.schoolId, s.total, s.max, s.percent, s.rank])).toEqual([
      ['СОШ-1', 21, 24, 87.5, 1],
      ['ООШ-3', 9, 15, 60, 2],
      ['СОШ-2', 12, 30, 40, 3],
    ]);
  });
});

describe('score --profile: problems in the profile are reported with file, row and column', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await tempDir();
    await writeIn(dir, 'results.csv', THREE_SCHOOLS);
    // Row 2: СОШ-1, a share of 120 in «Доля неуспевающих, %»; row 3: «дя» in a yes/no column;
    // row 4: a school that is not in the results.
    await writeIn(dir, 'profile.csv', profileCsv([
      { 'Код ОО': 'СОШ-1', 'Педагогов всего': 20, 'Прошли КПК за 3 года': 20, 'Доля неуспевающих, %': 120 },
      { 'Код ОО': 'СОШ-2', 'Педагогов всего': 20, 'Прошли КПК за 3 года': 20, 'Признаки необъективности ВПР': 'дя' },
      { 'Код ОО': 'НЕТ-ТАКОЙ', 'Педагогов всего': 12, 'Прошли КПК за 3 года': 12 },
    ]));
  });

  async function scored() {
    return runCommandJson<ScoreReport>('score', { inputs: ['results.csv'], profile: 'profile.csv' }, { cwd: dir });
  }

  it('share-out-of-range, bad-yes-no and unknown-school, each naming the profile file and row; the rest is kept', async () => {
    const { result, json } = await scored();
    expect(result.code, result.stderr).toBe(0);
    const byCode = (code: string) => json.issues.filter((i) => i.code === code);

    expect(byCode('share-out-of-range')).toEqual([
      expect.objectContaining({ file: 'profile.csv', row: 2, column: 'Доля неуспевающих, %' }),
    ]);
    expect(byCode('bad-yes-no')).toEqual([
      expect.objectContaining({ file: 'profile.csv', row: 3, column: 'Признаки необъективности ВПР' }),
    ]);
    expect(byCode('bad-yes-no')[0]!.message).toContain('дя');
    expect(byCode('unknown-school')).toEqual([expect.objectContaining({ file: 'profile.csv', row: 4 })]);
    expect(byCode('unknown-school')[0]!.message).toContain('НЕТ-ТАКОЙ');
    expect(json.issues).toHaveLength(3);

    // The bad cells are left out (no data), the good ones on the same rows are used.
    expect(indicatorOf(json, 'СОШ-1', '3.1.1')).toMatchObject({ value: null, points: null });
    expect(indicatorOf(json, 'СОШ-2', '1.18')).toMatchObject({ value: null, points: null });
    expect(indicatorOf(json, 'СОШ-1', '2.1')).toMatchObject({ value: 100, points: 3 });
    expect(indicatorOf(json, 'СОШ-2', '2.1')).toMatchObject({ value: 100, points: 3 });
    expect(json.schools.map((s) => s.schoolId)).not.toContain('НЕТ-ТАКОЙ');
  });

  it('the issues are also on stderr with the file, row and column', async () => {
    const { result } = await scored();
    expect(result.stderr).toContain('profile.csv');
    expect(result.stderr).toContain('Доля неуспевающих, %');
    expect(result.stderr).toContain('Признаки необъективности ВПР');
    expect(result.stderr).toContain('НЕТ-ТАКОЙ');
  });

  it('--strict: exit 2, no report, no stack trace', async () => {
    const result = await runCommand('score', { inputs: ['results.csv'], profile: 'profile.csv', strict: true }, { cwd: dir, format: 'json' });
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('--strict');
    expect(result.stderr).not.toMatch(STACK_LINE);
  });

  it.each([
    ['unknown-school', { 'Код ОО': 'НЕТ-ТАКОЙ', 'Педагогов всего': 12 }],
    ['share-out-of-range', { 'Код ОО': 'СОШ-1', 'Доля обучающихся с ОВЗ, %': 120 }],
    ['bad-yes-no', { 'Код ОО': 'СОШ-1', 'Малочисленная школа': 'дя' }],
  ])('--strict with only %s: exit 2', async (code, row) => {
    const one = await tempDir();
    await writeIn(one, 'results.csv', THREE_SCHOOLS);
    await writeIn(one, 'profile.csv', profileCsv([row as Record<string, string | number>]));
    const lenient = await runCommandJson<ScoreReport>('score', { inputs: ['results.csv'], profile: 'profile.csv' }, { cwd: one });
    expect(lenient.result.code, lenient.result.stderr).toBe(0);
    expect(lenient.json.issues.map((i) => [i.code, i.file, i.row])).toEqual([[code, 'profile.csv', 2]]);
    const strict = await runCommand('score', { inputs: ['results.csv'], profile: 'profile.csv', strict: true }, { cwd: one });
    expect(strict.code).toBe(2);
    expect(strict.stderr).not.toMatch(STACK_LINE);
  });
});

// -------------------------------------------------------------------------------------------
// Output formats and shnor rules

describe('score output formats', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await tempDir();
    await writeIn(dir, 'results.csv', THREE_SCHOOLS);
  });

  it('-o rating.xlsx: a workbook with the sheets «Баллы» and «Значения»', async () => {
    const result = await runCommand('score', { inputs: ['results.csv'] }, { cwd: dir, format: 'xlsx' });
    expect(result.code, result.stderr).toBe(0);
    const workbook = await workbookFrom(result.stdoutBytes);
    const names = workbook.worksheets.map((s) => s.name);
    expect(names).toContain('Баллы');
    expect(names).toContain('Значения');
    // «Баллы»: a header and one row per school; «Значения»: one row per school × indicator.
    const scores = workbook.getWorksheet('Баллы')!;
    const header = (scores.getRow(1).values as unknown[]).slice(1).map(String);
    expect(header).toContain('1.10');
    expect(header).not.toContain('3.1.1');
    const rows: unknown[][] = [];
    scores.eachRow((row, n) => { if (n > 1) rows.push((row.values as unknown[]).slice(1)); });
    expect(rows.map((r) => r[0])).toEqual(['СОШ-1', 'ООШ-3', 'СОШ-2']);
    const col = header.indexOf('1.10');
    expect(rows.map((r) => r[col])).toEqual([3, 0, 1]);
    expect(workbook.getWorksheet('Значения')!.actualRowCount).toBe(1 + 3 * 42);
  });

  it('--format md: titled «Муниципальные показатели работы со ШНОР», a section per school', async () => {
    const result = await runCommand('score', { inputs: ['results.csv'] }, { cwd: dir, format: 'md' });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/^# Муниципальные показатели работы со ШНОР/);
    for (const id of ['СОШ-1', 'СОШ-2', 'ООШ-3']) expect(result.stdout).toContain(`## ${id}`);
  });
});

describe('shnor rules', () => {
  it('exits 0 and lists every indicator 1.1 … 4.4 in order', async () => {
    const result = await runCommand('rules', {});
    expect(result.code, result.stderr).toBe(0);
    const listed = [...result.stdout.matchAll(/^(\d\.\d+(?:\.\d+)?) /gm)].map((m) => m[1]);
    expect(listed).toEqual(ALL_IDS);
  });

  it('--format json: 42 entries, each with id, source and scale', async () => {
    const { result, json } = await runCommandJson<{ id: string; source: string; scale: unknown }[]>('rules', {});
    expect(result.code, result.stderr).toBe(0);
    expect(json).toHaveLength(42);
    expect(json.map((r) => r.id)).toEqual(ALL_IDS);
    for (const entry of json) {
      expect(entry, entry.id).toHaveProperty('id');
      expect(typeof entry.source, entry.id).toBe('string');
      expect(entry.source.length, entry.id).toBeGreaterThan(20);
      expect(entry, entry.id).toHaveProperty('scale');
      expect(entry.scale, entry.id).not.toBeNull();
    }
  });
});

// -------------------------------------------------------------------------------------------
// The demo district with its profile and regional reference (fixtures/demo/EXPECTED.md)

describe('the demo district with profile and regional reference', () => {
  let report: ScoreReport;
  beforeAll(async () => {
    const { result, json } = await runCommandJson<ScoreReport>('score', { inputs: ['fixtures/demo/district.xlsx'], profile: 'fixtures/demo/schools-profile.xlsx', reference: 'fixtures/demo/region-reference.csv' });
    expect(result.code, result.stderr).toBe(0);
    report = json;
  });

  it('exits 0 with no issues: 30 schools, 42 indicators each, target year 2025', () => {
    expect(report.year).toBe(2025);
    expect(report.issues).toEqual([]);
    expect(report.schools).toHaveLength(30);
    for (const school of report.schools) expect(school.indicators.map((i) => i.id), school.schoolId).toEqual(ALL_IDS);
  });

  it('ranks are 1..n in competition order (ties share a rank), by falling percentage; DM-20 (no 2025 results) is listed last, unranked', () => {
    const ranked = report.schools.filter((s) => s.rank !== null);
    expect(report.schools.filter((s) => s.rank === null).map((s) => s.schoolId)).toEqual(['DM-20']);
    expect(report.schools.at(-1)!.schoolId).toBe('DM-20');
    expect(ranked[0]!.rank).toBe(1);
    ranked.forEach((school, i) => {
      if (i === 0) return;
      const previous = ranked[i - 1]!;
      expect(school.percent!).toBeLessThanOrEqual(previous.percent!);
      expect(school.rank).toBe(school.percent === previous.percent ? previous.rank : i + 1);
    });
    for (const school of report.schools) {
      expect(school.total).toBeLessThanOrEqual(school.max);
      expect(school.percent).toBe(Math.round((school.total / school.max) * 10_000) / 100);
    }
  });

  it('the worked values of EXPECTED.md: 1.1 against the region, 1.7 from «80–100 баллов»', () => {
    // DM-01: 69,39/69,24 − 64,54/68,93 = 0,0659 → 3; (9 + 1)/(51 + 24) = 13,3333% → 1.
    expect(indicatorOf(report, 'DM-01', '1.1')).toMatchObject({ value: 0.0659, points: 3 });
    expect(indicatorOf(report, 'DM-01', '1.1').note).toContain('регион');
    expect(indicatorOf(report, 'DM-01', '1.7')).toMatchObject({ value: 13.3333, points: 1 });
    // DM-07: 62,14/69,24 − 66,72/68,93 = −0,0705 → 0; DM-18: 46,9/69,24 − 65,23/68,93 = −0,269 → 0.
    expect(indicatorOf(report, 'DM-07', '1.1')).toMatchObject({ value: -0.0705, points: 0 });
    expect(indicatorOf(report, 'DM-18', '1.1')).toMatchObject({ value: -0.269, points: 0 });
    // DM-08: 9 of 36 = 25% exactly → still 2 points (≤ 25).
    expect(indicatorOf(report, 'DM-08', '1.7')).toMatchObject({ value: 25, points: 2 });
  });

  it('the planted profile cases: blank cells are «нет данных», ИОР given, non-objectivity, ООШ', () => {
    const noData = (school: string, id: string) => {
      const i = indicatorOf(report, school, id);
      expect(i, `${school} ${id}`).toMatchObject({ value: null, points: null });
      expect(i.note, `${school} ${id}`).toContain('нет данных');
    };
    noData('DM-08', '3.1.2');
    noData('DM-13', '2.6');
    noData('DM-15', '1.21');
    noData('DM-24', '2.4');
    noData('DM-26', '2.1');
    expect(indicatorOf(report, 'DM-24', '1.19')).toMatchObject({ value: -0.0321, points: 0 });
    expect(indicatorOf(report, 'DM-24', '1.20')).toMatchObject({ value: -0.0204, points: 0 }); // −0,0321 − (−0,0117)
    for (const id of ['DM-16', 'DM-22']) expect(indicatorOf(report, id, '1.18')).toMatchObject({ points: 0 });
    expect(indicatorOf(report, 'DM-01', '1.18')).toMatchObject({ points: 3 });
    for (const id of EGE_IDS) expect(indicatorOf(report, 'DM-21', id).note, id).toContain('не применяется');
    // the eight ШНОР; DM-24's ИОР −0,0321 comes with stable dynamics: not a school with low ИОР (seed 003 §3.5)
    expect([...report.group].sort()).toEqual(['DM-03', 'DM-05', 'DM-07', 'DM-09', 'DM-11', 'DM-12', 'DM-14', 'DM-27']);
  });

  it('the CSV twins (district-cp1251.csv, schools-profile.csv) give the same report', async () => {
    const { result, json } = await runCommandJson<ScoreReport>('score', { inputs: ['fixtures/demo/district-cp1251.csv'], profile: 'fixtures/demo/schools-profile.csv', reference: 'fixtures/demo/region-reference.csv' });
    expect(result.code, result.stderr).toBe(0);
    expect(json.issues).toEqual([]);
    expect(json.schools).toEqual(report.schools);
  });

  it('the profile fixture has exactly the columns of `shnor template profile`', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile('fixtures/demo/schools-profile.xlsx');
    const sheet = workbook.getWorksheet('Профиль')!;
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual(HEADERS);
    expect(sheet.actualRowCount).toBe(31);
    const csvHeader = readFileSync('fixtures/demo/schools-profile.csv', 'utf8').replace(/^\ufeff/, '').split('\r\n')[0]!.split(';');
    expect(csvHeader).toEqual(HEADERS);
  });
});

// -------------------------------------------------------------------------------------------
// Program bugs: these tests show them and fail until src/ is fixed.

describe('a value that is exactly on a scale boundary gets the points of that boundary', () => {
  // The seed: «Положительная динамика (или отсутствует) — 3 балла». A «5»/«2» ratio of 3 in both
  // years is no change: D = 0 → 3 points. The JSON even shows value 0 — but with 0 points,
  // because the points are taken from the unrounded D = 27,2727…/9,0909… − 30/10 = −4,4e−16
  // (src/rules/score.ts scoreSchool: pointsFor(outcome.value) before round4).
  it('1.5: 3 «5» and 1 «2» of 10 in 2022, of 11 in 2023 → R = 3 both years, D = 0 → 3 points', async () => {
    const dir = await tempDir();
    await writeIn(dir, 'results.csv', csv([
      ['school_id', 'school_type', 'year', 'procedure', 'participants', 'mark2', 'mark3', 'mark4', 'mark5'],
      ['X', 'СОШ', 2022, 'OGE-RU', 10, 1, 3, 3, 3],
      ['X', 'СОШ', 2023, 'OGE-RU', 11, 1, 4, 3, 3],
    ]));
    const { result, json } = await runCommandJson<ScoreReport>('score', { inputs: ['results.csv'] }, { cwd: dir });
    expect(result.code, result.stderr).toBe(0);
    const d = indicatorOf(json, 'X', '1.5');
    expect(d.note).toContain('«5»/«2» = 3');
    expect(d).toMatchObject({ value: 0, points: 3 });
  });

  // 1.21 for a СОШ: K = (60 + 50 + 3,8 + 3,6)/4/58,7 = 29,35/58,7 = 0,5 exactly → 1 point (K ≥ 0,5).
  // Shown as 0,5, scored 0: the unrounded K is 0,49999999999999994.
  it('1.21: K = 117,4/4/58,7 = 0,5 → 1 point', async () => {
    const dir = await tempDir();
    await writeIn(dir, 'results.csv', csv([
      ['Код ОО', 'Вид ОО', 'Учебный год', 'Процедура', 'Кол-во участников', 'Не преодолели мин. порог', '«2»', '«3»', '«4»', '«5»', 'Средний балл'],
      ['K', 'СОШ', 2023, 'ЕГЭ Русский язык', 20, 0, '', '', '', '', '60'],
      ['K', 'СОШ', 2023, 'ЕГЭ Математика (профильный уровень)', 10, 0, '', '', '', '', '50'],
      ['K', 'СОШ', 2023, 'ОГЭ Русский язык', 20, '', 0, 8, 8, 4, '3,8'],
      ['K', 'СОШ', 2023, 'ОГЭ Математика', 20, '', 0, 10, 8, 2, '3,6'],
    ], ';'));
    await writeIn(dir, 'profile.csv', profileCsv([{ 'Код ОО': 'K', ИСБШ: '58,7' }]));
    const { result, json } = await runCommandJson<ScoreReport>('score', { inputs: ['results.csv'], profile: 'profile.csv' }, { cwd: dir });
    expect(result.code, result.stderr).toBe(0);
    expect(json.issues).toEqual([]);
    expect(indicatorOf(json, 'K', '1.21')).toMatchObject({ value: 0.5, points: 1 });
  });
});

describe('the profile checks counts against the total of the same year only', () => {
  // «Педагогов всего» is this year's staff; «С высшей/первой категорией (прошлый год)» is last
  // year's count, when the school may have had more teachers. A school that shrank from 30 to 20
  // teachers, 22 of them with a category last year and 15 now: 2.3 = 15 − 22 = −7 → 0 points.
  // The reader rejects 22 as «больше, чем всего (20)» (src/io/profile.ts compares
  // teachersCategoryPrev with this year's teachersTotal), so 2.3 has no data.
  it('last year 22 teachers with a category, this year 20 teachers in all: no issue, 2.3 = −7 → 0', async () => {
    const dir = await tempDir();
    await writeIn(dir, 'results.csv', THREE_SCHOOLS);
    await writeIn(dir, 'profile.csv', profileCsv([
      { 'Код ОО': 'СОШ-1', 'Педагогов всего': 20, 'С высшей/первой категорией': 15, 'С высшей/первой категорией (прошлый год)': 22 },
    ]));
    const { result, json } = await runCommandJson<ScoreReport>('score', { inputs: ['results.csv'], profile: 'profile.csv' }, { cwd: dir });
    expect(result.code, result.stderr).toBe(0);
    expect(indicatorOf(json, 'СОШ-1', '2.2')).toMatchObject({ value: 75, points: 3 });
    expect(json.issues).toEqual([]);
    expect(indicatorOf(json, 'СОШ-1', '2.3')).toMatchObject({ value: -7, points: 0 });
  });
});
