/**
 * Results with a mean score and no share of «2» (issue 17, item 10; the only results seeds 000 and
 * 002 give): classify never calls them low and says so; score computes 1.1–1.4 from them and has
 * no data for the indicators on «2»; dynamics keeps the mean and gives no direction. The means are
 * seed 002's («Результаты ЕГЭ/ОГЭ», Средний балл): ЯСОШ, НСОШ 1 and ВСОШ 1, 2022 and 2023.
 */
import { describe, expect, it } from 'vitest';
import { msg } from '../../src/messages/index.js';
import { selectProcedures } from '../../src/model/procedure-sets.js';
import type { ResultRecord } from '../../src/model/records.js';
import { dynamicsParams } from '../../src/rules/dynamics-params.js';
import { procedureDynamics, schoolDynamics, type DynamicsOptions } from '../../src/rules/dynamics.js';
import { classifySchools, failShare, type ClassifyOptions } from '../../src/rules/fioko.js';
import { buildDistrict } from '../../src/rules/indicators/district.js';
import { compareDraft } from '../../src/rules/check.js';
import { explainVerdict } from '../../src/report/classify/explain.js';
import { extraText } from '../../src/report/check/report.js';
import { indicator, record, score } from './score-helpers.js';

const mean = (schoolId: string, year: number, procedure: string, meanScore: number, participants: number | null = null): ResultRecord =>
  record(schoolId, year, procedure, { meanScore, participants });

const counts = (schoolId: string, year: number, procedure: string, failed: number, participants: number): ResultRecord =>
  record(schoolId, year, procedure, { failed, participants, markCounts: { 2: failed } });

const classifyOptions = (over: Partial<ClassifyOptions> = {}): ClassifyOptions => ({
  year: 2023, threshold: 30, sameProcedure: false, selection: selectProcedures('fioko'), minParticipants: 1, smallSample: 10, ...over,
});

const verdictOf = (records: ResultRecord[], id: string, over: Partial<ClassifyOptions> = {}) =>
  classifySchools(records, classifyOptions(over)).schools.find((s) => s.schoolId === id)!;

describe('failShare', () => {
  it('is null, not 0, for a result with only a mean', () => {
    expect(failShare(mean('S', 2023, 'OGE-MA', 3.6))).toBeNull();
    expect(failShare(counts('S', 2023, 'OGE-MA', 0, 20))).toBe(0);
  });
});

describe('classify: mean-only results', () => {
  // ЯСОШ, ОГЭ: русский 4,2 → 4,1, математика 3,7 → 3,6 (seed 002) — no «2» anywhere
  const meanOnly = [
    mean('ЯСОШ', 2022, 'OGE-RU', 4.2), mean('ЯСОШ', 2023, 'OGE-RU', 4.1),
    mean('ЯСОШ', 2022, 'OGE-MA', 3.7), mean('ЯСОШ', 2023, 'OGE-MA', 3.6, 3),
  ];

  it('a school whose results in Y are all mean-only is not checked: no share of «2», not «не ШНОР»', () => {
    const classification = classifySchools(meanOnly, classifyOptions());
    const school = classification.schools[0]!;
    expect(school).toMatchObject({ flagged: false, noFailingData: true, criteria: [], lowResults: [] });
    expect(school.results.map((r) => [r.year, r.procedure, r.failShare, r.meanScore, r.low])).toEqual([
      [2023, 'OGE-MA', null, 3.6, false], [2023, 'OGE-RU', null, 4.1, false],
      [2022, 'OGE-MA', null, 3.7, false], [2022, 'OGE-RU', null, 4.2, false],
    ]);
    // no «не ШНОР» note, and 3 participants make no «малая выборка» note: the result counts toward nothing
    expect(school.notes.map((n) => n.code)).toEqual(['no-failing-data', 'mean-only']);
    expect(classification.noFailingData).toBe(true);
  });

  it('says so in words: no share of «2» in the year, and each mean-only result cannot be low', () => {
    const school = verdictOf(meanOnly, 'ЯСОШ');
    const y = msg().labels.schoolYear;
    const texts = explainVerdict(school, 2023, 30, 'ru');
    expect(texts[0]).toBe(msg().notes.noFailingData({ year: y(2023) }));
    expect(texts[0]).toContain('Нет данных о доле «2»');
    expect(texts[1]).toBe(msg().notes.meanOnly({
      count: 4,
      list: [
        `${y(2023)}: ОГЭ Математика — средний балл 3,6`, `${y(2023)}: ОГЭ Русский язык — средний балл 4,1`,
        `${y(2022)}: ОГЭ Математика — средний балл 3,7`, `${y(2022)}: ОГЭ Русский язык — средний балл 4,2`,
      ].join('; '),
    }));
    expect(texts[1]).toContain('доли «2» нет — не могут быть низкими');
    expect(explainVerdict(verdictOf([mean('S', 2023, 'EGE-MA-P', 54.6)], 'S'), 2023, 30, 'ru')[1])
      .toBe(`Только средний балл, доли «2» нет — не может быть низким: ${y(2023)}: ЕГЭ Математика (профильная) — средний балл 54,6`);
  });

  it('a mixed school: the verdict rests only on the results with «2» (B: 7/20 = 35% in 2022, 6/20 = 30% in 2023)', () => {
    const records = [counts('S', 2022, 'OGE-MA', 7, 20), counts('S', 2023, 'OGE-MA', 6, 20), mean('S', 2022, 'OGE-RU', 4.2), mean('S', 2023, 'OGE-RU', 4.1)];
    const school = verdictOf(records, 'S');
    expect(school).toMatchObject({ flagged: true, criteria: ['B'], noFailingData: false });
    expect(school.lowResults.map((r) => [r.year, r.procedure, r.failShare])).toEqual([[2023, 'OGE-MA', 30], [2022, 'OGE-MA', 35]]);
    const meanNote = school.notes.find((n) => n.code === 'mean-only');
    expect(meanNote?.code === 'mean-only' && meanNote.results.map((r) => [r.year, r.procedure])).toEqual([[2023, 'OGE-RU'], [2022, 'OGE-RU']]);
  });

  it('a mixed school below the threshold is «не ШНОР» on the «2» it has, with the mean-only results named', () => {
    const records = [counts('S', 2023, 'OGE-MA', 2, 20), mean('S', 2023, 'OGE-RU', 2.4)]; // 10%; a mean mark of 2,4 is still not low
    const school = verdictOf(records, 'S');
    expect(school).toMatchObject({ flagged: false, noFailingData: false });
    expect(school.notes.map((n) => n.code)).toEqual(['not-flagged', 'mean-only']);
    expect(school.notes[0]).toEqual({ code: 'not-flagged', lowCount: 0, previousLowCount: 0 });
  });

  it('a mean-only year counts toward neither criterion: low in 2022, only a mean in 2023 → not flagged, not checked', () => {
    const school = verdictOf([counts('S', 2022, 'OGE-MA', 10, 20), mean('S', 2023, 'OGE-MA', 3.1)], 'S');
    expect(school).toMatchObject({ flagged: false, noFailingData: true, criteria: [] });
    expect(school.lowResults.map((r) => r.year)).toEqual([2022]);
  });

  it('a run with one school that has «2» is not a mean-only run', () => {
    expect(classifySchools([...meanOnly, counts('B', 2023, 'OGE-MA', 1, 20)], classifyOptions()).noFailingData).toBe(false);
    expect(classifySchools([mean('S', 2023, 'EGE-RU', 72.1)], classifyOptions()).noFailingData).toBe(false); // ЕГЭ русский is not in the fioko set
  });

  it('a branch with only a mean is not summed into its legal entity: the entity keeps its own 6/20', () => {
    const records = [counts('P', 2023, 'OGE-MA', 6, 20), mean('B', 2023, 'OGE-MA', 3.4, 5)];
    const school = verdictOf(records, 'P', { branches: new Map([['B', 'P']]) });
    expect(school.results.map((r) => [r.procedure, r.failed, r.participants])).toEqual([['OGE-MA', 6, 20]]);
    expect(school.notes.map((n) => n.code)).toContain('branches-not-added');
  });
});

describe('check: a draft listing a school with only means', () => {
  it('is told the rule could not check it, not given a «closest» share of 0%', () => {
    // S: 7/20 in OGE-MA 2022 (35%, low), only a mean in 2023
    const classification = classifySchools([counts('S', 2022, 'OGE-MA', 7, 20), mean('S', 2023, 'OGE-MA', 3.4)], classifyOptions());
    const { extra } = compareDraft([{ id: 'S', name: null, file: 'draft.csv', sheet: null, row: 2 }], classification);
    expect(extra[0]!.reason).toEqual({ code: 'no-failing-data', year: 2023 });
    expect(extraText(extra[0]!, 2023, 'ru')).toBe(msg().check.reasons.noFailingData({ year: msg().labels.schoolYear(2023) }));
  });
});

describe('score: 1.1–1.4 from mean scores, no data from them for the indicators on «2»', () => {
  // seed 002 means, no participants: the district is the plain mean of the schools
  const records = [
    mean('ЯСОШ', 2022, 'EGE-RU', 63.9), mean('ЯСОШ', 2023, 'EGE-RU', 72.1),
    mean('НСОШ 1', 2022, 'EGE-RU', 68.6), mean('НСОШ 1', 2023, 'EGE-RU', 60.7),
    mean('ВСОШ 1', 2022, 'EGE-RU', 71), mean('ВСОШ 1', 2023, 'EGE-RU', 64),
    mean('ЯСОШ', 2022, 'EGE-MA-P', 47.3), mean('ЯСОШ', 2023, 'EGE-MA-P', 54.6),
    mean('НСОШ 1', 2022, 'EGE-MA-P', 52.5), mean('НСОШ 1', 2023, 'EGE-MA-P', 33.8),
    mean('ЯСОШ', 2022, 'OGE-RU', 4.2), mean('ЯСОШ', 2023, 'OGE-RU', 4.1),
    mean('НСОШ 1', 2022, 'OGE-RU', 4.1), mean('НСОШ 1', 2023, 'OGE-RU', 4.4),
    mean('ЯСОШ', 2022, 'OGE-MA', 3.7), mean('ЯСОШ', 2023, 'OGE-MA', 3.6),
    mean('НСОШ 1', 2022, 'OGE-MA', 3.4), mean('НСОШ 1', 2023, 'OGE-MA', 3.6),
    mean('ЯСОШ', 2023, 'VPR-RU-5', 3.5, 25),
  ];
  const result = score({ records });

  it.each([
    // 1.1: district 2022 = (63,9 + 68,6 + 71)/3 = 67,8333, 2023 = (72,1 + 60,7 + 64)/3 = 65,6
    ['ЯСОШ', '1.1', 0.1571, 3], // 72,1/65,6 − 63,9/67,8333 = 1,09909 − 0,94201
    ['НСОШ 1', '1.1', -0.086, 0], // 60,7/65,6 − 68,6/67,8333 = 0,92530 − 1,01130
    ['ВСОШ 1', '1.1', -0.0711, 0], // 64/65,6 − 71/67,8333 = 0,97561 − 1,04668
    // 1.2 (профильная): district 2022 = (47,3 + 52,5)/2 = 49,9, 2023 = (54,6 + 33,8)/2 = 44,2
    ['ЯСОШ', '1.2', 0.2874, 3], // 54,6/44,2 − 47,3/49,9 = 1,23529 − 0,94790
    ['НСОШ 1', '1.2', -0.2874, 0],
    // 1.3: district 4,15 → 4,25 (mean marks, as seed 002 writes the ОГЭ)
    ['ЯСОШ', '1.3', -0.0473, 0], // 4,1/4,25 − 4,2/4,15 = 0,96471 − 1,01205
    ['НСОШ 1', '1.3', 0.0473, 3],
    // 1.4: district 3,55 → 3,6
    ['ЯСОШ', '1.4', -0.0423, 0], // 3,6/3,6 − 3,7/3,55 = 1 − 1,04225
    ['НСОШ 1', '1.4', 0.0423, 3], // 3,6/3,6 − 3,4/3,55 = 1 − 0,95775
  ])('%s %s = %d → %d points', (school, id, value, points) => {
    expect(indicator(result, school, id)).toMatchObject({ value, points });
  });

  it.each([['1.5'], ['1.6'], ['1.8'], ['1.10']])('%s has no data (not 0) and says the result has no share of «2»', (id) => {
    const outcome = indicator(result, 'ЯСОШ', id);
    expect(outcome).toMatchObject({ value: null, points: null, reason: 'no-data' });
    expect(outcome.notes.map((n) => n.code)).toEqual(['no-share']);
  });
});

describe('dynamics: the mean per year, no share of «2» invented', () => {
  function options(records: ResultRecord[]): DynamicsOptions {
    return { year: 2023, threshold: 30, params: dynamicsParams.parse({}), district: buildDistrict(records, []), selection: selectProcedures('fioko') };
  }

  it('ЯСОШ ОГЭ математика 3,3 → 3,7 → 3,6 beside НСОШ 1 3,2 → 3,4 → 3,6 (seed 002)', () => {
    const ya = [mean('ЯСОШ', 2021, 'OGE-MA', 3.3), mean('ЯСОШ', 2022, 'OGE-MA', 3.7), mean('ЯСОШ', 2023, 'OGE-MA', 3.6)];
    const all = [...ya, mean('НСОШ 1', 2021, 'OGE-MA', 3.2), mean('НСОШ 1', 2022, 'OGE-MA', 3.4), mean('НСОШ 1', 2023, 'OGE-MA', 3.6)];
    const p = procedureDynamics('OGE-MA', ya, options(all));
    // district 3,25 / 3,55 / 3,6 → ratios 3,3/3,25 = 1,0154, 3,7/3,55 = 1,0423, 3,6/3,6 = 1
    expect(p.years.map((y) => [y.year, y.meanScore, y.districtMean, y.meanRatio, y.failShare, y.ci, y.low])).toEqual([
      [2021, 3.3, 3.25, 1.0154, null, null, false],
      [2022, 3.7, 3.55, 1.0423, null, null, false],
      [2023, 3.6, 3.6, 1, null, null, false],
    ]);
    // D = 1,04225 − 1,01538 = 0,0269; 1 − 1,04225 = −0,0423; no share, so no direction and no test
    expect(p.changes).toEqual([
      { from: 2021, to: 2022, deltaPp: null, direction: null, because: null, significant: null, pValue: null, counts: false, meanD: 0.0269 },
      { from: 2022, to: 2023, deltaPp: null, direction: null, because: null, significant: null, pValue: null, counts: false, meanD: -0.0423 },
    ]);
    expect(p.negativeRun).toBe(0);
  });

  it('a share in 2022 and only a mean in 2023: the change has no direction and the overall direction has no data', () => {
    const records = [counts('S', 2022, 'OGE-MA', 7, 20), mean('S', 2023, 'OGE-MA', 3.4)];
    const [school] = schoolDynamics(records, options(records));
    const p = school!.procedures[0]!;
    expect(p.years.map((y) => y.failShare)).toEqual([35, null]);
    expect(p.changes[0]).toMatchObject({ deltaPp: null, direction: null });
    expect(school!.overall).toEqual({ direction: null, year: 2023, positive: [], negative: [], notSignificant: [], heldBack: [], noResultsIn: null });
  });
});
