import { describe, expect, it } from 'vitest';
import { find, readRows } from './harness.js';

describe('students layout', () => {
  it('tallies pupils per school × procedure × year', () => {
    const { records, outcome } = readRows([
      ['school_id', 'year', 'procedure', 'mark'],
      ['S', '2021', 'VPR-MA-5', '2'],
      ['S', '2021', 'VPR-MA-5', '3'],
      ['S', '2021', 'VPR-MA-5', '5'],
      ['S', '2021', 'VPR-MA-5', '2'],
      ['S', '2020', 'VPR-MA-5', '4'],
    ]);
    expect(outcome.layout).toBe('students');
    // 2 of 4 pupils got «2»; mean mark (2+3+5+2)/4 = 3
    expect(find(records, 'S', 'VPR-MA-5')).toMatchObject({ year: 2021, participants: 4, failed: 2, meanScore: 3, markCounts: { 2: 2, 3: 1, 4: 0, 5: 1 } });
    expect(records).toHaveLength(2);
  });

  it('keeps tallies apart when schools, procedures and years alternate row by row', () => {
    const { records } = readRows([
      ['school_id', 'year', 'procedure', 'mark'],
      ['A', '2021', 'OGE-MA', '2'],
      ['B', '2021', 'OGE-MA', '5'],
      ['A', '2021', 'OGE-RU', '2'],
      ['A', '2020', 'OGE-MA', '4'],
      ['A', '2021', 'OGE-MA', '3'],
      ['B', '2021', 'OGE-MA', '2'],
    ]);
    // A/OGE-MA/2021: marks 2, 3 → 1 of 2 failing; B/OGE-MA/2021: 5, 2 → 1 of 2; A/OGE-RU: 1 of 1; A/2020: 0 of 1
    expect(records.filter((r) => r.schoolId === 'A' && r.procedure === 'OGE-MA' && r.year === 2021)).toEqual([
      expect.objectContaining({ participants: 2, failed: 1, source: expect.objectContaining({ row: 2 }) }),
    ]);
    expect(find(records, 'B', 'OGE-MA')).toMatchObject({ participants: 2, failed: 1 });
    expect(find(records, 'A', 'OGE-RU')).toMatchObject({ participants: 1, failed: 1 });
    expect(records.find((r) => r.schoolId === 'A' && r.year === 2020)).toMatchObject({ participants: 1, failed: 0 });
    expect(records).toHaveLength(4);
  });

  it('decides ЕГЭ профильная by the minimum score 27, ЕГЭ русский by 24', () => {
    const { records } = readRows([
      ['school_id', 'year', 'procedure', 'mark', 'score'],
      ['S', '2021', 'EGE-MA-P', '', '26'],
      ['S', '2021', 'EGE-MA-P', '', '27'],
      ['S', '2021', 'EGE-MA-P', '', '82'],
      ['S', '2021', 'EGE-RU', '', '23'],
      ['S', '2021', 'EGE-RU', '', '24'],
    ]);
    // 26 < 27 fails; 27 passes; 82 ≥ 80 is a high result; mean (26+27+82)/3 = 45
    expect(find(records, 'S', 'EGE-MA-P')).toMatchObject({ participants: 3, failed: 1, highCount: 1, meanScore: 45 });
    expect(find(records, 'S', 'EGE-RU')).toMatchObject({ participants: 2, failed: 1 });
  });

  it('counts ЕГЭ graduates once by student_id: failing any subject makes a failed graduate (R5)', () => {
    const { graduates } = readRows([
      ['school_id', 'student_id', 'year', 'procedure', 'mark', 'score'],
      ['S', 'p1', '2023', 'EGE-RU', '', '70'],
      ['S', 'p1', '2023', 'EGE-MA-P', '', '20'], // p1 fails профильная (20 < 27)
      ['S', 'p2', '2023', 'EGE-RU', '', '60'],
      ['S', 'p2', '2023', 'EGE-MA-B', '2', ''], // p2 fails базовая by «2»
      ['S', 'p3', '2023', 'EGE-RU', '', '80'],
      ['S', 'p3', '2023', 'EGE-MA-B', '4', ''],
      ['S', 'p4', '2023', 'OGE-MA', '2', ''], // ОГЭ is not ЕГЭ: not a graduate
    ]);
    // three graduates (p1, p2, p3), two failed one subject each
    expect(graduates).toEqual([{ schoolId: 'S', year: 2023, graduates: 3, failed: 2 }]);
  });

  it('reports a mark outside 2–5 and leaves the pupil out', () => {
    const { records, issues } = readRows([
      ['school_id', 'year', 'procedure', 'mark'],
      ['S', '2021', 'OGE-RU', '6'],
      ['S', '2021', 'OGE-RU', '4'],
    ]);
    expect(issues).toEqual([expect.objectContaining({ row: 2, column: 'mark', code: 'bad-mark' })]);
    expect(records[0]).toMatchObject({ participants: 1, failed: 0 });
  });
});
