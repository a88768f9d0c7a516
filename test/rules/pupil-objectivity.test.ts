/**
 * The objectivity rule (src/rules/pupil-objectivity.ts) on small tallies worked by hand. The scale is ВПР
 * 2021 математика 5 кл. (data/scales.json): «3» from 7, «4» from 11, «5» from 15, maximum 20, so the
 * «3» boundary window is 7–8 points. Binomial tails computed exactly (Python fractions):
 * P(X ≥ 8 | n = 25, p = 0,05) = 1,958·10⁻⁵; P(X ≥ 2 | 25, 0,05) = 0,3576; P(X ≥ 11 | 24, 11/239) = 2,80·10⁻⁹.
 */
import { describe, expect, it } from 'vitest';
import type { PupilGroupTally, PupilWork } from '../../src/model/pupil-marks.js';
import { scaleFor, SHIPPED_SCALES } from '../../src/model/scales.js';
import { analyseObjectivity, boundaryCount, journalShares, objectivitySigns, qualityOf, type ReferenceObjectivity, type TestedSign } from '../../src/rules/pupil-objectivity.js';
import { binomialUpperTail } from '../../src/rules/stats.js';

const SCALE = scaleFor(SHIPPED_SCALES, 'VPR-MA-5', 2021)!;

/** A class's tally: pupils by score as [score, pupils] pairs. */
function group(schoolId: string, className: string | null, municipality: string, counts: [number, number, number, number], scores: [number, number][]): PupilGroupTally {
  const histogram = new Array<number>(SCALE.max + 1).fill(0);
  for (const [score, pupils] of scores) histogram[score]! += pupils;
  const [lowered, confirmed, raised, noJournal] = counts;
  return { schoolId, schoolName: null, municipality, className, lowered, confirmed, raised, noJournal, scores: histogram };
}

/**
 * School A (25 pupils): class а — 8 at 7 points with journal «4» (понизили), 5 at 15 with «5»
 * (подтвердили); class б — 11 at 15 with «4» (повысили) and 1 at 15 without a journal mark.
 * School B (190): 2 at 7 with «3», 188 at 12 with «4» — all подтвердили. School C (25): 2 at 7 with
 * «3», 23 at 12 with «4». The region: 240 pupils, 12 of them at 7–8 points = 5%; 239 with a journal
 * mark, 11 повысили = 4,60%.
 */
const WORK: PupilWork = {
  procedure: 'VPR-MA-5', year: 2021, scale: SCALE,
  groups: [
    group('sch220001', '5А', 'город Барнаул', [8, 5, 0, 0], [[7, 8], [15, 5]]),
    group('sch220001', '5Б', 'город Барнаул', [0, 0, 11, 1], [[15, 12]]),
    group('sch220002', null, 'Алейский район', [0, 190, 0, 0], [[7, 2], [12, 188]]),
    group('sch220003', null, 'город Барнаул', [0, 25, 0, 0], [[7, 2], [12, 23]]),
  ],
};

describe('binomialUpperTail', () => {
  it('P(X ≥ 8 | 25, 0,05) = 1,958·10⁻⁵ and P(X ≥ 2 | 25, 0,05) = 0,3576, as summed exactly', () => {
    expect(binomialUpperTail(8, 25, 0.05)).toBeCloseTo(1.958055e-5, 10);
    expect(binomialUpperTail(2, 25, 0.05)).toBeCloseTo(0.357624, 6);
  });

  it('is 1 for k = 0 and 0 for k above n', () => {
    expect(binomialUpperTail(0, 10, 0.3)).toBe(1);
    expect(binomialUpperTail(11, 10, 0.3)).toBe(0);
  });
});

describe('journalShares', () => {
  it('school sch220093 of the 2021 export: 26 / 17 / 1 of 44 = 59,1% / 38,6% / 2,3%, Wilson 44,4–72,3% for понизили', () => {
    const shares = journalShares({ lowered: 26, confirmed: 17, raised: 1, noJournal: 0 });
    expect(shares.compared).toBe(44);
    expect(shares.lowered.pct).toBeCloseTo(59.09, 2);
    expect(shares.confirmed.pct).toBeCloseTo(38.64, 2);
    expect(shares.raised.pct).toBeCloseTo(2.27, 2);
    // centre (p + z²/2n)/(1 + z²/n), half-width z·√(p(1−p)/n + z²/4n²)/(1 + z²/n), z = 1,96
    expect(shares.lowered.interval![0]).toBeCloseTo(44.41, 2);
    expect(shares.lowered.interval![1]).toBeCloseTo(72.31, 2);
  });

  it('a pupil without a journal mark is counted apart, outside the denominator', () => {
    const shares = journalShares({ lowered: 0, confirmed: 0, raised: 11, noJournal: 1 });
    expect(shares).toMatchObject({ compared: 11, noJournal: 1 });
    expect(shares.raised.pct).toBe(100);
  });
});

describe('the spike at the «3» boundary', () => {
  const region = (boundaryPct: number, raisedPct = 100): Pick<ReferenceObjectivity, 'journal' | 'boundary'> => ({
    journal: journalShares({ lowered: 0, confirmed: 100 - raisedPct, raised: raisedPct, noJournal: 0 }),
    boundary: { from: 7, to: 8, count: boundaryPct, pct: boundaryPct },
  });
  const school = (atBoundary: number, pupils = 25) => {
    const scores = new Array<number>(21).fill(0);
    scores[7] = atBoundary;
    scores[15] = pupils - atBoundary;
    const distribution = { scores, scored: pupils };
    return { journal: journalShares({ lowered: 0, confirmed: pupils, raised: 0, noJournal: 0 }), distribution, boundary: boundaryCount(distribution, SCALE) };
  };

  it('8 of 25 at the cut-off against a region with 5% there: a sign, p = 1,958·10⁻⁵', () => {
    const signs = objectivitySigns(school(8), region(5));
    expect(signs).toHaveLength(1);
    expect(signs[0]).toMatchObject({ code: 'boundary-spike', from: 7, to: 8, count: 8, scored: 25, pct: 32, regionPct: 5 });
    expect(signs[0]!.p).toBeCloseTo(1.958055e-5, 10);
  });

  it('2 of 25 there: no sign (8% against 5%, p = 0,36)', () => {
    expect(objectivitySigns(school(2), region(5))).toEqual([]);
  });

  it('8 of 19: not tested — fewer than 20 pupils', () => {
    expect(objectivitySigns(school(8, 19), region(5))).toEqual([]);
  });
});

describe('«успеваемость» and «качество знаний»', () => {
  it('2 pupils with 3 points («2»), 3 with 8 («3»), 4 with 12 («4»), 1 with 16 («5»): 8 of 10 = 80%, 5 of 10 = 50%', () => {
    const scores = new Array<number>(21).fill(0);
    [[3, 2], [8, 3], [12, 4], [16, 1]].forEach(([score, pupils]) => (scores[score!] = pupils!));
    expect(qualityOf({ scores, scored: 10 }, SCALE)).toEqual({ marks: [2, 3, 4, 1], success: 80, quality: 50 });
  });

  it('school A of the tallies below: 8 «3» and 17 «5» of 25 — 100% and 68%', () => {
    expect(analyseObjectivity(WORK, 'school').groups[0]!.quality).toEqual({ marks: [0, 8, 0, 17], success: 100, quality: 68 });
  });

  it('no pupil: no shares', () => {
    expect(qualityOf({ scores: [0, 0], scored: 0 }, SCALE)).toEqual({ marks: [0, 0, 0, 0], success: null, quality: null });
  });
});

describe('analyseObjectivity', () => {
  const byClass = analyseObjectivity(WORK, 'class');
  const bySchool = analyseObjectivity(WORK, 'school');

  it('the region: 8 / 220 / 11 of 239 with a journal mark, 1 without; 12 of 240 at 7–8 points = 5%', () => {
    expect(bySchool.region.journal).toMatchObject({ compared: 239, noJournal: 1, lowered: { count: 8 }, confirmed: { count: 220 }, raised: { count: 11 } });
    expect(bySchool.region.boundary).toMatchObject({ from: 7, to: 8, count: 12, pct: 5 });
    expect(bySchool.region.schools).toBe(3);
  });

  it('the municipalities: город Барнаул is schools A and C (50 pupils, 10 at the boundary)', () => {
    const barnaul = bySchool.municipalities.find((m) => m.name === 'город Барнаул')!;
    expect(barnaul).toMatchObject({ schools: 2, distribution: { scored: 50 }, boundary: { count: 10 } });
    expect(barnaul.journal).toMatchObject({ compared: 49, lowered: { count: 8 }, confirmed: { count: 30 }, raised: { count: 11 } });
  });

  it('by school: a row each, school A with both signs — повысили 11 of 24 (p = 2,8·10⁻⁹) and 8 of 25 at the boundary (p = 1,958·10⁻⁵)', () => {
    expect(bySchool.groups.map((g) => [g.schoolId, g.level])).toEqual([['sch220001', 'school'], ['sch220002', 'school'], ['sch220003', 'school']]);
    const a = bySchool.groups[0]!;
    expect(a.journal).toMatchObject({ compared: 24, noJournal: 1 });
    expect(a.signs.map((s) => s.code)).toEqual(['raised-above-region', 'boundary-spike']);
    expect((a.signs[0] as TestedSign).p).toBeCloseTo(2.801014e-9, 14);
    expect((a.signs[1] as TestedSign).p).toBeCloseTo(1.958055e-5, 10);
    // C: 2 of 25 at the boundary, 8% against 5% — no sign; B below the region
    expect(bySchool.groups[1]!.signs).toEqual([]);
    expect(bySchool.groups[2]!.signs).toEqual([]);
    // all three schools have 20 pupils or more (A: 24 with a journal mark, 25 with a score; B 190; C 25)
    expect(bySchool.tested).toEqual({ raised: 3, spike: 3, oge: 0 });
    expect(bySchool.found).toEqual({ raised: 1, spike: 1, oge: 0 });
  });

  it('by class: each class of A under its school, counted separately; classes of 13 and 12 pupils are not tested', () => {
    expect(byClass.groups.map((g) => [g.schoolId, g.level, g.className])).toEqual([
      ['sch220001', 'school', null], ['sch220001', 'class', '5А'], ['sch220001', 'class', '5Б'],
      ['sch220002', 'school', null], ['sch220002', 'class', null], ['sch220003', 'school', null], ['sch220003', 'class', null],
    ]);
    const [, a, b] = byClass.groups;
    expect(a!.journal).toMatchObject({ compared: 13, lowered: { count: 8 }, confirmed: { count: 5 }, raised: { count: 0 }, noJournal: 0 });
    expect(b!.journal).toMatchObject({ compared: 11, raised: { count: 11 }, noJournal: 1 });
    expect(a!.boundary.count).toBe(8);
    expect([a!.signs, b!.signs]).toEqual([[], []]);
  });
});

describe('the reference: the region, or the one municipality of a municipal export', () => {
  it('schools of two municipalities: the region, and each sign says so', () => {
    const work = analyseObjectivity(WORK, 'school');
    expect(work.scope).toBe('region');
    expect(work.groups[0]!.signs.map((s) => (s as TestedSign).against)).toEqual(['region', 'region']);
  });

  it('every pupil in «город Барнаул» (sch220001 and sch220003 alone): that municipality, the same pupils as the region row', () => {
    const barnaul: PupilWork = { ...WORK, groups: WORK.groups.filter((g) => g.municipality === 'город Барнаул') };
    const work = analyseObjectivity(barnaul, 'school');
    expect(work.scope).toBe('municipality');
    expect(work.municipalities.map((m) => m.name)).toEqual(['город Барнаул']);
    expect(work.municipalities[0]!.distribution.scored).toBe(work.region.distribution.scored);
    // повысили 11 of 24 against 11 of 49 (22,4%): P(X ≥ 11 | 24, 11/49) ≈ 0,006 — a sign, against the municipality
    expect(work.groups[0]!.signs.map((s) => [s.code, (s as TestedSign).against])).toContainEqual(['raised-above-region', 'municipality']);
  });
});
