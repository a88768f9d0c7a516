import { describe, expect, it } from 'vitest';
import { selectProcedures } from '../../src/model/procedure-sets.js';
import type { ResultRecord } from '../../src/model/records.js';
import { classifySchools, isLow, type ClassifyOptions } from '../../src/rules/fioko.js';

function result(schoolId: string, year: number, procedure: string, participants: number | null, failed: number | null, failPct: number | null = null): ResultRecord {
  return {
    schoolId, schoolName: null, municipality: null, schoolType: null, year, procedure, participants, failed, failPct,
    markCounts: {}, markPcts: {}, meanScore: null, highCount: null, scoreHistogram: null, source: { file: 't.csv', sheet: null, row: 2 },
  };
}

const options = (over: Partial<ClassifyOptions> = {}): ClassifyOptions => ({
  year: 2021, threshold: 30, sameProcedure: false, selection: selectProcedures('fioko'), minParticipants: 1, smallSample: 10, ...over,
});

describe('isLow: the 30% boundary on whole pupils', () => {
  it.each([
    [3, 10, true], // 30.00%
    [21, 70, true], // 30.00%
    [33, 110, true], // 30.00%
    [29, 100, false], // 29.00%
    [2, 7, false], // 28.57%
    [1, 3, true], // 33.33%
  ])('%i of %i failing → low %s', (failed, participants, low) => {
    expect(isLow({ participants, failed, failPct: null }, 30)).toBe(low);
  });

  it('uses the percentage when no counts are given', () => {
    expect(isLow({ participants: null, failed: null, failPct: 30 }, 30)).toBe(true);
    expect(isLow({ participants: null, failed: null, failPct: 29.99 }, 30)).toBe(false);
  });
});

describe('classifySchools', () => {
  it('seed 003 §3.2: school 5 (ВПР математика 6 — 49%, ОГЭ математика — 32%) is flagged by A', () => {
    const records = [result('5', 2021, 'VPR-MA-6', null, null, 49), result('5', 2021, 'OGE-MA', null, null, 32)];
    const [school] = classifySchools(records, options()).schools;
    expect(school!.flagged).toBe(true);
    expect(school!.criteria).toEqual(['A']);
    expect(school!.lowResults.map((r) => [r.procedure, r.failShare])).toEqual([['VPR-MA-6', 49], ['OGE-MA', 32]]);
  });

  it('carries the set of flagged ids, flagged schools first in natural order: S10 (A), S2 (B) flagged, S1 (one low) not', () => {
    // S10: 12/30 = 40% and 9/30 = 30% in 2021 → A; S2: 8/20 = 40% in 2020, 6/20 = 30% in 2021 → B; S1: 6/20 = 30% in 2021 only
    const records = [
      result('S1', 2021, 'OGE-MA', 20, 6),
      result('S10', 2021, 'VPR-MA-5', 30, 12), result('S10', 2021, 'OGE-MA', 30, 9),
      result('S2', 2020, 'VPR-RU-5', 20, 8), result('S2', 2021, 'OGE-MA', 20, 6),
    ];
    const classification = classifySchools(records, options());
    expect([...classification.flagged]).toEqual(['S2', 'S10']);
    expect(classification.schools.map((s) => s.schoolId)).toEqual(['S2', 'S10', 'S1']);
  });

  it('criterion B: different procedures low in Y−1 and Y — flagged, but not with sameProcedure', () => {
    const records = [result('S', 2020, 'VPR-RU-5', 20, 8), result('S', 2021, 'OGE-MA', 40, 12)]; // 40% and 30%
    expect(classifySchools(records, options()).schools[0]!.criteria).toEqual(['B']);
    const strict = classifySchools(records, options({ sameProcedure: true })).schools[0]!;
    expect(strict.flagged).toBe(false);
    expect(strict.notes.map((n) => n.code)).toContain('not-flagged');
  });

  it('criterion B with the same procedure low in both years holds under sameProcedure', () => {
    const records = [result('S', 2020, 'OGE-MA', 20, 7), result('S', 2021, 'OGE-MA', 20, 6), result('S', 2020, 'OGE-RU', 20, 9)];
    const school = classifySchools(records, options({ sameProcedure: true })).schools[0]!;
    expect(school.criteria).toEqual(['B']);
    const b = school.notes.find((n) => n.code === 'criterion-b');
    expect(b && b.code === 'criterion-b' && b.previous.map((r) => r.procedure)).toEqual(['OGE-MA']);
  });

  it('A and B together; lowResults holds Y and Y−1, Y first', () => {
    const records = [result('S', 2021, 'VPR-MA-5', 10, 3), result('S', 2021, 'VPR-MA-6', 10, 4), result('S', 2020, 'VPR-MA-5', 10, 5)];
    const school = classifySchools(records, options()).schools[0]!;
    expect(school.criteria).toEqual(['A', 'B']);
    expect(school.lowResults.map((r) => `${r.year} ${r.procedure}`)).toEqual(['2021 VPR-MA-5', '2021 VPR-MA-6', '2020 VPR-MA-5']);
  });

  it('a school with no results in Y is listed, not flagged, with a note', () => {
    const records = [result('S', 2020, 'VPR-MA-5', 10, 5), result('S', 2020, 'VPR-MA-6', 10, 5)];
    const school = classifySchools(records, options()).schools[0]!;
    expect(school.flagged).toBe(false);
    expect(school.notes.map((n) => n.code)).toEqual(['not-flagged', 'no-results-in-year']);
  });

  it('ignores procedures outside the set: ЕГЭ русский is not in fioko (ruling R1), but is in all', () => {
    const records = [result('S', 2021, 'EGE-RU', 10, 5), result('S', 2021, 'OGE-MA', 10, 5)];
    expect(classifySchools(records, options()).schools[0]!.flagged).toBe(false);
    expect(classifySchools(records, options({ selection: selectProcedures('all') })).schools[0]!.criteria).toEqual(['A']);
  });

  it('results under minParticipants are listed but not counted; under smallSample they count with a note', () => {
    const records = [result('S', 2021, 'VPR-MA-5', 4, 2), result('S', 2021, 'VPR-MA-6', 7, 3)]; // 50%, 42.86%
    const counted = classifySchools(records, options()).schools[0]!;
    expect(counted.criteria).toEqual(['A']);
    const small = counted.notes.find((n) => n.code === 'small-sample');
    expect(small && small.code === 'small-sample' && small.results.map((r) => r.procedure)).toEqual(['VPR-MA-5', 'VPR-MA-6']);
    const school = classifySchools(records, options({ minParticipants: 5 })).schools[0]!;
    expect(school.flagged).toBe(false);
    expect(school.lowResults.map((r) => r.procedure)).toEqual(['VPR-MA-6']);
    expect(school.notes.map((n) => n.code)).toContain('not-counted');
  });

  it('reports the method with the fixed fioko list and sorts flagged schools first', () => {
    const records = [result('2', 2021, 'OGE-MA', 10, 0), result('10', 2021, 'OGE-MA', 10, 5), result('10', 2021, 'OGE-RU', 10, 5)];
    const c = classifySchools(records, options());
    expect(c.method.procedures).toEqual(['VPR-MA-5', 'VPR-RU-5', 'VPR-MA-6', 'VPR-RU-6', 'OGE-MA', 'OGE-RU', 'EGE-MA-B', 'EGE-MA-P']);
    expect(c.schools.map((s) => s.schoolId)).toEqual(['10', '2']);
  });
});
