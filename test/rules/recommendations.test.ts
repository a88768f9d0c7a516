import { describe, expect, it } from 'vitest';
import { catalogSchema, combineCatalogs, type CatalogEntry } from '../../src/model/catalog.js';
import { selectProcedures } from '../../src/model/procedure-sets.js';
import { reasonText } from '../../src/report/recommend/report.js';
import { dynamicsParams } from '../../src/rules/dynamics-params.js';
import { schoolDynamics } from '../../src/rules/dynamics.js';
import { classifySchools } from '../../src/rules/fioko.js';
import { buildDistrict } from '../../src/rules/indicators/district.js';
import { recommend, type SchoolFacts } from '../../src/rules/recommendations.js';
import { profile, record } from './score-helpers.js';

const entry = (id: string, trigger: CatalogEntry['trigger'], audience: CatalogEntry['audience'] = 'teachers'): CatalogEntry => ({
  id, trigger, audience, measure: `мера ${id}`, responsible: 'ОО', timing: 'в течение года',
  source: { document: 'slavyansk-2022', section: '7.3', quote: '' }, own: false,
});

const CATALOG: CatalogEntry[] = [
  entry('vpr-ma-analysis', { kind: 'low-result', procedures: [{ kind: 'VPR', subject: 'MA' }] }),
  entry('vpr-ma5-routes', { kind: 'low-result', procedures: [{ kind: 'VPR', subject: 'MA', grade: 5 }] }, 'pupils'),
  entry('gia-interview', { kind: 'low-result', procedures: [{ kind: 'OGE' }, { kind: 'EGE' }] }, 'management'),
  entry('courses', { kind: 'indicator', indicators: ['2.1'] }, 'management'),
  entry('curator', { kind: 'cluster', clusters: [1] }, 'methodological-service'),
  entry('motivation', { kind: 'risk', factors: ['motivation'] }, 'pupils'),
  entry('parents', { kind: 'risk', factors: ['parents'] }, 'parents'),
  entry('support-after', { kind: 'dynamics', events: ['left-list'] }, 'management'),
];

function facts(over: Partial<SchoolFacts> = {}): SchoolFacts {
  // VPR-MA-5: 12 of 30 «2» = 40%; OGE-MA: 9 of 30 = 30% → two low results, criterion A
  const records = [record('S', 2023, 'VPR-MA-5', { participants: 30, failed: 12 }), record('S', 2023, 'OGE-MA', { participants: 30, failed: 9 })];
  const verdict = classifySchools(records, {
    year: 2023, threshold: 30, sameProcedure: false, selection: selectProcedures('fioko'), minParticipants: 1, smallSample: 10,
  }).schools[0]!;
  return { verdict, year: 2023, score: null, cluster: null, profile: null, dynamics: null, enteredList: false, leftList: false, negativeRun: 2, ...over };
}

describe('recommend', () => {
  it('a low ВПР математика 5 brings the mathematics measures, with the procedure and its share in the reasons', () => {
    const ids = recommend(facts(), CATALOG).map((r) => r.id);
    expect(ids).toEqual(['gia-interview', 'vpr-ma-analysis', 'vpr-ma5-routes']);
    const analysis = recommend(facts(), CATALOG).find((r) => r.id === 'vpr-ma-analysis')!;
    expect(analysis.reasons).toEqual([{ trigger: 'low-result', procedure: 'VPR-MA-5', indicator: null, value: 40 }]);
    expect(analysis.priority).toBe(1);
  });

  it('a measure reached by several triggers appears once with every reason', () => {
    const merged = entry('merged', { kind: 'low-result', procedures: [{ kind: 'VPR' }, { kind: 'OGE' }] });
    const [only] = recommend(facts(), [merged]);
    expect(only!.reasons.map((r) => r.procedure)).toEqual(['VPR-MA-5', 'OGE-MA']);
  });

  it('risk factors of high significance come before medium ones, after the list criteria; low ones give nothing', () => {
    const p = profile('S', { risks: { motivation: 'medium', parents: 'high', discipline: 'low' } });
    const result = recommend(facts({ profile: p }), CATALOG);
    expect(result.map((r) => [r.id, r.priority])).toEqual([
      ['gia-interview', 1], ['vpr-ma-analysis', 1], ['vpr-ma5-routes', 1], ['parents', 3], ['motivation', 4],
    ]);
    expect(result.find((r) => r.id === 'parents')!.reasons).toEqual([{ trigger: 'risk', procedure: null, indicator: 'parents', value: 'high' }]);
  });

  it('fires on an indicator at the bottom of its scale, on the cluster and on leaving the list', () => {
    const score = { indicators: [{ id: '2.1', value: 80, lowest: true }, { id: '2.2', value: 60, lowest: false }] } as never;
    const cluster = { schoolId: 'S', schoolName: null, cluster: 1 as const, reasons: [] };
    const ids = recommend(facts({ score, cluster, leftList: true }), CATALOG).map((r) => [r.id, r.priority]);
    expect(ids).toEqual(expect.arrayContaining([['courses', 2], ['curator', 1], ['support-after', 2]]));
  });
});

describe('the catalogue', () => {
  it('a user catalogue extends the shipped one, replacing entries with the same id, or replaces it whole', () => {
    const extra = catalogSchema.parse({ entries: [{ ...entry('courses', { kind: 'indicator', indicators: ['2.1', '2.2'] }) }, entry('new', { kind: 'cluster', clusters: [2] })] });
    const combined = combineCatalogs(CATALOG, extra);
    expect(combined.map((e) => e.id)).toEqual([...CATALOG.map((e) => e.id).filter((id) => id !== 'courses'), 'courses', 'new']);
    expect(combineCatalogs(CATALOG, { ...extra, mode: 'replace' }).map((e) => e.id)).toEqual(['courses', 'new']);
  });

  it('refuses an unknown trigger, audience or risk factor and duplicate ids', () => {
    const bad = (e: unknown) => catalogSchema.safeParse({ entries: [e] }).success;
    expect(bad({ ...entry('x', { kind: 'cluster', clusters: [1] }), audience: 'директор' })).toBe(false);
    expect(bad({ ...entry('x', { kind: 'risk', factors: ['weather' as never] }) })).toBe(false);
    expect(catalogSchema.safeParse({ entries: [entry('a', { kind: 'cluster', clusters: [1] }), entry('a', { kind: 'cluster', clusters: [2] })] }).success).toBe(false);
  });
});

describe('recommend: a negative run that is not significant', () => {
  // ОГЭ математика 1/20 → 3/20 → 5/20: +10, +10 pp, p = 0,2918 and 0,4292 (worked out in clusters.test.ts)
  const history = [[2021, 1], [2022, 3], [2023, 5]].map(([year, failed]) => record('S', year!, 'OGE-MA', { failed, participants: 20 }));
  const dynamicsOf = (params: Record<string, unknown>) => schoolDynamics(history, {
    year: 2023, threshold: 30, params: dynamicsParams.parse(params), district: buildDistrict(history, []), selection: selectProcedures('fioko'),
  })[0]!;
  const run = entry('run', { kind: 'dynamics', events: ['negative-run'] }, 'management');

  it('by default fires, and its reason says the changes are within chance, p = 0,29 and 0,43', () => {
    const [measure] = recommend(facts({ dynamics: dynamicsOf({}) }), [run]);
    expect(measure!.reasons[0]!.notSignificant!.map((c) => c.pValue)).toEqual([0.2918, 0.4292]);
    expect(reasonText(measure!.reasons[0]!, 'ru')).toContain('(p = 0,29), +10 п.п. к 2022/2023 уч. г. (p = 0,43); учтено по методике');
  });

  it('with requireSignificance the run is 0 and the measure does not fire', () => {
    expect(recommend(facts({ dynamics: dynamicsOf({ requireSignificance: true }) }), [run])).toEqual([]);
  });
});
