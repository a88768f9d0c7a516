/**
 * The dynamics rules (issue #4, ruling R9): the Wilson interval, the two-proportion test, the
 * direction of a change, the negative run, D of the mean score, the overall direction. Every
 * expected value is worked out by hand in the comments.
 */
import { describe, expect, it } from 'vitest';
import { selectProcedures } from '../../src/model/procedure-sets.js';
import type { ResultRecord } from '../../src/model/records.js';
import type { ReferenceValue } from '../../src/model/reference.js';
import { dynamicsParams } from '../../src/rules/dynamics-params.js';
import {
  directionOf, overallDirection, procedureDynamics, sampleClass, schoolDynamics,
  type Change, type Direction, type DynamicsOptions, type ProcedureDynamics,
} from '../../src/rules/dynamics.js';
import { buildDistrict } from '../../src/rules/indicators/district.js';
import { twoProportionP, wilson } from '../../src/rules/stats.js';
import { record } from './score-helpers.js';

function options(year: number, records: ResultRecord[] = [], params: Record<string, unknown> = {}, reference: ReferenceValue[] = []): DynamicsOptions {
  return { year, threshold: 30, params: dynamicsParams.parse(params), district: buildDistrict(records, reference), selection: selectProcedures('fioko') };
}

/** One procedure of one school from [year, failed, participants] triples. */
function series(points: [number, number, number][], params: Record<string, unknown> = {}, procedure = 'OGE-MA'): ProcedureDynamics {
  const records = points.map(([year, failed, participants]) => record('S', year, procedure, { failed, participants }));
  return procedureDynamics(procedure, records, options(Math.max(...points.map((p) => p[0])), records, params));
}

describe('statistics', () => {
  it('Wilson 95% interval of 3/12 ≈ [8,89%; 53,23%]', () => {
    // p = 0,25, n = 12, z = 1,96, z² = 3,8415: centre = (0,25 + 3,8415/24) / (1 + 3,8415/12) = 0,41006 / 1,32012 = 0,31062;
    // half = 1,96 · √(0,1875/12 + 3,8415/576) / 1,32012 = 1,96 · √0,022294 / 1,32012 = 0,29265 / 1,32012 = 0,22168;
    // → 0,31062 ∓ 0,22168 = 0,08894 … 0,53230
    const [lo, hi] = wilson(3, 12);
    expect(lo).toBeCloseTo(8.89, 2);
    expect(hi).toBeCloseTo(53.23, 2);
  });

  it('Wilson interval of 0/12 starts at 0 and of 12/12 ends at 100', () => {
    expect(wilson(0, 12)[0]).toBe(0);
    expect(wilson(12, 12)[1]).toBeCloseTo(100, 10);
  });

  it('twoProportionP(1, 12, 3, 12) ≈ 0,273', () => {
    // pooled 4/24 = 0,16667; se = √(0,16667 · 0,83333 · (1/12 + 1/12)) = √0,023148 = 0,15215;
    // z = (0,25 − 0,08333) / 0,15215 = 1,0954; p = 2 · (1 − Φ(1,0954)) = 2 · 0,13667 = 0,2733
    expect(twoProportionP(1, 12, 3, 12)).toBeCloseTo(0.273, 3);
  });

  it('twoProportionP is 1 when both shares are 0', () => {
    expect(twoProportionP(0, 10, 0, 12)).toBe(1);
  });
});

describe('the direction of a change (margin 10 pp, zone ≥ 30%)', () => {
  it('35% → 24% (7/20 → 6/25) is positive: it leaves the low zone', () => {
    const p = series([[2022, 7, 20], [2023, 6, 25]]);
    expect(p.years.map((y) => y.failShare)).toEqual([35, 24]);
    expect(p.changes).toEqual([expect.objectContaining({ from: 2022, to: 2023, deltaPp: -11, direction: 'positive', because: 'left-low' })]);
  });

  it('1/12 → 3/12 is negative (+16,67 pp ≥ 10) but not significant (p ≈ 0,273)', () => {
    // 8,33% → 25%: +16,67 pp, neither year low
    const p = series([[2022, 1, 12], [2023, 3, 12]], {}, 'VPR-MA-5');
    expect(p.changes[0]).toMatchObject({ deltaPp: 16.67, direction: 'negative', because: 'margin', significant: false });
    expect(p.changes[0]!.pValue).toBeCloseTo(0.2733, 4);
    expect(p.years[1]!.ci![0]).toBeCloseTo(8.89, 2);
    expect(p.years[1]!.ci![1]).toBeCloseTo(53.23, 2);
  });

  it('10% → 15% (2/20 → 3/20) is stable: +5 pp, outside the zone', () => {
    expect(series([[2022, 2, 20], [2023, 3, 20]]).changes[0]).toMatchObject({ deltaPp: 5, direction: 'stable', because: null });
  });

  it('28% → 31% (7/25 → 31/100) is negative: it enters the zone', () => {
    expect(series([[2022, 7, 25], [2023, 31, 100]]).changes[0]).toMatchObject({ deltaPp: 3, direction: 'negative', because: 'entered-low' });
  });

  it('a drop of exactly the margin is positive; 9,99 pp is not', () => {
    expect(directionOf(-10, false, false, 10)).toEqual({ direction: 'positive', because: 'margin' });
    expect(directionOf(-9.99, false, false, 10)).toEqual({ direction: 'stable', because: null });
    expect(directionOf(10, false, false, 10)).toEqual({ direction: 'negative', because: 'margin' });
  });

  it('with marginPp 0 (the seeds literally), 20% → 19% is positive and 20% → 20% stable', () => {
    expect(series([[2022, 20, 100], [2023, 19, 100]], { marginPp: 0 }).changes[0]).toMatchObject({ deltaPp: -1, direction: 'positive' });
    expect(series([[2022, 20, 100], [2023, 20, 100]], { marginPp: 0 }).changes[0]).toMatchObject({ deltaPp: 0, direction: 'stable' });
  });

  it('no change across a gap year: 2021 and 2023 are not consecutive', () => {
    expect(series([[2021, 1, 20], [2023, 9, 20]]).changes).toEqual([]);
  });

  it('a share without counts has no interval and no test', () => {
    const records = [record('S', 2022, 'OGE-MA', { failPct: 10 }), record('S', 2023, 'OGE-MA', { failPct: 25 })];
    const p = procedureDynamics('OGE-MA', records, options(2023, records));
    expect(p.years.map((y) => y.ci)).toEqual([null, null]);
    expect(p.changes[0]).toMatchObject({ deltaPp: 15, direction: 'negative', significant: null, pValue: null });
  });
});

describe('negative run (R9: «в течение 2-3 лет» — two negative changes in a row)', () => {
  // 5% → 20% (+15, margin) → 35% (+15, enters the zone)
  const points: [number, number, number][] = [[2021, 1, 20], [2022, 4, 20], [2023, 7, 20]];

  it('2021 → 2022 → 2023, both negative: a run of two', () => {
    const p = series(points);
    expect(p.changes.map((c) => c.direction)).toEqual(['negative', 'negative']);
    expect(p.negativeRun).toBe(2);
  });

  it('a stable last change ends the run', () => {
    expect(series([...points, [2024, 7, 20]]).negativeRun).toBe(0);
  });

  it('is counted as of the target year: a later year does not count', () => {
    const records = [...points, [2024, 1, 20] as [number, number, number]].map(([year, failed, participants]) => record('S', year, 'OGE-MA', { failed, participants }));
    expect(procedureDynamics('OGE-MA', records, options(2023, records)).negativeRun).toBe(2);
    expect(procedureDynamics('OGE-MA', records, options(2022, records)).negativeRun).toBe(1);
    expect(procedureDynamics('OGE-MA', records, options(2024, records)).negativeRun).toBe(0);
  });
});

describe('at risk: low in some year, or a negative change at some point', () => {
  it('5% → 20% → 35% (1/20, 4/20, 7/20): at risk — both changes negative, 2023 low', () => {
    expect(series([[2021, 1, 20], [2022, 4, 20], [2023, 7, 20]]).atRisk).toBe(true);
  });

  it('10% → 15% (2/20 → 3/20): stable (+5 pp < 10), never ≥ 30% — not at risk', () => {
    expect(series([[2022, 2, 20], [2023, 3, 20]]).atRisk).toBe(false);
  });

  it('35% → 35% (7/20 → 7/20): stable but low both years — at risk', () => {
    expect(series([[2022, 7, 20], [2023, 7, 20]]).atRisk).toBe(true);
  });

  it('1/12 → 3/12 (8,33% → 25%): never low, +16,67 pp is negative — at risk', () => {
    expect(series([[2022, 1, 12], [2023, 3, 12]]).atRisk).toBe(true);
  });

  it('a negative change after the target year counts too: 2/20 → 2/20 → 5/20 with Y = 2023 (+15 pp into 2024)', () => {
    const records = ([[2022, 2, 20], [2023, 2, 20], [2024, 5, 20]] as const).map(([year, failed, participants]) => record('S', year, 'OGE-MA', { failed, participants }));
    const p = procedureDynamics('OGE-MA', records, options(2023, records));
    expect([p.negativeRun, p.atRisk]).toEqual([0, true]);
  });
});

describe('sample classes (limited < 20 ≤ approximate < 50 ≤ informative)', () => {
  it('classes participants', () => {
    const params = dynamicsParams.parse({});
    expect([19, 20, 49, 50, null].map((n) => sampleClass(n, params))).toEqual(['limited', 'approximate', 'approximate', 'informative', null]);
  });
});

describe('D of the mean score (indicator 1.1) against a reference (seed 000, Сосновская СОШ, ОГЭ математика)', () => {
  // The school: 4,0 (2017), 3,0 (2018), 3,71 (2019); the district: 3,75, 3,66, 3,71.
  const records = [
    record('Сосновская', 2017, 'OGE-MA', { participants: 20, failed: 0, meanScore: 4.0 }),
    record('Сосновская', 2018, 'OGE-MA', { participants: 20, failed: 0, meanScore: 3.0 }),
    record('Сосновская', 2019, 'OGE-MA', { participants: 20, failed: 0, meanScore: 3.71 }),
  ];
  const reference: ReferenceValue[] = [[2017, 3.75], [2018, 3.66], [2019, 3.71]].map(([year, meanScore]) => ({
    year: year!, procedure: 'OGE-MA', meanScore: meanScore!, failPct: null, level: 'district', municipality: null,
  }));
  const [school] = schoolDynamics(records, options(2019, records, {}, reference));
  const p = school!.procedures[0]!;

  it('compares each year with the reference, not with the school itself', () => {
    expect(p.years.map((y) => [y.districtMean, y.districtSource])).toEqual([[3.75, 'district'], [3.66, 'district'], [3.71, 'district']]);
    // 4/3,75 = 1,0667; 3/3,66 = 0,8197; 3,71/3,71 = 1
    expect(p.years.map((y) => y.meanRatio)).toEqual([1.0667, 0.8197, 1]);
  });

  it('2018: 3,0/3,66 − 4,0/3,75 = 0,8197 − 1,0667 = −0,247; 2019: 3,71/3,71 − 3,0/3,66 = 1 − 0,8197 = +0,1803', () => {
    expect(p.changes.map((c) => [c.to, c.meanD])).toEqual([[2018, -0.247], [2019, 0.1803]]);
  });
});

describe('overall direction into Y over the chosen procedures', () => {
  function procedure(code: string, ...changes: [number, Direction][]): ProcedureDynamics {
    return {
      procedure: code, years: [], negativeRun: 0, atRisk: false,
      changes: changes.map(([to, direction]): Change => ({
        from: to - 1, to, deltaPp: 0, direction, because: null, significant: true, pValue: 0.01, counts: true, meanD: null,
      })),
    };
  }
  const fioko = selectProcedures('fioko');

  it('positive: an improvement and no worsening', () => {
    expect(overallDirection([procedure('OGE-MA', [2023, 'positive']), procedure('OGE-RU', [2023, 'stable'])], 2023, fioko))
      .toEqual({ direction: 'positive', year: 2023, positive: ['OGE-MA'], negative: [], notSignificant: [], heldBack: [], noResultsIn: null });
  });

  it('negative: a worsening and no improvement', () => {
    expect(overallDirection([procedure('OGE-MA', [2023, 'negative'])], 2023, fioko).direction).toBe('negative');
  });

  it('mixed: both', () => {
    expect(overallDirection([procedure('OGE-MA', [2023, 'positive']), procedure('VPR-MA-5', [2023, 'negative'])], 2023, fioko))
      .toEqual({ direction: 'mixed', year: 2023, positive: ['OGE-MA'], negative: ['VPR-MA-5'], notSignificant: [], heldBack: [], noResultsIn: null });
  });

  it('stable: changes into Y, none real', () => {
    expect(overallDirection([procedure('OGE-MA', [2023, 'stable'])], 2023, fioko).direction).toBe('stable');
  });

  it('null: no change into Y (only earlier ones, or only outside the set)', () => {
    expect(overallDirection([procedure('OGE-MA', [2022, 'negative'])], 2023, fioko).direction).toBeNull();
    // ЕГЭ русский is not in fioko (R1), but it is in «all»
    expect(overallDirection([procedure('EGE-RU', [2023, 'positive'])], 2023, fioko).direction).toBeNull();
    expect(overallDirection([procedure('EGE-RU', [2023, 'positive'])], 2023, selectProcedures('all')).direction).toBe('positive');
  });

  it('no direction names the year with no result at all: Y first, then Y−1; a mean-only pair names none', () => {
    const records = [
      // CLOSED: 2022 and 2023, nothing in 2024 → «нет результатов в 2024», not «no share of «2»»
      record('CLOSED', 2022, 'OGE-MA', { failed: 1, participants: 10 }), record('CLOSED', 2023, 'OGE-MA', { failed: 4, participants: 10 }),
      // OPENED: only 2024 → nothing in 2023 to compare with
      record('OPENED', 2024, 'OGE-MA', { failed: 4, participants: 10 }),
      // MEANS: both years, a mean score only → no share of «2» in both years, no year missing
      record('MEANS', 2023, 'OGE-MA', { meanScore: 3.5 }), record('MEANS', 2024, 'OGE-MA', { meanScore: 3.4 }),
    ];
    const overall = new Map(schoolDynamics(records, options(2024, records)).map((s) => [s.schoolId, s.overall]));
    expect(overall.get('CLOSED')).toMatchObject({ direction: null, noResultsIn: 2024 });
    expect(overall.get('OPENED')).toMatchObject({ direction: null, noResultsIn: 2023 });
    expect(overall.get('MEANS')).toMatchObject({ direction: null, noResultsIn: null });
  });
});

describe('significance in verdicts: 1/20 → 3/20 → 5/20 (+10, +10 pp; p = 0,2918 and 0,4292, see clusters.test.ts)', () => {
  const points: [number, number, number][] = [[2021, 1, 20], [2022, 3, 20], [2023, 5, 20]];

  it('by default both changes are negative and count: a run of 2, overall negative, the changes named as not significant', () => {
    const p = series(points);
    expect(p.changes.map((c) => [c.direction, c.significant, c.counts])).toEqual([['negative', false, true], ['negative', false, true]]);
    expect(p.negativeRun).toBe(2);
    expect(overallDirection([p], 2023, selectProcedures('fioko'))).toMatchObject({
      direction: 'negative', negative: ['OGE-MA'], notSignificant: [{ procedure: 'OGE-MA', from: 2022, to: 2023, deltaPp: 10, pValue: 0.4292 }], heldBack: [],
    });
  });

  it('with requireSignificance neither counts: no run, not at risk (10–25% is below the zone), overall stable with the change held back', () => {
    const p = series(points, { requireSignificance: true });
    expect(p.changes.map((c) => [c.direction, c.counts])).toEqual([['negative', false], ['negative', false]]);
    expect(p.negativeRun).toBe(0);
    expect(p.atRisk).toBe(false);
    expect(overallDirection([p], 2023, selectProcedures('fioko'))).toMatchObject({
      direction: 'stable', negative: [], notSignificant: [], heldBack: [{ procedure: 'OGE-MA', to: 2023, pValue: 0.4292 }],
    });
  });

  it('a significant change counts either way: 2/50 → 15/50 (+26 pp; pooled 17/100, z = 0,26/√(0,17 · 0,83 · 0,04) = 3,461, p = 0,0005)', () => {
    const p = series([[2022, 2, 50], [2023, 15, 50]], { requireSignificance: true });
    expect(p.changes[0]).toMatchObject({ direction: 'negative', significant: true, counts: true });
    expect(p.changes[0]!.pValue).toBeCloseTo(0.0005, 4);
  });
});
