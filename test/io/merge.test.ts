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
});
