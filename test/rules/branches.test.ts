import { describe, expect, it } from 'vitest';
import { selectProcedures } from '../../src/model/procedure-sets.js';
import { rollUpBranches } from '../../src/rules/branches.js';
import { classifySchools, type ClassifyOptions, type VerdictNote } from '../../src/rules/fioko.js';
import { record } from './score-helpers.js';

const options = (over: Partial<ClassifyOptions> = {}): ClassifyOptions => ({
  year: 2024, threshold: 30, sameProcedure: false, selection: selectProcedures('fioko'), minParticipants: 1, smallSample: 10, ...over,
});
const branches = new Map([['B', 'P']]);

// P, the legal entity: ОГЭ математика 2 of 10 = 20% (not low: 2 × 100 = 200 < 30 × 10 = 300),
// ВПР математика 5 6 of 20 = 30% (low: 600 ≥ 600). B, its branch: ОГЭ математика 3 of 5 = 60%.
const parentOge = record('P', 2024, 'OGE-MA', { schoolName: 'МБОУ СОШ', participants: 10, failed: 2 });
const parentVpr = record('P', 2024, 'VPR-MA-5', { schoolName: 'МБОУ СОШ', participants: 20, failed: 6 });
const branchOge = record('B', 2024, 'OGE-MA', { schoolName: 'Филиал', participants: 5, failed: 3 });

describe('rollUpBranches', () => {
  it('sums participants and failing pupils per legal entity × procedure × year, keeping which branch added', () => {
    const { records, added } = rollUpBranches([parentOge, branchOge], branches);
    // 10 + 5 = 15 participants, 2 + 3 = 5 failed; 5 × 100 = 500 ≥ 30 × 15 = 450 → 33.33% is low
    expect(records).toEqual([expect.objectContaining({ schoolId: 'P', schoolName: 'МБОУ СОШ', procedure: 'OGE-MA', participants: 15, failed: 5 })]);
    expect(added.get('P')).toEqual([branchOge]);
  });

  it('sums mark counts each part gives and leaves means and mark shares out', () => {
    const p = record('P', 2024, 'OGE-MA', { participants: 10, failed: 2, markCounts: { 2: 2, 3: 5, 4: 2, 5: 1 }, meanScore: 3.2, markPcts: { 2: 20 } });
    const b = record('B', 2024, 'OGE-MA', { participants: 5, failed: 3, markCounts: { 2: 3, 3: 2 }, meanScore: 2.4 });
    const [sum] = rollUpBranches([p, b], branches).records;
    // «2»: 2 + 3 = 5, «3»: 5 + 2 = 7; B gives no «4»/«5» counts, so those stay unknown
    expect(sum).toMatchObject({ markCounts: { 2: 5, 3: 7 }, markPcts: {}, meanScore: null });
  });

  it('weighs a share by participants where a part gives no count', () => {
    const p = record('P', 2024, 'OGE-MA', { participants: 10, failPct: 20 });
    const [sum] = rollUpBranches([p, branchOge], branches).records;
    // (20% × 10 + 60% × 5) / 15 = (200 + 300) / 15 = 33.33%; the failed count stays unknown
    expect(sum!.failed).toBeNull();
    expect(sum!.failPct).toBeCloseTo(33.333, 3);
  });

  it('cannot weigh a part without participants: the legal entity keeps its own result, the branch result is named', () => {
    const b = record('B', 2024, 'OGE-MA', { failPct: 60 });
    const rollUp = rollUpBranches([parentOge, b], branches);
    expect(rollUp.records).toEqual([parentOge]);
    expect(rollUp.notAdded.get('P')).toEqual([b]);
  });

  it('puts a branch result of a procedure the legal entity lacks under the legal entity as it is', () => {
    const { records } = rollUpBranches([parentVpr, branchOge], branches);
    expect(records.map((r) => [r.schoolId, r.procedure, r.participants, r.failed])).toEqual([['P', 'VPR-MA-5', 20, 6], ['P', 'OGE-MA', 5, 3]]);
  });

  it('leaves the records alone without branches', () => {
    const records = [parentOge, branchOge];
    expect(rollUpBranches(records, new Map()).records).toBe(records);
  });
});

describe('the list per legal entity', () => {
  const records = [parentOge, parentVpr, branchOge];

  it('without branches: P has one low result (ВПР 30%) and is not ШНОР; B has one (ОГЭ 60%) and is not either', () => {
    const { schools } = classifySchools(records, options());
    expect(schools.map((s) => [s.schoolId, s.flagged])).toEqual([['B', false], ['P', false]]);
  });

  it('the branch adds to its parent: ОГЭ 5/15 = 33.33% becomes low, with ВПР 6/20 = 30% two low results → criterion A', () => {
    const { schools } = classifySchools(records, options({ branches }));
    expect(schools).toHaveLength(1); // the branch is listed under its legal entity, not on its own
    const [p] = schools;
    expect(p).toMatchObject({ schoolId: 'P', flagged: true, criteria: ['A'], branches: ['B'] });
    expect(p!.lowResults.map((r) => [r.procedure, r.participants, r.failed, r.failShare])).toEqual([['VPR-MA-5', 20, 6, 30], ['OGE-MA', 15, 5, 33.33]]);
    const note = p!.notes.find((n) => n.code === 'with-branches');
    expect(note).toMatchObject({ results: [{ schoolId: 'B', schoolName: 'Филиал', procedure: 'OGE-MA', participants: 5, failed: 3, failShare: 60 }] });
  });

  it('can also lift a verdict: ВПР 6/20 = 30% at P with 0/4 at B is 6/24 = 25%, not low', () => {
    const branchVpr = record('B', 2024, 'VPR-MA-5', { participants: 4, failed: 0 });
    const parentRu = record('P', 2024, 'VPR-RU-5', { participants: 20, failed: 7 }); // 35%, low
    expect(classifySchools([parentVpr, parentRu], options()).schools[0]!.criteria).toEqual(['A']);
    // 6 × 100 = 600 < 30 × 24 = 720
    const [p] = classifySchools([parentVpr, parentRu, branchVpr], options({ branches })).schools;
    expect(p).toMatchObject({ flagged: false, branches: ['B'] });
  });

  it('names only the branch results of Y and Y−1 in the procedure set', () => {
    const old = record('B', 2022, 'OGE-MA', { participants: 5, failed: 0 });
    const ege = record('B', 2024, 'EGE-RU', { participants: 5, failed: 0 }); // not in the default set
    const [p] = classifySchools([...records, old, ege], options({ branches })).schools;
    const note = p!.notes.find((n) => n.code === 'with-branches') as Extract<VerdictNote, { code: 'with-branches' }>;
    expect(note.results.map((r) => [r.year, r.procedure])).toEqual([[2024, 'OGE-MA']]);
  });

  it('says which branch results could not be added', () => {
    const b = record('B', 2024, 'OGE-MA', { failPct: 60 });
    const [p] = classifySchools([parentOge, parentVpr, b], options({ branches })).schools;
    expect(p).toMatchObject({ flagged: false, branches: [] });
    expect(p!.notes.map((n) => n.code)).toContain('branches-not-added');
  });
});
