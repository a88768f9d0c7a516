import { describe, expect, it } from 'vitest';
import { setLang } from '../../src/messages/index.js';
import type { Issue } from '../../src/model/issues.js';
import { selectProcedures } from '../../src/model/procedure-sets.js';
import type { Mark, ResultRecord } from '../../src/model/records.js';
import type { DraftEntry } from '../../src/model/draft-entry.js';
import { checkParams, checkPassed, compareDraft, dataChecks, draftBranches } from '../../src/rules/check.js';
import { normalizeSchoolName } from '../../src/model/school-name.js';
import { classifySchools, type ClassifyOptions } from '../../src/rules/fioko.js';
import { absentText, checkMessage, extraText, missingText } from '../../src/report/check/report.js';

function result(
  schoolId: string, year: number, procedure: string, participants: number | null, failed: number | null,
  extra: { name?: string; marks?: Partial<Record<Mark, number>> } = {},
): ResultRecord {
  return {
    schoolId, schoolName: extra.name ?? null, municipality: null, schoolType: null, year, procedure, participants, failed, failPct: null,
    markCounts: extra.marks ?? {}, markPcts: {}, meanScore: null, highCount: null, scoreHistogram: null, source: { file: 't.csv', sheet: null, row: 2 },
  };
}

const options = (over: Partial<ClassifyOptions> = {}): ClassifyOptions => ({
  year: 2021, threshold: 30, sameProcedure: false, selection: selectProcedures('fioko'), minParticipants: 1, smallSample: 10, ...over,
});

const entry = (id: string | null, name: string | null = null, row = 2): DraftEntry => ({ id, name, file: 'draft.csv', sheet: null, row });
const params = { ...checkParams.parse({}), smallSample: 10 };

// S1: two low results in 2021 → flagged (A). S2: one low result. S3: closest miss 5/17 = 29.41%.
const RECORDS = [
  result('S1', 2021, 'VPR-MA-5', 20, 10), // 50%
  result('S1', 2021, 'OGE-MA', 30, 12), //   40%
  result('S2', 2021, 'VPR-MA-5', 20, 8), //  40%
  result('S2', 2021, 'OGE-MA', 30, 3), //    10%
  result('S3', 2021, 'VPR-MA-5', 17, 5), //  29.41%
  result('S3', 2021, 'OGE-MA', 30, 3), //    10%
  result('S4', 2020, 'OGE-MA', 30, 12), //   only Y−1
];

describe('compareDraft', () => {
  setLang('ru');
  const classification = classifySchools(RECORDS, options());

  it('names the flagged school the draft misses and the extra one, each with its reason and values', () => {
    const cmp = compareDraft([entry('S2'), entry('X9', 'Школа-призрак')], classification);
    expect(cmp.missing.map((m) => m.schoolId)).toEqual(['S1']);
    expect(missingText(cmp.missing[0]!, 'ru')).toContain('критерий A');
    expect(missingText(cmp.missing[0]!, 'ru')).toContain('ВПР Математика 5 кл. 50%');
    expect(cmp.extra.map((e) => e.schoolId)).toEqual(['S2']);
    expect(extraText(cmp.extra[0]!, 2021, 'ru')).toContain('один низкий результат: ВПР Математика 5 кл. 40%');
    expect(cmp.absent.map((a) => a.entry.id)).toEqual(['X9']);
    expect(absentText(cmp.absent[0]!, 'ru')).toBe('нет ни по коду, ни по названию');
    expect(checkPassed(cmp, [])).toBe(false);
  });

  it('gives the closest miss and «нет результатов в 2020/2021 уч. г.» for the other extras', () => {
    const cmp = compareDraft([entry('S1'), entry('S3'), entry('S4')], classification);
    expect(cmp.missing).toEqual([]);
    const [s3, s4] = cmp.extra;
    expect(extraText(s3!, 2021, 'ru')).toContain('29,41% (5/17) при пороге 30%');
    expect(extraText(s4!, 2021, 'ru')).toContain('нет результатов в 2020/2021 уч. г.');
  });

  it('a correct draft: nothing missing, extra or absent (ids matched case aside)', () => {
    const cmp = compareDraft([entry('s1')], classification);
    expect(cmp).toEqual({ missing: [], extra: [], absent: [], nameMatches: [], branchMatches: [] });
    expect(checkPassed(cmp, [])).toBe(true);
  });

  it('matches «МБОУ "СОШ №5"» in the data with «МБОУ СОШ № 5» in the draft, and lists it as a name match', () => {
    expect(normalizeSchoolName('МБОУ "СОШ №5"')).toBe(normalizeSchoolName('МБОУ СОШ № 5'));
    expect(normalizeSchoolName('МАОУ «СОШ N5»')).toBe('сош 5');
    const records = [
      result('233001', 2021, 'VPR-MA-5', 20, 10, { name: 'МБОУ "СОШ №5"' }),
      result('233001', 2021, 'VPR-RU-5', 20, 10, { name: 'МБОУ "СОШ №5"' }),
    ];
    const cmp = compareDraft([entry(null, 'МБОУ СОШ № 5')], classifySchools(records, options()));
    expect(cmp.missing).toEqual([]);
    expect(cmp.absent).toEqual([]);
    expect(cmp.nameMatches.map((n) => n.schoolId)).toEqual(['233001']);
  });
});

describe('compareDraft with branches (--schools parent_id)', () => {
  setLang('ru');
  // L1 with its branch L1-F summed in: VPR-MA-5 6/20 = 30% and OGE-MA (2 + 3)/(10 + 5) = 33.33% → A.
  // The branch's own records are rolled up into L1, so the classification lists L1 and L2 only.
  const records = [
    result('L1', 2021, 'VPR-MA-5', 20, 6, { name: 'МБОУ «Луговская СОШ»' }),
    result('L1', 2021, 'OGE-MA', 10, 2, { name: 'МБОУ «Луговская СОШ»' }),
    result('L1-F', 2021, 'OGE-MA', 5, 3, { name: 'Заречный филиал' }),
    result('L2', 2021, 'VPR-MA-5', 30, 3, { name: 'МБОУ «Полевская СОШ»' }),
  ];
  const branchMap = new Map([['L1-F', 'L1']]);
  const classification = classifySchools(records, options({ branches: branchMap }));
  const branches = draftBranches(records, branchMap);

  it('lists the branch with the name the results give it', () => {
    expect(classification.schools.map((s) => [s.schoolId, s.flagged])).toEqual([['L1', true], ['L2', false]]);
    expect(branches).toEqual([{ schoolId: 'L1-F', schoolName: 'Заречный филиал', entity: 'L1' }]);
  });

  it('a draft naming the branch (by id or by name) names its legal entity: nothing missing, the branch kept as a branch match', () => {
    for (const named of [entry('l1-f'), entry(null, 'Заречный филиал')]) {
      const cmp = compareDraft([named], classification, branches);
      expect(cmp.missing).toEqual([]);
      expect(cmp.absent).toEqual([]);
      expect(cmp.branchMatches).toEqual([{ entry: named, branchId: 'L1-F', schoolId: 'L1', schoolName: 'МБОУ «Луговская СОШ»', flagged: true }]);
      expect(checkPassed(cmp, [])).toBe(true);
    }
  });

  it('without the branch list the same entry is not in the data', () => {
    expect(compareDraft([entry('L1-F')], classification).absent.map((a) => a.reason.code)).toEqual(['not-found']);
  });

  it('the branch of a school the rule does not flag makes that school extra, and the reason says the draft named the branch', () => {
    // linked to L2 instead: L2 has VPR-MA-5 3/30 = 10% and OGE-MA 3/5 = 60%, one low result → not flagged
    const map = new Map([['L1-F', 'L2']]);
    const cmp = compareDraft([entry('L1-F')], classifySchools(records, options({ branches: map })), draftBranches(records, map));
    expect(cmp.extra.map((e) => [e.schoolId, e.match, e.branchId])).toEqual([['L2', 'branch', 'L1-F']]);
    expect(extraText(cmp.extra[0]!, 2021, 'ru')).toContain('в проекте указан его филиал L1-F («L1-F»)');
  });
});

describe('dataChecks', () => {
  const run = (records: ResultRecord[], issues: Issue[] = []) => dataChecks(records, classifySchools(records, options()), issues, params);
  const codes = (records: ResultRecord[]) => run(records).map((c) => `${c.code}:${c.schoolId}:${c.procedure}`);

  it('no «2» at all with a share of «5» 25 pp above the district', () => {
    const records = [
      result('A', 2021, 'VPR-MA-5', 20, 0, { marks: { 2: 0, 5: 16 } }), // 80% vs district 26/60 = 43.3%
      result('B', 2021, 'VPR-MA-5', 20, 4, { marks: { 2: 4, 5: 5 } }),
      result('C', 2021, 'VPR-MA-5', 20, 4, { marks: { 2: 4, 5: 5 } }),
      result('D', 2021, 'VPR-MA-6', 20, 0, { marks: { 2: 0, 5: 5 } }), // no «2», but an ordinary share of «5»
      result('E', 2021, 'VPR-MA-6', 20, 4, { marks: { 2: 4, 5: 5 } }),
    ];
    expect(codes(records)).toEqual(['objectivity-no-twos-many-fives:A:VPR-MA-5']);
    expect(run(records)[0]!.level).toBe('warning');
  });

  it('a ВПР failing share under 5% beside an ОГЭ result ≥ 30% in the same subject and year', () => {
    const records = [
      result('A', 2021, 'VPR-RU-5', 40, 1), // 2.5%
      result('A', 2021, 'OGE-RU', 30, 10), // 33.3%
      result('B', 2021, 'VPR-RU-5', 40, 1),
      result('B', 2021, 'OGE-MA', 30, 10), // another subject
    ];
    expect(codes(records)).toEqual(['objectivity-vpr-oge:A:VPR-RU-5']);
  });

  it('a swing of 10 pp or more is a sign only when significant (p < 0,05) with at least 10 participants in both years', () => {
    const records = [
      // SIG: 2/50 = 4% → 15/50 = 30%, +26 pp; pooled 17/100 = 0,17, se = √(0,17 · 0,83 · (1/50 + 1/50)) = 0,075127,
      //   z = 0,26/0,075127 = 3,461, p = 2(1 − Φ(3,461)) = 0,0005: a sign
      result('SIG', 2020, 'VPR-MA-6', 50, 2), result('SIG', 2021, 'VPR-MA-6', 50, 15),
      // NS: 10/25 = 40% → 5/25 = 20%, −20 pp; pooled 0,3, se = √(0,3 · 0,7 · 0,08) = 0,12961, z = 1,543, p = 0,12: chance
      result('NS', 2020, 'VPR-MA-6', 25, 10), result('NS', 2021, 'VPR-MA-6', 25, 5),
      // ONE: 1/7 → 3/7 (+28,57 pp), the demo's case: 7 participants
      result('ONE', 2020, 'VPR-MA-6', 7, 1), result('ONE', 2021, 'VPR-MA-6', 7, 3),
      // FEW: 0/8 → 6/8, +75 pp; pooled 6/16, se = √(0,375 · 0,625 · 0,25) = 0,24206, z = 3,098, p = 0,002 — but 8 participants
      result('FEW', 2020, 'VPR-MA-6', 8, 0), result('FEW', 2021, 'VPR-MA-6', 8, 6),
      // B: 5/25 = 20% → 3/25 = 12%, −8 pp: under the margin
      result('B', 2020, 'VPR-MA-6', 25, 5), result('B', 2021, 'VPR-MA-6', 25, 3),
    ];
    const checks = run(records);
    expect(checks.map((c) => `${c.code}:${c.schoolId}`)).toEqual(['objectivity-swing:SIG']);
    expect(checks[0]!.params).toMatchObject({
      share: 30, previousShare: 4, change: 26, failed: 15, participants: 50, previousFailed: 2, previousParticipants: 50, pValue: 0.0005,
    });
    expect(checkMessage(checks[0]!, 'ru')).toBe(
      'признак необъективности (проверить): доля «2» 4% в 2019/2020 уч. г. → 30% в 2020/2021 уч. г. (+26 п.п.: 2 из 50 → 15 из 50; z-тест двух долей, p < 0,001)',
    );
  });

  it('missing results, participants halving, small samples deciding a flag, and input errors as errors', () => {
    const records = [
      result('A', 2020, 'OGE-MA', 30, 3),
      result('A', 2020, 'VPR-RU-5', 30, 3),
      result('A', 2021, 'VPR-RU-5', 12, 1),
      result('B', 2021, 'OGE-MA', 30, 3),
      result('C', 2021, 'OGE-MA', 8, 4), // 50% with 8 participants
      result('C', 2021, 'VPR-MA-5', 20, 10),
    ];
    const issue: Issue = { file: 'r.csv', sheet: null, row: 5, column: 'fail_count', code: 'fail-exceeds-participants', params: { failed: 12, participants: 10 } };
    const warning: Issue = { file: 'r.csv', sheet: null, row: 1, column: 'x', code: 'unknown-column', params: {} };
    const checks = run(records, [issue, warning]);
    expect(checks.map((c) => `${c.level}:${c.code}:${c.schoolId}:${c.procedure}`)).toEqual([
      'error:input-error:null:null',
      'warning:results-missing-in-year:A:OGE-MA',
      'warning:participants-change:A:VPR-RU-5',
      'warning:small-sample-decides:C:OGE-MA',
    ]);
    expect(checkPassed(null, checks)).toBe(false);
    expect(checkPassed(null, checks.filter((c) => c.level === 'warning'))).toBe(true);
  });
});
