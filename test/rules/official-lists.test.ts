/**
 * The official lists beside the computed verdict (src/rules/official-lists.ts) and cluster 1 of
 * seed 004 («федерацией, регионом, а также муниципалитетом были отнесены к разряду ШНРО»): small
 * hand-made sets, target year 2023, threshold 30%.
 */
import { describe, expect, it } from 'vitest';
import { selectProcedures } from '../../src/model/procedure-sets.js';
import type { ResultRecord } from '../../src/model/records.js';
import { clusterSchools } from '../../src/rules/analysis.js';
import { clusterParams, dynamicsParams } from '../../src/rules/dynamics-params.js';
import { classifySchools, type ClassifyOptions } from '../../src/rules/fioko.js';
import { scoreParams } from '../../src/rules/indicators/params.js';
import { listStandings, officialListsOf } from '../../src/rules/official-lists.js';
import { profile, record } from './score-helpers.js';

const CLASSIFY: ClassifyOptions = { year: 2023, threshold: 30, sameProcedure: false, selection: selectProcedures('fioko'), minParticipants: 1, smallSample: 10 };

const r = (school: string, year: number, procedure: string, failed: number, participants: number): ResultRecord =>
  record(school, year, procedure, { failed, participants });

const RECORDS: ResultRecord[] = [
  // REG: on the regional list; 2023 ВПР МА 5 4/10 = 40% is its one low result, 2022 ОГЭ МА 2/20 = 10% not low → not flagged
  r('REG', 2023, 'VPR-MA-5', 4, 10), r('REG', 2022, 'OGE-MA', 2, 20), r('REG', 2023, 'OGE-MA', 2, 20),
  // FED: on the federal list and flagged: ВПР МА 5 and ОГЭ МА 4/10 = 40% in 2023 → criterion A — they agree
  r('FED', 2023, 'VPR-MA-5', 4, 10), r('FED', 2023, 'OGE-MA', 4, 10),
  // OFF: flagged (A, as FED) while the profile puts it on no list (every list cell «нет»)
  r('OFF', 2023, 'VPR-MA-5', 4, 10), r('OFF', 2023, 'OGE-MA', 4, 10),
  // P500: in the project «500+» only, results 10% both years → not flagged
  r('P500', 2022, 'OGE-MA', 2, 20), r('P500', 2023, 'OGE-MA', 2, 20),
  // BLANK: flagged, but its list cells are blank: nothing known, no disagreement
  r('BLANK', 2023, 'VPR-MA-5', 4, 10), r('BLANK', 2023, 'OGE-MA', 4, 10),
];
const PROFILES = [
  profile('REG', { federalList: false, regionalList: true, project500: false }),
  profile('FED', { federalList: true, regionalList: null }),
  profile('OFF', { federalList: false, regionalList: false, project500: false }),
  profile('P500', { project500: true }),
  profile('BLANK', { smallSchool: true }),
];

describe('officialListsOf', () => {
  it('the lists marked «да»; [] when every filled cell says «нет»; null when all three are blank or there is no row', () => {
    expect(officialListsOf(PROFILES[0])).toEqual(['regional']);
    expect(officialListsOf(profile('ALL', { federalList: true, regionalList: true, project500: true }))).toEqual(['federal', 'regional', 'project500']);
    expect(officialListsOf(PROFILES[2])).toEqual([]);
    expect(officialListsOf(PROFILES[4])).toBeNull();
    expect(officialListsOf(null)).toBeNull();
  });
});

describe('listStandings: the lists beside the FIOKO verdict', () => {
  const classification = classifySchools(RECORDS, CLASSIFY);
  const standings = listStandings(classification, PROFILES);

  it('on the regional list, not flagged: listed-not-flagged, with why — one low result (ВПР МА 5 40%, 4/10), none in 2022', () => {
    expect(standings.get('REG')).toMatchObject({ lists: ['regional'], flagged: false, disagreement: 'listed-not-flagged' });
    expect(standings.get('REG')!.why).toMatchObject({ code: 'one-low', low: { procedure: 'VPR-MA-5', failed: 4, participants: 10, failShare: 40 }, previous: [] });
  });

  it('on the federal list and flagged by criterion A: they agree', () => {
    expect(standings.get('FED')).toMatchObject({ lists: ['federal'], flagged: true, criteria: ['A'], disagreement: null, why: null });
  });

  it('flagged (A) and on none of the lists the profile fills in: flagged-not-listed', () => {
    expect(standings.get('OFF')).toMatchObject({ lists: [], flagged: true, disagreement: 'flagged-not-listed', why: null });
  });

  it('the project «500+» counts as a list (seed 004: the federation\'s assignment); 10% both years → no low result', () => {
    expect(standings.get('P500')).toMatchObject({ lists: ['project500'], disagreement: 'listed-not-flagged' });
    expect(standings.get('P500')!.why).toMatchObject({ code: 'no-low', closest: { procedure: 'OGE-MA', failShare: 10 } });
  });

  it('list cells blank: nothing known, nothing said', () => {
    expect(standings.get('BLANK')).toMatchObject({ lists: null, flagged: true, disagreement: null });
  });
});

describe('cluster 1: a school on an official list is in it, whatever the data say', () => {
  const run = (params: Record<string, unknown> = {}) => {
    const result = clusterSchools({
      records: RECORDS, reference: [], classify: CLASSIFY, dynamics: dynamicsParams.parse({}), score: scoreParams.parse({}),
      profiles: PROFILES, profileGiven: true, markers: null, objectivity: { source: 'profile' }, graduates: [], cluster: clusterParams.parse(params),
    });
    return new Map(result.schools.map((s) => [s.schoolId, s]));
  };
  const got = run();

  it('REG: cluster 1 on the list alone (its one low result would make it cluster 2)', () => {
    expect(got.get('REG')).toMatchObject({ cluster: 1, reasons: [{ rule: 'official-list', params: { lists: 'regional', flagged: 0 } }] });
  });

  it('FED: both reasons, the rule\'s first', () => {
    expect(got.get('FED')!.reasons.map((r) => r.rule)).toEqual(['shnor', 'official-list']);
  });

  it('P500: cluster 1 by the project «500+»; OFF: cluster 1 by the rule only', () => {
    expect(got.get('P500')).toMatchObject({ cluster: 1, reasons: [{ rule: 'official-list', params: { lists: 'project500' } }] });
    expect(got.get('OFF')).toMatchObject({ cluster: 1, reasons: [{ rule: 'shnor' }] });
  });

  it('cluster.officialList false: REG falls back to its one low result (cluster 2), P500 to stable', () => {
    const off = run({ officialList: false });
    expect(off.get('REG')).toMatchObject({ cluster: 2, reasons: [{ rule: 'one-low-result' }] });
    expect(off.get('P500')!.cluster).toBeNull();
  });
});
