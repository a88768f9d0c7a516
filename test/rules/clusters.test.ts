/**
 * The three clusters of seed 004 with their precedence 1 > 2 > 3 and the list movement between
 * Y−1 and Y — on small hand-made sets, values worked out in comments.
 */
import { describe, expect, it } from 'vitest';
import { selectProcedures } from '../../src/model/procedure-sets.js';
import type { SchoolProfile } from '../../src/model/profile.js';
import type { ResultRecord } from '../../src/model/records.js';
import { reasonTexts } from '../../src/report/cluster/report.js';
import { clusterSchools, scoreYear, type ClusterInput } from '../../src/rules/analysis.js';
import { clusterParams, dynamicsParams } from '../../src/rules/dynamics-params.js';
import { classifySchools, type ClassifyOptions } from '../../src/rules/fioko.js';
import { scoreParams } from '../../src/rules/indicators/params.js';
import { listMovement } from '../../src/rules/list-movement.js';
import { profile, record } from './score-helpers.js';

const classify = (year: number): ClassifyOptions => ({
  year, threshold: 30, sameProcedure: false, selection: selectProcedures('fioko'), minParticipants: 1, smallSample: 10,
});

/** A result from «failed of participants». */
const r = (school: string, year: number, procedure: string, failed: number, participants: number): ResultRecord =>
  record(school, year, procedure, { failed, participants });

function input(records: ResultRecord[], profiles: SchoolProfile[], params: Record<string, unknown> = {}, profileGiven = true, dynamics: Record<string, unknown> = {}): ClusterInput {
  return {
    records, reference: [], classify: classify(2023), dynamics: dynamicsParams.parse(dynamics), score: scoreParams.parse({}),
    profiles, profileGiven, markers: null, objectivity: { source: 'profile' }, graduates: [], cluster: clusterParams.parse(params),
  };
}

function clusters(records: ResultRecord[], profiles: SchoolProfile[], params: Record<string, unknown> = {}, profileGiven = true, dynamics: Record<string, unknown> = {}) {
  const result = clusterSchools(input(records, profiles, params, profileGiven, dynamics));
  return new Map(result.schools.map((s) => [s.schoolId, s]));
}

// Target year 2023.
const RECORDS: ResultRecord[] = [
  // FLAG: ВПР МА 5 4/10 = 40% and ОГЭ МА 4/10 = 40% in 2023 → criterion A; a small school too
  r('FLAG', 2023, 'VPR-MA-5', 4, 10), r('FLAG', 2023, 'OGE-MA', 4, 10),
  // ONE: one low result in 2023 (ВПР МА 5 4/10 = 40%), none in 2022; ОГЭ МА 25% → 10% (−15 pp) is positive
  r('ONE', 2023, 'VPR-MA-5', 4, 10), r('ONE', 2022, 'OGE-MA', 5, 20), r('ONE', 2023, 'OGE-MA', 2, 20),
  // UP: ОГЭ МА 25% → 10%, nothing else: positive dynamics only
  r('UP', 2022, 'OGE-MA', 5, 20), r('UP', 2023, 'OGE-MA', 2, 20),
  // FLAT: 10% → 10%
  r('FLAT', 2022, 'OGE-MA', 2, 20), r('FLAT', 2023, 'OGE-MA', 2, 20),
  // RISK: stable results, a context risk in its profile
  r('RISK', 2022, 'OGE-MA', 2, 20), r('RISK', 2023, 'OGE-MA', 2, 20),
  // RUN: ОГЭ РУ 5% → 15% (+10) → 25% (+10): two negative changes in a row; ИОР −0,05 in the profile
  r('RUN', 2021, 'OGE-RU', 1, 20), r('RUN', 2022, 'OGE-RU', 3, 20), r('RUN', 2023, 'OGE-RU', 5, 20),
];
const PROFILES = [
  profile('FLAG', { smallSchool: true }),
  profile('RISK', { computerShortage: true, smallSchool: false }),
  profile('RUN', { ior: -0.05 }),
];

describe('clusters (seed 004), precedence 1 > 2 > 3', () => {
  const got = clusters(RECORDS, PROFILES);

  it('a flagged school with a context risk is cluster 1 only, with the criteria and low results', () => {
    expect(got.get('FLAG')).toMatchObject({
      cluster: 1, reasons: [{ rule: 'shnor', params: { criteria: 'A', procedures: '2023 VPR-MA-5, 2023 OGE-MA' } }],
    });
  });

  it('one low result in Y with positive dynamics is cluster 2 (one-low-result), not 3', () => {
    expect(got.get('ONE')).toMatchObject({ cluster: 2, reasons: [{ rule: 'one-low-result', params: { procedure: 'VPR-MA-5', share: 40 } }] });
  });

  it('positive dynamics only is cluster 3', () => {
    expect(got.get('UP')).toMatchObject({ cluster: 3, reasons: [{ rule: 'positive-dynamics', params: { procedures: 'OGE-MA' } }] });
  });

  it('a context risk is cluster 2 (context-risk) with the risk named', () => {
    expect(got.get('RISK')).toMatchObject({ cluster: 2, reasons: [{ rule: 'context-risk', params: { risks: 'computerShortage' } }] });
  });

  it('ИОР < 0 and two negative changes running is cluster 2 (low-ior-negative-run)', () => {
    expect(got.get('RUN')).toMatchObject({
      cluster: 2, reasons: [{ rule: 'low-ior-negative-run', params: { ior: -0.05, procedures: 'OGE-RU', run: 2 } }],
    });
  });

  it('nothing at all → null (stable)', () => {
    expect(got.get('FLAT')).toMatchObject({ cluster: null, reasons: [] });
  });

  it('sorts by cluster, stable last', () => {
    expect([...got.values()].map((s) => s.cluster)).toEqual([1, 2, 2, 2, 3, null]);
  });

  it('a rule switched off in params no longer fires', () => {
    expect(clusters(RECORDS, PROFILES, { contextRisk: false }).get('RISK')!.cluster).toBeNull();
    expect(clusters(RECORDS, PROFILES, { lowIorNegativeRun: false }).get('RUN')!.cluster).toBeNull();
    // without «one low result» ONE falls through to its positive dynamics
    expect(clusters(RECORDS, PROFILES, { oneLowResult: false }).get('ONE')).toMatchObject({ cluster: 3, reasons: [{ rule: 'positive-dynamics' }] });
  });

  it('cluster.negativeRun 3 needs three negative changes: RUN has two', () => {
    expect(clusters(RECORDS, PROFILES, { negativeRun: 3 }).get('RUN')!.cluster).toBeNull();
  });

  it('without a profile there is no context risk (and no ИОР from it)', () => {
    const bare = clusters(RECORDS, [], {}, false);
    expect(bare.get('RISK')!.cluster).toBeNull();
    expect(bare.get('RUN')!.cluster).toBeNull();
    expect(bare.get('FLAG')!.cluster).toBe(1);
  });
});

describe('«школа с низким ИОР» (seed 003 §3.5): one definition in score and cluster', () => {
  // LOW: ИОР −0,1 in the profile but ОГЭ МА 10% → 10% → 10%: no negative change, so not a school with low ИОР
  const records = [...RECORDS, ...[2021, 2022, 2023].map((year) => r('LOW', year, 'OGE-MA', 2, 20))];
  const profiles = [...PROFILES, profile('LOW', { ior: -0.1 })];

  it('score\'s group is ШНОР and RUN (ИОР −0,05, two negative changes); cluster 2 gives RUN the same reason; LOW is in neither', () => {
    const same = input(records, profiles);
    const group = scoreYear(same).group;
    expect([...group].sort()).toEqual(['FLAG', 'RUN']);
    const byIor = clusterSchools(same).schools.filter((s) => s.reasons.some((r) => r.rule === 'low-ior-negative-run')).map((s) => s.schoolId);
    // FLAG is ШНОР (cluster 1 comes first): the group less the ШНОР is exactly cluster 2's low-ИОР schools
    expect(byIor).toEqual(group.filter((id) => id !== 'FLAG'));
  });
});

describe('significance: RUN\'s ОГЭ русский 1/20 → 3/20 → 5/20 (+10, +10 pp)', () => {
  // 1/20 → 3/20: pooled 4/40 = 0,1, se = √(0,1 · 0,9 · (1/20 + 1/20)) = 0,094868, z = 0,1/0,094868 = 1,0541,
  //   p = 2(1 − Φ(1,0541)) = 2(1 − 0,85408) = 0,2918
  // 3/20 → 5/20: pooled 8/40 = 0,2, se = √(0,2 · 0,8 · 0,1) = 0,126491, z = 0,1/0,126491 = 0,7906,
  //   p = 2(1 − Φ(0,7906)) = 2(1 − 0,78540) = 0,4292
  it('by default both changes count: cluster 2, and the reason says they are within chance, p = 0,29 and 0,43', () => {
    const run = clusters(RECORDS, PROFILES).get('RUN')!;
    expect(run).toMatchObject({
      cluster: 2,
      reasons: [{
        rule: 'low-ior-negative-run',
        notSignificant: [
          { procedure: 'OGE-RU', from: 2021, to: 2022, deltaPp: 10, pValue: 0.2918 },
          { procedure: 'OGE-RU', from: 2022, to: 2023, deltaPp: 10, pValue: 0.4292 },
        ],
      }],
    });
    expect(reasonTexts(run, 2023, 'ru', new Map())[0]).toContain(
      'в пределах случайных колебаний — ОГЭ Русский язык: +10 п.п. к 2021/2022 уч. г. (p = 0,29), +10 п.п. к 2022/2023 уч. г. (p = 0,43); учтено по методике',
    );
  });

  it('with requireSignificance neither change counts: no negative run, not cluster 2; UP\'s −15 pp (p = 0,21) is no longer positive', () => {
    const strict = clusters(RECORDS, PROFILES, {}, true, { requireSignificance: true });
    expect(strict.get('RUN')).toMatchObject({ cluster: null, reasons: [] });
    // UP: 5/20 → 2/20, pooled 7/40, z = 0,15/0,12016 = 1,248, p = 0,21: stable, so not cluster 3
    expect(strict.get('UP')!.cluster).toBeNull();
    expect(scoreYear(input(RECORDS, PROFILES, {}, true, { requireSignificance: true })).group).toEqual(['FLAG']);
  });
});

describe('list movement 2022 → 2023', () => {
  const records = [
    // STAY: 2022 ВПР МА 5 + ОГЭ МА low (A); 2023 ВПР МА 5 + ОГЭ РУ low (A, B): stayed, ВПР МА 5 low both years → persistent
    r('STAY', 2022, 'VPR-MA-5', 4, 10), r('STAY', 2022, 'OGE-MA', 4, 10), r('STAY', 2023, 'VPR-MA-5', 4, 10), r('STAY', 2023, 'OGE-RU', 4, 10),
    // SWAP: 2022 ВПР МА 5 + ОГЭ МА low; 2023 ВПР РУ 5 + ОГЭ РУ low: stayed, no procedure low both years
    r('SWAP', 2022, 'VPR-MA-5', 4, 10), r('SWAP', 2022, 'OGE-MA', 4, 10), r('SWAP', 2023, 'VPR-RU-5', 4, 10), r('SWAP', 2023, 'OGE-RU', 4, 10),
    // LEFT: 2022 two low, 2023 none
    r('LEFT', 2022, 'VPR-MA-5', 4, 10), r('LEFT', 2022, 'OGE-MA', 4, 10), r('LEFT', 2023, 'VPR-MA-5', 1, 10), r('LEFT', 2023, 'OGE-MA', 1, 10),
    // NEW: 2022 none, 2023 two low
    r('NEW', 2022, 'VPR-MA-5', 1, 10), r('NEW', 2023, 'VPR-MA-5', 4, 10), r('NEW', 2023, 'OGE-MA', 3, 10),
    // NEVER: nothing low
    r('NEVER', 2022, 'OGE-MA', 1, 10), r('NEVER', 2023, 'OGE-MA', 1, 10),
    // GONE: 2021 ОГЭ МА 4/10 and 2022 ВПР МА 5 4/10 + ОГЭ МА 4/10 low (A and B in 2022); no result in 2023
    r('GONE', 2021, 'OGE-MA', 4, 10), r('GONE', 2022, 'VPR-MA-5', 4, 10), r('GONE', 2022, 'OGE-MA', 4, 10),
    // ELSEWHERE: 2022 two low; in 2023 only ЕГЭ русский, outside the fioko set (R1) — no result the rule looks at
    r('ELSEWHERE', 2022, 'VPR-MA-5', 4, 10), r('ELSEWHERE', 2022, 'OGE-MA', 4, 10), r('ELSEWHERE', 2023, 'EGE-RU', 0, 10),
  ];

  it('entered / left / stayed / persistent; a listed school without results in 2023 has not left', () => {
    expect(listMovement(classifySchools(records, classify(2022)), classifySchools(records, classify(2023)))).toEqual({
      from: 2022, to: 2023, entered: ['NEW'], left: ['LEFT'], noResults: ['ELSEWHERE', 'GONE'], stayed: ['STAY', 'SWAP'],
      persistent: [{ schoolId: 'STAY', procedures: ['VPR-MA-5'] }],
    });
  });
});
