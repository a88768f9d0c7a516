import { describe, expect, it } from 'vitest';
import { mergeParts } from '../../../src/io/tasks/merge-parts.js';
import type { TaskResultRecord } from '../../../src/model/tasks.js';

/** A record of task 1 (max 2) and task 2 (max 1): [points, answered, zeros] each. */
function record(schoolId: string, part: { className?: string; teacher?: string }, participants: number, row: number, t1: [number | null, number, number], t2: [number | null, number, number]): TaskResultRecord {
  const cell = (task: string, max: number, [points, answered, zeros]: [number | null, number, number]) => ({ task, max, points, answered, zeros, success: null, notTaught: 0 });
  return {
    procedure: 'VPR-MA-5', year: 2023, level: 'school', schoolId, name: null, municipality: null,
    className: part.className ?? null, teacher: part.teacher ?? null, participants,
    tasks: [cell('1', 2, t1), cell('2', 1, t2)], source: { file: 'p.csv', sheet: null, row },
  };
}

describe('mergeParts', () => {
  it('sums a school met in two parts; a task nobody answered in either stays without points', () => {
    const first = [record('S1', {}, 3, 2, [4, 3, 1], [null, 0, 0]), record('S1', { className: '5Б' }, 3, 2, [4, 3, 1], [null, 0, 0])];
    const second = [record('S1', {}, 2, 70, [1, 2, 1], [null, 0, 0]), record('S1', { className: '5А' }, 2, 70, [1, 2, 1], [null, 0, 0]), record('S2', {}, 1, 72, [2, 1, 0], [1, 1, 0])];
    const merged = mergeParts([first, second]);
    // S1: 3 + 2 pupils; task 1: 4 + 1 points of 3 + 2 answered (success later 5 / (2 × 5) = 50 %), 1 + 1 zeros
    expect(merged.map((r) => [r.schoolId, r.className, r.participants, r.source.row])).toEqual([
      ['S1', null, 5, 2], ['S1', '5А', 2, 70], ['S1', '5Б', 3, 2], ['S2', null, 1, 72],
    ]);
    expect(merged[0]!.tasks.map((t) => [t.points, t.answered, t.zeros])).toEqual([[5, 5, 2], [null, 0, 0]]);
  });

  it('keeps the order one read gives: the whole school, its classes, then its teachers, each in Russian order', () => {
    const part = (className?: string, teacher?: string) => record('S1', { className, teacher }, 1, 2, [1, 1, 0], [1, 1, 0]);
    const merged = mergeParts([[part(), part('10А'), part(undefined, 'Петров')], [part(), part('5А'), part(undefined, 'Иванова')]]);
    expect(merged.map((r) => r.className ?? r.teacher ?? 'школа')).toEqual(['школа', '5А', '10А', 'Иванова', 'Петров']);
  });

  it('adds the marks where both parts have them', () => {
    const withMarks = (marked: number, sum: number, failed: number) => ({ ...record('S1', {}, marked, 2, [1, 1, 0], [1, 1, 0]), marks: { marked, sum, failed } });
    // marks 3, 2 | 4, 2, 5: 5 marked, Σ 16, two «2»
    expect(mergeParts([[withMarks(2, 5, 1)], [withMarks(3, 11, 1)]])[0]!.marks).toEqual({ marked: 5, sum: 16, failed: 2 });
  });
});
