import { describe, expect, it } from 'vitest';
import { EXTRA_SCALES, INDICATORS, INDICATOR_TEXTS } from '../../src/rules/indicators/registry.js';
import { pointsFor, type Scale } from '../../src/rules/indicators/scale.js';
import { tenthMean } from '../../src/rules/indicators/from-results.js';
import { topAndBottom } from '../../src/rules/score.js';
import { selectProcedures } from '../../src/model/procedure-sets.js';
import { dynamicsParams } from '../../src/rules/dynamics-params.js';
import { schoolDynamics } from '../../src/rules/dynamics.js';
import { buildDistrict } from '../../src/rules/indicators/district.js';
import type { ReferenceValue } from '../../src/model/reference.js';
import { indicator, profile, record, score } from './score-helpers.js';

const scaleOf = (id: string): Scale => INDICATORS.find((i) => i.id === id)!.scale!;

describe('the registry', () => {
  it('has every indicator of seed 003 with its text, numbered as ruling R3 says', () => {
    const ids = INDICATORS.map((i) => i.id);
    expect(ids.slice(0, 21)).toEqual(Array.from({ length: 21 }, (_, i) => `1.${i + 1}`));
    expect(ids.filter((id) => id.startsWith('2.'))).toHaveLength(10);
    expect(ids.filter((id) => id.startsWith('4.'))).toEqual(['4.1', '4.2', '4.3', '4.4']);
    for (const id of ids) expect(INDICATOR_TEXTS.get(id)?.source.length, id).toBeGreaterThan(20);
    expect(INDICATOR_TEXTS.get('1.14')!.source).toContain('по русскому языку в 5 классах');
    expect(INDICATOR_TEXTS.get('1.16')!.source).toContain('по математике в 5 классах');
  });
});

describe('scales at every boundary', () => {
  it.each([
    ['1.10', 5, 3], ['1.10', 5.01, 1], ['1.10', 30, 1], ['1.10', 30.01, 0], ['1.10', 0, 3],
    ['1.7', 15, 1], ['1.7', 15.01, 2], ['1.7', 25, 2], ['1.7', 25.01, 3],
    ['1.8', 5, 3], ['1.8', 5.01, 2], ['1.8', 10, 2], ['1.8', 10.01, 0],
    ['2.2', 25, 1], ['2.2', 25.01, 2], ['2.2', 50, 2], ['2.2', 50.01, 3],
    ['2.1', 99.99, 0], ['2.1', 100, 3],
    ['1.1', 0, 3], ['1.1', -0.0001, 0],
  ])('%s: %d → %d points', (id, value, points) => {
    expect(pointsFor(value as number, scaleOf(id as string))).toBe(points);
  });

  it('1.21: K ≥ 0,5 for a СОШ and K ≥ 0,2 for an ООШ give 1 point', () => {
    expect(pointsFor(0.5, EXTRA_SCALES['1.21-secondary']!)).toBe(1);
    expect(pointsFor(0.4999, EXTRA_SCALES['1.21-secondary']!)).toBe(0);
    expect(pointsFor(0.2, EXTRA_SCALES['1.21-basic']!)).toBe(1);
    expect(pointsFor(0.1999, EXTRA_SCALES['1.21-basic']!)).toBe(0);
  });
});

// Seed 002, «Результаты ЕГЭ», русский язык: ЯСОШ 68,4 / 63,9 / 72,1 in 2021–2023 against the
// regional («Край», ruling R10) 66,17 / 65,15 / 64,89.
const region: ReferenceValue[] = [
  [2021, 66.17], [2022, 65.15], [2023, 64.89],
].map(([year, meanScore]) => ({ year: year!, procedure: 'EGE-RU', meanScore: meanScore!, failPct: null, level: 'region', municipality: null }));
const yasosh = [[2021, 68.4], [2022, 63.9], [2023, 72.1]].map(([year, mean]) => record('ЯСОШ', year!, 'EGE-RU', { meanScore: mean!, schoolType: 'СОШ' }));

describe('1.1 mean-score dynamics against the reference (seed 002)', () => {
  it('2022: 63,9/65,15 − 68,4/66,17 = −0,0529 → 0 points', () => {
    const result = indicator(score({ year: 2022, records: yasosh, reference: region }), 'ЯСОШ', '1.1');
    expect(result).toMatchObject({ value: -0.0529, points: 0, max: 3 });
    expect(result.notes.map((n) => n.params.source)).toEqual(['region', 'region']);
  });

  it('2023: 72,1/64,89 − 63,9/65,15 = +0,1303 → 3 points', () => {
    expect(indicator(score({ year: 2023, records: yasosh, reference: region }), 'ЯСОШ', '1.1')).toMatchObject({ value: 0.1303, points: 3 });
  });

  it('without a reference compares with the participant-weighted mean of the input schools', () => {
    // 2022: district (60·20 + 70·30)/50 = 66; 2023: (66·20 + 66·30)/50 = 66
    // A: 66/66 − 60/66 = 0,0909 → 3
    const records = [
      record('A', 2022, 'EGE-RU', { meanScore: 60, participants: 20 }), record('B', 2022, 'EGE-RU', { meanScore: 70, participants: 30 }),
      record('A', 2023, 'EGE-RU', { meanScore: 66, participants: 20 }), record('B', 2023, 'EGE-RU', { meanScore: 66, participants: 30 }),
    ];
    const a = indicator(score({ records }), 'A', '1.1');
    expect(a).toMatchObject({ value: 0.0909, points: 3 });
    expect(a.notes[0]!.params).toMatchObject({ district: 66, source: 'computed' });
  });
});

describe('«5»/«2» ratio dynamics (1.5, 1.14–1.17)', () => {
  it('1.5: (20/10) − (15/5) = −1 → 0 points', () => {
    const records = [
      record('S', 2022, 'OGE-RU', { participants: 20, markCounts: { 2: 1, 5: 3 } }), // 5% «2», 15% «5» → 3
      record('S', 2023, 'OGE-RU', { participants: 20, markCounts: { 2: 2, 5: 4 } }), // 10% «2», 20% «5» → 2
    ];
    expect(indicator(score({ records }), 'S', '1.5')).toMatchObject({ value: -1, points: 0 });
  });

  it('a zero share of «2» is 1 percentage point (R4), or the ratio itself is 1 with zeroShare2 = ratio-one', () => {
    const records = [
      record('S', 2022, 'VPR-RU-5', { participants: 20, markCounts: { 2: 2, 5: 4 } }), // 20/10 = 2
      record('S', 2023, 'VPR-RU-5', { participants: 20, markCounts: { 2: 0, 5: 5 } }), // 25% «5», 0% «2»
    ];
    // one-point: 25/1 − 2 = 23 → 3; ratio-one: 1 − 2 = −1 → 0
    expect(indicator(score({ records }), 'S', '1.14')).toMatchObject({ value: 23, points: 3 });
    expect(indicator(score({ records }, { zeroShare2: 'ratio-one' }), 'S', '1.14')).toMatchObject({ value: -1, points: 0 });
  });
});

describe('ЕГЭ indices and an ООШ', () => {
  it('1.7 counts 100-point subjects only; 1.8 counts below-minimum results, базовая by «2»', () => {
    const records = [
      record('S', 2023, 'EGE-RU', { participants: 30, failed: 1, highCount: 6 }),
      record('S', 2023, 'EGE-MA-P', { participants: 10, failed: 1, highCount: 1 }),
      record('S', 2023, 'EGE-MA-B', { participants: 20, failed: 2 }),
    ];
    // 1.7: (6 + 1)/(30 + 10) = 17,5% → 2; 1.8: (1 + 1 + 2)/(30 + 10 + 20) = 6,67% → 2
    const result = score({ records });
    expect(indicator(result, 'S', '1.7')).toMatchObject({ value: 17.5, points: 2 });
    expect(indicator(result, 'S', '1.8')).toMatchObject({ value: 6.6667, points: 2 });
  });

  it('1.8 counts graduates where student_id gave them (R5): 2 of 3 failed = 66,67% → 0', () => {
    const records = [record('S', 2023, 'EGE-RU', { participants: 3, failed: 0 }), record('S', 2023, 'EGE-MA-P', { participants: 1, failed: 1 })];
    const result = score({ records, graduates: [{ schoolId: 'S', year: 2023, graduates: 3, failed: 2 }] });
    expect(indicator(result, 'S', '1.8')).toMatchObject({ value: 66.6667, points: 0 });
    expect(indicator(result, 'S', '1.8').notes.map((n) => n.code)).toContain('counted-graduates');
  });

  it('an ООШ gets «not applicable» for ЕГЭ indicators, and they are out of its maximum', () => {
    const records = [record('O', 2023, 'VPR-MA-5', { participants: 20, failed: 1, schoolType: 'ООШ' })];
    const result = score({ records });
    expect(indicator(result, 'O', '1.1')).toMatchObject({ value: null, points: null, reason: 'not-applicable' });
    expect(indicator(result, 'O', '1.7').reason).toBe('not-applicable');
    // 1.11: 1/20 = 5% → 3 of 3; 1.19: the only school is the district, (1 − 0,05)/(1 − 0,05) − 1 = 0 → 3 of 3
    expect(indicator(result, 'O', '1.19')).toMatchObject({ value: 0, points: 3 });
    expect(result.schools[0]).toMatchObject({ total: 6, max: 6, percent: 100, rank: 1 });
  });
});

describe('1.9 educational inequality', () => {
  it('the best two in both subjects get 3, the lowest two in either get 0, the rest 1', () => {
    const means: [string, number, number][] = [['A', 80, 70], ['B', 75, 72], ['C', 70, 60], ['D', 65, 65], ['E', 60, 50]];
    const records = means.flatMap(([id, ru, ma]) => [record(id, 2023, 'EGE-RU', { meanScore: ru }), record(id, 2023, 'EGE-MA-P', { meanScore: ma })]);
    const result = score({ records });
    // русский: A, B top; D, E bottom. математика: B, A top; C, E bottom.
    expect(['A', 'B', 'C', 'D', 'E'].map((id) => indicator(result, id, '1.9').points)).toEqual([3, 3, 0, 0, 0]);
  });

  it('equal means rank together: a school is in the top two when fewer than two are strictly better', () => {
    const means: [string, number, number][] = [['A', 80, 70], ['B', 80, 70], ['C', 80, 70], ['D', 60, 50], ['E', 60, 50], ['F', 70, 60]];
    const records = means.flatMap(([id, ru, ma]) => [record(id, 2023, 'EGE-RU', { meanScore: ru }), record(id, 2023, 'EGE-MA-P', { meanScore: ma })]);
    const result = score({ records });
    // A, B, C: none better in either subject → top (3); D, E: none worse → bottom (0); F: 3 better, 2 worse → 1
    expect(['A', 'B', 'C', 'D', 'E', 'F'].map((id) => indicator(result, id, '1.9').points)).toEqual([3, 3, 3, 0, 0, 1]);
  });

  it('ties at the top and at the bottom: «better» and «worse» are strictly so (ranks worked out by hand)', () => {
    const means: [string, number, number][] = [
      ['A', 80, 70], ['B', 80, 70], ['C', 80, 70], ['F', 70, 60], ['H', 80, 55], ['I', 60, 75], ['D', 60, 50], ['E', 60, 50], ['G', 60, 50],
    ];
    const records = means.flatMap(([id, ru, ma]) => [record(id, 2023, 'EGE-RU', { meanScore: ru }), record(id, 2023, 'EGE-MA-P', { meanScore: ma })]);
    const result = score({ records });
    // русский 60 60 60 60 70 80 80 80 80 (I D E G | F | A B C H); математика 50 50 50 55 60 70 70 70 75 (D E G | H | F | A B C | I).
    // Top two (fewer than 2 strictly better in both): A, B, C — русский 0 better, математика 1 (I) → 3.
    // H: русский 0 better, математика 5 (F A B C I) → not top; worse 5 and 3 → not bottom → 1. F: better 4, worse 4 and 4 → 1.
    // Bottom two (fewer than 2 strictly worse in either): I, D, E, G — русский 0 worse → 0.
    // Counting ties as better would give A 3 better in русский (B C H); as worse, D 3 worse in русский (I E G) and 2 in математика (E G).
    expect(['A', 'B', 'C', 'F', 'H', 'I', 'D', 'E', 'G'].map((id) => indicator(result, id, '1.9').points)).toEqual([3, 3, 3, 1, 1, 0, 0, 0, 0]);
  });

  it('topAndBottom: the same ranks from the means alone, with three subjects', () => {
    // X 1 2 3, Y 1 2 3, Z 0 9 9, W 5 0 0. n = 2 — strictly better: X 1 (W), 1 (Z), 1 (Z) → top, Y the same;
    // Z 3 in the first, W 3 in the second → not top. Strictly worse: X 1 (Z) in the first → bottom, Y the same;
    // Z 0 in the first, W 0 in the second → bottom. n = 1: nobody has 0 better in all three; Z and W have 0 worse in one.
    const scored = [{ id: 'X', means: [1, 2, 3] }, { id: 'Y', means: [1, 2, 3] }, { id: 'Z', means: [0, 9, 9] }, { id: 'W', means: [5, 0, 0] }];
    expect(topAndBottom(scored, 2)).toEqual({ top: new Set(['X', 'Y']), bottom: new Set(['X', 'Y', 'Z', 'W']) });
    expect(topAndBottom(scored, 1)).toEqual({ top: new Set(), bottom: new Set(['Z', 'W']) });
    expect(topAndBottom([], 2)).toEqual({ top: new Set(), bottom: new Set() });
  });

  it('topAndBottom ranks 20,000 schools in well under two seconds: a binary search per school, not a pass over every school', () => {
    // school i: русский 40 + (i mod 50), математика 90 − (i mod 50); 400 schools share each pair of means.
    // i mod 50 = 49: русский 89, the best (0 better), математика 41, the lowest (0 worse) → bottom, not top;
    // i mod 50 = 0: русский 40, the lowest → bottom. Every other school has ≥ 400 better and worse in both.
    const scored = Array.from({ length: 20_000 }, (_, i) => ({ id: `S${i}`, means: [40 + (i % 50), 90 - (i % 50)] }));
    const started = performance.now();
    const { top, bottom } = topAndBottom(scored, 400);
    const seconds = (performance.now() - started) / 1000;
    expect(top.size).toBe(0);
    expect(bottom.size).toBe(800);
    expect(bottom.has('S49') && bottom.has('S50') && !bottom.has('S51')).toBe(true);
    // a pass over the 20,000 schools per school is 4 · 10⁸ comparisons a subject: seconds
    expect(seconds).toBeLessThan(2);
  });

  it('the mean of the lowest and the highest tenth of a histogram', () => {
    const histogram = new Array<number>(101).fill(0);
    histogram[20] = 1;
    histogram[50] = 8;
    histogram[90] = 1;
    expect(tenthMean(histogram, 'low')).toBe(20);
    expect(tenthMean(histogram, 'high')).toBe(90);
  });
});

describe('profile indicators', () => {
  it('without --profile every profile indicator has no points and the reason «no profile»', () => {
    const result = score({ records: [record('S', 2023, 'VPR-MA-5', { participants: 10, failed: 0 })] });
    expect(indicator(result, 'S', '2.1')).toMatchObject({ points: null, reason: 'no-profile' });
    expect(indicator(result, 'S', '1.18')).toMatchObject({ points: null, reason: 'no-profile' });
  });

  it('scores the profile; a blank cell is no data, not 0', () => {
    const p = profile('S', {
      teachersTotal: 20, teachersTrained: 20, teachersCategory: 9, teachersCategoryPrev: 10, contests: 'winners',
      experienceMunicipal: false, innovation: 'participant', olympiadRegionalWinners: false, olympiadMunicipal: true, olympiadEfficiency: 30,
      nonObjective: true,
    });
    const result = score({ records: [record('S', 2023, 'VPR-MA-5', { participants: 10, failed: 0 })], profiles: [p], profileGiven: true });
    const points = (id: string) => indicator(result, 'S', id).points;
    expect(points('2.1')).toBe(3); // 20/20 = 100%
    expect(points('2.2')).toBe(2); // 9/20 = 45%
    expect(points('2.3')).toBe(0); // 9 − 10 = −1
    expect(points('2.4')).toBe(3);
    expect(points('2.5')).toBe(0);
    expect(points('2.7')).toBe(2);
    expect(points('2.9')).toBe(1); // exactly 30% → 1
    expect(points('1.18')).toBe(0);
    expect(indicator(result, 'S', '2.6')).toMatchObject({ points: null, reason: 'no-data' });
  });

  it('1.21: a СОШ with K = (60 + 50 + 30 + 20)/4/80 = 0,5 gets 1 point', () => {
    const records = [['EGE-RU', 60], ['EGE-MA-P', 50], ['OGE-RU', 30], ['OGE-MA', 20]].map(([p, m]) =>
      record('S', 2023, p as string, { meanScore: m as number, schoolType: 'СОШ' }));
    const result = score({ records, profiles: [profile('S', { isbsh: 80 })], profileGiven: true });
    expect(indicator(result, 'S', '1.21')).toMatchObject({ value: 0.5, points: 1 });
  });
});

describe('ИОР (1.19, 1.20), totals, ranks and the municipal counts', () => {
  it('computes ИОР from mean scores against the district when the profile has none', () => {
    // district 2023: (70·10 + 60·10)/20 = 65; A: 70/65 − 1 = 0,0769 → 3; B: 60/65 − 1 = −0,0769 → 0
    const records = [record('A', 2023, 'OGE-RU', { meanScore: 70, participants: 10 }), record('B', 2023, 'OGE-RU', { meanScore: 60, participants: 10 })];
    const result = score({ records, profiles: [profile('B', { networkSchools: true })], profileGiven: true });
    expect(indicator(result, 'A', '1.19')).toMatchObject({ value: 0.0769, points: 3 });
    expect(indicator(result, 'B', '1.19')).toMatchObject({ value: -0.0769, points: 0 });
    // 1.19 below 0 alone is not a school with low ИОР (seed 003 §3.5 asks negative dynamics too): no group
    expect(result.group).toEqual([]);
    expect(result.municipal['4.1']).toBe(0);
    expect(result.schools.map((s) => [s.schoolId, s.total, s.max, s.rank])).toEqual([['A', 3, 3, 1], ['B', 0, 3, 2]]);
  });

  it('ИОР < 0 with two negative changes running is a school with low ИОР: the group sections 3–4 count', () => {
    const records = [record('A', 2023, 'OGE-RU', { meanScore: 70, participants: 10 }), record('B', 2023, 'OGE-RU', { meanScore: 60, participants: 10 })];
    // B's ОГЭ математика 1/20 → 3/20 → 5/20: +10, +10 pp, two negative changes in a row up to 2023
    const history = [[2021, 1], [2022, 3], [2023, 5]].map(([year, failed]) => record('B', year!, 'OGE-MA', { failed, participants: 20 }));
    const dynamics = schoolDynamics(history, {
      year: 2023, threshold: 30, params: dynamicsParams.parse({}), district: buildDistrict(history, []), selection: selectProcedures('fioko'),
    });
    const result = score({ records, profiles: [profile('B', { networkSchools: true })], profileGiven: true, dynamics: new Map(dynamics.map((d) => [d.schoolId, d])) });
    // B: ИОР −0,0769 and the run; it is in a network with schools → 4.1 counts 1
    expect(result.group).toEqual(['B']);
    expect(result.municipal['4.1']).toBe(1);
  });
});
