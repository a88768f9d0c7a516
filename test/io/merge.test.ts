/** Repeats of a school × procedure × year: equal ones merge, unequal ones are all left out and all listed (issue 18). */
import { describe, expect, it } from 'vitest';
import { mergeDuplicates } from '../../src/io/merge.js';
import { record } from '../rules/score-helpers.js';

const at = (row: number, failed: number | null, participants = 10) =>
  record('S', 2021, 'OGE-MA', { failed, participants, source: { file: 'a.csv', sheet: null, row } });

describe('mergeDuplicates', () => {
  it('merges equal repeats into the first and names the rows merged', () => {
    const merged = mergeDuplicates([at(2, 3), at(5, null), at(7, 3)]);
    expect(merged.records).toEqual([expect.objectContaining({ failed: 3, source: { file: 'a.csv', sheet: null, row: 2 } })]);
    expect(merged.merged.map((s) => s.row)).toEqual([5, 7]);
    expect(merged.issues).toEqual([]);
  });

  it('leaves out every row of a result two rows disagree on, each with an issue naming the others', () => {
    // rows 2 and 3 agree (3 of 10), row 4 says 4 of 10, row 6 agrees with row 2 again: all four are left out
    const merged = mergeDuplicates([at(2, 3), at(3, 3), at(4, 4), at(6, 3), record('T', 2021, 'OGE-MA', { failed: 1, participants: 10 })]);
    expect(merged.records.map((r) => r.schoolId)).toEqual(['T']);
    expect(merged.merged).toEqual([]);
    expect(merged.issues.map((i) => [i.row, i.code, i.params.others])).toEqual([
      [2, 'duplicate-conflict', 'a.csv:3, a.csv:4, a.csv:6'],
      [3, 'duplicate-conflict', 'a.csv:2, a.csv:4, a.csv:6'],
      [4, 'duplicate-conflict', 'a.csv:2, a.csv:3, a.csv:6'],
      [6, 'duplicate-conflict', 'a.csv:2, a.csv:3, a.csv:4'],
    ]);
  });

  it('keeps a result whose two sources have the same marks and another mean (a mark and a primary score), the first mean, with a warning', () => {
    // the demo district's DM-01, ВПР математика 5 кл. 2025: 80 pupils, «2»–«5» 10/37/22/11; district.xlsx gives the mean
    // mark 3,43, the per-pupil export the mean primary score
    const of = (file: string, meanScore: number) => record('DM-01', 2025, 'VPR-MA-5', {
      participants: 80, failed: 10, meanScore, markCounts: { 2: 10, 3: 37, 4: 22, 5: 11 }, source: { file, sheet: null, row: 2 },
    });
    const merged = mergeDuplicates([of('district.xlsx', 3.43), of('pupils.csv', 9.61)]);
    expect(merged.records).toEqual([expect.objectContaining({ participants: 80, failed: 10, meanScore: 3.43 })]);
    expect(merged.issues.map((i) => [i.file, i.code, i.params.other, i.params.mean, i.params.kept])).toEqual([
      ['pupils.csv', 'duplicate-mean-differs', 'district.xlsx:2', 9.61, 3.43],
    ]);
  });

  it('still leaves out two sources of other participants, whatever their means', () => {
    const of = (file: string, participants: number, meanScore: number) => record('DM-01', 2025, 'VPR-MA-5', {
      participants, failed: 10, meanScore, markCounts: { 2: 10, 3: 37, 4: 22, 5: participants - 69 }, source: { file, sheet: null, row: 2 },
    });
    const merged = mergeDuplicates([of('a.csv', 80, 3.43), of('b.csv', 81, 9.61)]);
    expect(merged.records).toEqual([]);
    expect(merged.issues.map((i) => i.code)).toEqual(['duplicate-conflict', 'duplicate-conflict']);
  });
});
