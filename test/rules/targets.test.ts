/**
 * The programme's target indicators (seed 004, «Целевые показатели/индикаторы результатов МППКО»)
 * on a small district counted by hand. The ШНОР of 2023 are the list made from 2022 (ruling R2).
 */
import { describe, expect, it } from 'vitest';
import { loadProgramme } from '../../src/io/programme.js';
import type { Facts } from '../../src/model/facts.js';
import { selectProcedures } from '../../src/model/procedure-sets.js';
import type { ResultRecord } from '../../src/model/records.js';
import { analyseDynamics, groupsOf } from '../../src/rules/analysis.js';
import { dynamicsParams } from '../../src/rules/dynamics-params.js';
import { schoolDynamics } from '../../src/rules/dynamics.js';
import { classifySchools, type ClassifyOptions } from '../../src/rules/fioko.js';
import { buildDistrict } from '../../src/rules/indicators/district.js';
import { scoreParams } from '../../src/rules/indicators/params.js';
import { shnsuOf } from '../../src/rules/shnsu.js';
import { evaluateTargets, type TargetOutcome } from '../../src/rules/targets.js';
import { noteText } from '../../src/report/targets/report.js';
import { profile, record } from './score-helpers.js';

const programme = loadProgramme();
const classify = (year: number): ClassifyOptions => ({
  year, threshold: 30, sameProcedure: false, selection: selectProcedures('fioko'), minParticipants: 1, smallSample: 10,
});
const r = (school: string, year: number, procedure: string, failed: number, participants: number): ResultRecord =>
  record(school, year, procedure, { failed, participants });

// 2022: S1–S4 are ШНОР by criterion A (ВПР МА 5 and ОГЭ МА both 4/10 = 40%). Their ОГЭ МА into 2023
// (margin 10 pp, R9): S1 40 → 10 (−30, positive), S2 40 → 20 (−20, positive), S3 40 → 25 (5/20, −15,
// positive), S4 40 → 40 (stable). 3 of 4 = 75% ≥ the 2023 plan of 70% → met.
// GOOD is not on the list: its positive change does not count. ШНСУ joins the group from the profile.
const records = [
  ...['S1', 'S2', 'S3', 'S4'].flatMap((id) => [r(id, 2022, 'VPR-MA-5', 4, 10), r(id, 2022, 'OGE-MA', 4, 10)]),
  r('S1', 2023, 'OGE-MA', 1, 10), r('S2', 2023, 'OGE-MA', 2, 10), r('S3', 2023, 'OGE-MA', 5, 20), r('S4', 2023, 'OGE-MA', 4, 10),
  r('GOOD', 2022, 'OGE-MA', 5, 20), r('GOOD', 2023, 'OGE-MA', 1, 20),
  // SOC: not ШНОР; ОГЭ МА 2/10 → 2/10, stable
  r('SOC', 2022, 'OGE-MA', 2, 10), r('SOC', 2023, 'OGE-MA', 2, 10),
];

function targets(year: number, options: { shnsu?: string[]; facts?: Facts | null; dynamics?: Record<string, unknown> } = {}): Map<string, TargetOutcome> {
  const params = dynamicsParams.parse(options.dynamics ?? {});
  const dynamics = schoolDynamics(records, { year, threshold: 30, params, district: buildDistrict(records, []), selection: selectProcedures('fioko') });
  const shnsu = new Map((options.shnsu ?? []).map((id) => [id, shnsuOf(id, profile(id, { shnsu: true }), { isbshBelow: null })]));
  const groups = groupsOf(records, classifySchools(records, classify(year - 1)), shnsu);
  const outcomes = evaluateTargets({ programme, year, groups, dynamics, facts: options.facts ?? null });
  return new Map(outcomes.map((o) => [o.indicator.id, o]));
}

describe('8.1–8.8 from results', () => {
  it('8.1: 3 of 4 ШНОР with positive ОГЭ математика → 75%, met against 70% (2023)', () => {
    expect(targets(2023).get('8.1')).toMatchObject({
      plan: 70, fact: 75, numerator: 3, denominator: 4, status: 'met',
      note: { code: 'results', procedures: ['OGE-MA'], positive: ['S1', 'S2', 'S3'], counted: ['S1', 'S2', 'S3', 'S4'], missing: [] },
    });
  });

  // None of the three positive changes is significant: S1 4/10 → 1/10 pooled 5/20, z = 0,3/√(0,25 · 0,75 · 0,2) = 1,549, p = 0,1213;
  // S2 4/10 → 2/10 pooled 6/20, z = 0,2/√(0,3 · 0,7 · 0,2) = 0,976, p = 0,3291; S3 4/10 → 5/20 pooled 9/30,
  // z = 0,15/√(0,3 · 0,7 · 0,15) = 0,845, p = 0,398
  it('8.1 counts them by the method and its note says they are within chance, with each p', () => {
    const outcome = targets(2023).get('8.1')!;
    expect(outcome.note).toMatchObject({
      notSignificant: [
        { schoolId: 'S1', procedure: 'OGE-MA', deltaPp: -30, pValue: 0.1213 },
        { schoolId: 'S2', procedure: 'OGE-MA', deltaPp: -20, pValue: 0.3291 },
        { schoolId: 'S3', procedure: 'OGE-MA', deltaPp: -15, pValue: 0.398 },
      ],
    });
    expect(noteText(outcome, 2023, 'ru')).toContain(
      'В пределах случайных колебаний — S1 ОГЭ Математика: −30 п.п. к 2022/2023 уч. г. (p = 0,12); S2 ОГЭ Математика: −20 п.п. к 2022/2023 уч. г. (p = 0,33); ' +
        'S3 ОГЭ Математика: −15 п.п. к 2022/2023 уч. г. (p = 0,40); учтено по методике.',
    );
  });

  it('with requireSignificance the three are stable: 0 of 4 → 0%, not met', () => {
    expect(targets(2023, { dynamics: { requireSignificance: true } }).get('8.1')).toMatchObject({
      fact: 0, numerator: 0, denominator: 4, status: 'notMet', note: { positive: [], notSignificant: [] },
    });
  });

  it('a ШНСУ joins the group: 3 of 5 = 60% < 70% → not met', () => {
    expect(targets(2023, { shnsu: ['SOC'] }).get('8.1')).toMatchObject({ fact: 60, numerator: 3, denominator: 5, status: 'notMet' });
  });

  it('8.2 (ОГЭ русский): nobody has it in both years → no data, saying why', () => {
    expect(targets(2023).get('8.2')).toMatchObject({ fact: null, status: 'noData', note: { code: 'results', counted: [] } });
  });

  it('no plan before the programme (2021): no data', () => {
    expect(targets(2021).get('8.1')).toMatchObject({ plan: null, status: 'noData', note: { code: 'no-plan' } });
  });

  it('the dynamics command measures the same 8.1 without a profile', () => {
    const analysis = analyseDynamics({
      records, reference: [], classify: classify(2023), dynamics: dynamicsParams.parse({}), score: scoreParams.parse({}), programme,
    });
    expect(analysis.targets.map((t) => t.indicator.id)).toEqual(['8.1', '8.2', '8.3', '8.4', '8.5', '8.6', '8.7', '8.8']);
    expect(analysis.targets[0]).toMatchObject({ fact: 75, status: 'met' });
  });
});

describe('8.3: ЕГЭ математика — профильная, else базовая', () => {
  it('a school without profile results is counted by its базовая', () => {
    const data = [
      ...['P', 'B'].flatMap((id) => [r(id, 2022, 'VPR-MA-5', 4, 10), r(id, 2022, 'OGE-MA', 4, 10)]),
      // P: профильная 4/10 → 1/10 (positive); B: базовая only, 4/10 → 4/10 (stable) → 1 of 2 = 50%
      r('P', 2022, 'EGE-MA-P', 4, 10), r('P', 2023, 'EGE-MA-P', 1, 10), r('B', 2022, 'EGE-MA-B', 4, 10), r('B', 2023, 'EGE-MA-B', 4, 10),
    ];
    const dynamics = schoolDynamics(data, { year: 2023, threshold: 30, params: dynamicsParams.parse({}), district: buildDistrict(data, []), selection: selectProcedures('fioko') });
    const groups = groupsOf(data, classifySchools(data, classify(2022)), new Map());
    const [outcome] = evaluateTargets({ programme: { ...programme, indicators: programme.indicators.filter((i) => i.id === '8.3') }, year: 2023, groups, dynamics, facts: null });
    expect(outcome).toMatchObject({ fact: 50, numerator: 1, denominator: 2, note: { procedures: ['EGE-MA-P', 'EGE-MA-B'] } });
  });
});

const source = { file: 'f.xlsx', sheet: 'Школы', row: 2 };
const facts: Facts = {
  municipal: [
    { id: '1.1', value: true, numerator: null, denominator: null, evidence: 'http://пиробр.рф/приказ.pdf', note: null, source },
    { id: '7.2', value: false, numerator: null, denominator: null, evidence: null, note: 'отчёт в работе', source },
    { id: '6.5', value: null, numerator: 19, denominator: 50, evidence: null, note: null, source },
  ],
  schools: [
    { schoolId: 'S1', values: { schoolProgramme: true, mathTeachers: 3, mathTeachersIom: 3 }, source },
    { schoolId: 'S2', values: { schoolProgramme: false, mathTeachers: 2, mathTeachersIom: 1 }, source },
    { schoolId: 'S3', values: { schoolProgramme: true, mathTeachers: 1, mathTeachersIom: 1 }, source },
    // S4 left blank
  ],
};

describe('facts reported by people', () => {
  it('a yes/no indicator from the municipal sheet: 1.1 «да» → met, with its link', () => {
    expect(targets(2023, { facts }).get('1.1')).toMatchObject({ plan: true, fact: true, status: 'met', evidence: 'http://пиробр.рф/приказ.pdf' });
  });

  it('7.2 «Июнь 2022г- нет; Октябрь 2022г-да»: in 2023 the plan is «да»; «нет» → not met', () => {
    expect(targets(2023, { facts }).get('7.2')).toMatchObject({ plan: true, fact: false, status: 'notMet' });
  });

  it('6.5 from numerator and denominator: 19 of 50 = 38% < 40% (2023) → not met; in 2022 38% ≥ 38% → met', () => {
    expect(targets(2023, { facts }).get('6.5')).toMatchObject({ fact: 38, numerator: 19, denominator: 50, plan: 40, status: 'notMet' });
    expect(targets(2022, { facts }).get('6.5')).toMatchObject({ plan: 38, status: 'met' });
  });

  it('1.3 (ШНОР, «да» in the school sheet): 2 of 3 answered = 66,67% ≥ 30%; S4 blank is left out and named', () => {
    expect(targets(2023, { facts }).get('1.3')).toMatchObject({
      fact: 66.67, numerator: 2, denominator: 3, status: 'met', note: { code: 'schools', yes: ['S1', 'S3'], blank: ['S4'] },
    });
  });

  it('5.10 teachers with ИОМ: Σ 3+1+1 / Σ 3+2+1 = 5/6 = 83,33% < 100% (2023) → not met', () => {
    expect(targets(2023, { facts }).get('5.10')).toMatchObject({ fact: 83.33, numerator: 5, denominator: 6, plan: 100, status: 'notMet' });
  });

  it('no facts workbook: school and municipal indicators have no data, saying so', () => {
    expect(targets(2023).get('1.1')).toMatchObject({ status: 'noData', note: { code: 'no-facts' } });
    expect(targets(2023).get('1.3')).toMatchObject({ status: 'noData', note: { code: 'no-facts' } });
  });
});
