/**
 * The objectivity flag from the computed signs (src/rules/computed-objectivity.ts, objectivity-flag.ts,
 * check-computed.ts) and 1.18 scored from it. The tallies are those of test/rules/pupil-objectivity.test.ts,
 * ВПР 2021 математика 5 кл. (data/scales.json: «3» from 7, «4» from 11, «5» from 15, maximum 20):
 * - sch220001 (25): class а 8 at 7 points with journal «4», 5 at 15 with «5»; class б 11 at 15 with «4»
 *   and 1 at 15 without a journal mark → повысили 11 of 24 = 45,83% against 11/239 = 4,60%,
 *   P(X ≥ 11 | 24, 11/239) = 2,80·10⁻⁹; 8 of 25 = 32% at 7–8 points against 12/240 = 5%,
 *   P(X ≥ 8 | 25, 0,05) = 1,958·10⁻⁵ (exact, Python fractions) — two signs;
 * - sch220002 (190) and sch220003 (25: 2 at 7 points, P(X ≥ 2 | 25, 0,05) = 0,36) — none.
 * Every tally is of one municipality (город Барнаул), so the reference is that municipality's pupils.
 * A second work of 2021 (ВПР Русский язык 5 кл.) has only sch220004 with 10 pupils: fewer than the 20
 * a sign is tested on. sch220005 has per-pupil results of 2020 only. An ОГЭ tally is not a ВПР work.
 */
import { describe, expect, it } from 'vitest';
import type { PupilGroupTally, PupilWork } from '../../src/model/pupil-marks.js';
import { scaleFor, SHIPPED_SCALES } from '../../src/model/scales.js';
import { computedChecks } from '../../src/rules/check-computed.js';
import { computedLookup, computedObjectivity } from '../../src/rules/computed-objectivity.js';
import { flagLookup } from '../../src/rules/objectivity-flag.js';
import { analyseObjectivity } from '../../src/rules/pupil-objectivity.js';
import { indicator, profile, record, score } from './score-helpers.js';

const SCALE = scaleFor(SHIPPED_SCALES, 'VPR-MA-5', 2021)!;

function group(schoolId: string, className: string | null, counts: [number, number, number, number], scores: [number, number][]): PupilGroupTally {
  const histogram = new Array<number>(SCALE.max + 1).fill(0);
  for (const [points, pupils] of scores) histogram[points]! += pupils;
  const [lowered, confirmed, raised, noJournal] = counts;
  return { schoolId, schoolName: null, municipality: 'город Барнаул', className, lowered, confirmed, raised, noJournal, scores: histogram };
}

const work = (procedure: string, year: number, groups: PupilGroupTally[]): PupilWork => ({ procedure, year, scale: SCALE, groups });

const WORKS = [
  work('VPR-MA-5', 2021, [
    group('sch220001', '5А', [8, 5, 0, 0], [[7, 8], [15, 5]]),
    group('sch220001', '5Б', [0, 0, 11, 1], [[15, 12]]),
    group('sch220002', null, [0, 190, 0, 0], [[7, 2], [12, 188]]),
    group('sch220003', null, [0, 25, 0, 0], [[7, 2], [12, 23]]),
  ]),
  work('VPR-RU-5', 2021, [group('sch220004', null, [0, 10, 0, 0], [[12, 10]])]),
  work('VPR-MA-5', 2020, [group('sch220005', null, [0, 25, 0, 0], [[12, 25]])]),
  work('OGE-MA', 2021, [group('sch220006', null, [0, 25, 0, 0], [[12, 25]])]),
].map((w) => analyseObjectivity(w, 'class'));

const COMPUTED = computedObjectivity(WORKS);

describe('computedObjectivity: per school and year, from the school rows of the ВПР works', () => {
  const lookup = computedLookup(COMPUTED);

  it('sch220001 in 2021: flagged by ВПР Математика 5 кл., both signs, from its school row (its classes aside)', () => {
    const status = lookup('sch220001', 2021);
    expect(status.covered).toBe(true);
    if (!status.covered) return;
    expect(status.entry).toMatchObject({ schoolId: 'sch220001', year: 2021, works: ['VPR-MA-5'], tested: true });
    expect(status.entry.flagged).toHaveLength(1);
    expect(status.entry.flagged[0]!.signs.map((s) => s.code)).toEqual(['raised-above-region', 'boundary-spike']);
  });

  it('sch220003: per-pupil results and no sign; sch220004: 10 pupils, nothing tested', () => {
    expect(lookup('sch220003', 2021)).toEqual({ covered: true, entry: { schoolId: 'sch220003', year: 2021, works: ['VPR-MA-5'], flagged: [], tested: true } });
    expect(lookup('sch220004', 2021)).toEqual({ covered: true, entry: { schoolId: 'sch220004', year: 2021, works: ['VPR-RU-5'], flagged: [], tested: false } });
  });

  it('no per-pupil results of the year, or only an ОГЭ tally: not covered', () => {
    expect(lookup('sch220005', 2021)).toEqual({ covered: false });
    expect(lookup('sch220005', 2020)).toMatchObject({ covered: true });
    expect(lookup('sch220006', 2021)).toEqual({ covered: false });
  });
});

describe('flagLookup «computed»: the status 1.18 reads, with the notes', () => {
  const flag = flagLookup({ source: 'computed', computed: COMPUTED })!;

  it('flagged: a note per work with signs, with the figures of each sign', () => {
    const status = flag('sch220001', 2021);
    expect(status).toMatchObject({ covered: true, flagged: true, differs: 'computed-profile-differs' });
    if (!status.covered) return;
    const [note] = status.notes;
    expect(note!.code).toBe('computed-signs');
    expect(note!.params).toMatchObject({ year: 2021, procedure: 'VPR-MA-5', raised: 11, compared: 24, spike: 8, scored: 25, from: 7, to: 8, spikePct: 32, spikeRegionPct: 5 });
    // every tally here is of город Барнаул: a municipal export, compared with its municipality
    expect(note!.params.against).toBe('municipality');
    expect(note!.params.raisedPct).toBeCloseTo((11 / 24) * 100, 10); // 45,83%
    expect(note!.params.raisedRegionPct).toBeCloseTo((11 / 239) * 100, 10); // 4,60%
    expect(note!.params.raisedP).toBeCloseTo(2.801e-9, 12);
    expect(note!.params.spikeP).toBeCloseTo(1.958e-5, 8);
  });

  it('clean: the works named; untested: with the 20 pupils; not covered: the note of the fallback', () => {
    expect(flag('sch220003', 2021)).toEqual({
      covered: true, flagged: false, differs: 'computed-profile-differs', notes: [{ code: 'computed-no-signs', params: { year: 2021, procedures: 'VPR-MA-5' } }],
    });
    expect(flag('sch220004', 2021)).toMatchObject({ flagged: false, notes: [{ code: 'computed-untested', params: { year: 2021, procedures: 'VPR-RU-5', min: 20 } }] });
    expect(flag('sch220005', 2021)).toEqual({ covered: false, note: { code: 'computed-no-results', params: { year: 2021 } } });
  });

  it('the profile and the list are other sources: the profile has no lookup, the list keeps its notes', () => {
    expect(flagLookup({ source: 'profile' })).toBeNull();
    const list = { file: 'm.xlsx', years: [2021], entries: [] };
    expect(flagLookup({ source: 'list', list })!('sch220001', 2021)).toEqual({
      covered: true, flagged: false, differs: 'markers-profile-differs', notes: [{ code: 'markers-not-listed', params: { year: 2021 } }],
    });
  });
});

describe('1.18 scored from the computed signs (seed 003: «имеющие признаки необъективности-0 баллов», «не имеющие … -3 балла»)', () => {
  const ids = ['sch220001', 'sch220003', 'sch220004', 'sch220005'];
  const records = ids.map((id) => record(id, 2021, 'VPR-MA-5', { participants: 25, failed: 2 }));
  const profiles = [profile('sch220003', { nonObjective: true }), profile('sch220005', { nonObjective: true })];
  const result = score({ year: 2021, records, profiles, profileGiven: true, objectivity: { source: 'computed', computed: COMPUTED } });

  it('sch220001 flagged, 0 of 3; sch220003 clean, 3 of 3, over its profile «да»; sch220004 untested, 3 of 3', () => {
    expect(indicator(result, 'sch220001', '1.18')).toMatchObject({ value: 1, level: 'flagged', points: 0, max: 3, lowest: true });
    expect(indicator(result, 'sch220003', '1.18')).toMatchObject({ value: 0, level: 'clean', points: 3 });
    expect(indicator(result, 'sch220003', '1.18').notes.map((n) => n.code)).toEqual(['computed-no-signs', 'computed-profile-differs']);
    expect(indicator(result, 'sch220004', '1.18')).toMatchObject({ level: 'clean', points: 3, notes: [{ code: 'computed-untested' }] });
  });

  it('sch220005 has no per-pupil results of 2021: its profile «да» decides, 0 points, with the note', () => {
    expect(indicator(result, 'sch220005', '1.18')).toMatchObject({ level: 'flagged', points: 0, notes: [{ code: 'computed-no-results', params: { year: 2021 } }] });
  });

  it('a list given beside the computed signs does not score 1.18', () => {
    const list = { file: 'm.xlsx', years: [2021], entries: [{ year: 2021, schoolId: 'sch220003', schoolName: null, municipality: null, procedures: ['VPR-MA-5'], count: 1, source: { file: 'm.xlsx', sheet: null, row: 2 } }] };
    const both = score({ year: 2021, records, markers: list, objectivity: { source: 'computed', computed: COMPUTED } });
    expect(indicator(both, 'sch220003', '1.18')).toMatchObject({ points: 3 });
    // the list as the source: sch220003 listed → 0
    expect(indicator(score({ year: 2021, records, markers: list }), 'sch220003', '1.18')).toMatchObject({ points: 0 });
  });
});

describe('check: a warning per school and work of the year with computed signs', () => {
  it('sch220001, ВПР Математика 5 кл., 2021 — the figures of both signs; nothing of 2020', () => {
    const checks = computedChecks(COMPUTED, 2021);
    expect(checks.map((c) => [c.code, c.level, c.schoolId, c.procedure, c.year])).toEqual([['objectivity-computed', 'warning', 'sch220001', 'VPR-MA-5', 2021]]);
    expect(checks[0]!.params).toMatchObject({ raised: 11, compared: 24, spike: 8, scored: 25 });
    expect(checks[0]!.params).not.toHaveProperty('procedure');
    expect(computedChecks(COMPUTED, 2020)).toEqual([]);
  });
});
