import { describe, expect, it } from 'vitest';
import type { Mark, ResultRecord } from '../../src/model/records.js';
import type { ReferenceValue } from '../../src/model/reference.js';
import { qualityOfMarks, qualityOfShares, qualityTable } from '../../src/rules/mark-quality.js';

function result(schoolId: string, procedure: string, counts: Partial<Record<Mark, number>>, municipality = 'Демонстрационный район'): ResultRecord {
  return {
    schoolId, schoolName: null, municipality, schoolType: null, year: 2023, procedure, participants: null, failed: counts[2] ?? null, failPct: null,
    markCounts: counts, markPcts: {}, meanScore: null, highCount: null, scoreHistogram: null, source: { file: 'district.csv', sheet: null, row: 2 },
  };
}

// fixtures/demo/district-cp1251.csv, 2023: DM-01 ВПР русский язык 5 кл. «2» 8, «3» 38, «4» 30, «5» 11 (87);
// DM-02 the same work 2 / 26 / 26 / 20 (74); DM-01 ЕГЭ профильная математика gives no marks.
const dm01 = result('DM-01', 'ВПР-РУ-5', { 2: 8, 3: 38, 4: 30, 5: 11 });
const dm02 = result('DM-02', 'ВПР-РУ-5', { 2: 2, 3: 26, 4: 26, 5: 20 });
const noMarks = result('DM-01', 'ЕГЭ-МА-П', {});

describe('qualityOfMarks', () => {
  it('DM-01: успеваемость 79/87 = 90,80%, качество знаний 41/87 = 47,13%', () => {
    const q = qualityOfMarks([8, 38, 30, 11]);
    expect(q.success).toBeCloseTo(90.8046, 3);
    expect(q.quality).toBeCloseTo(47.1264, 3);
  });
  it('a work nobody wrote has no shares', () => {
    expect(qualityOfMarks([0, 0, 0, 0])).toEqual({ marks: [0, 0, 0, 0], success: null, quality: null });
  });
  it('all «2»: успеваемость and качество 0', () => {
    expect(qualityOfMarks([5, 0, 0, 0])).toMatchObject({ success: 0, quality: 0 });
  });
});

describe('qualityTable', () => {
  it('one row per result with counts, the municipality the sum of its schools: 10/64/56/31 of 161 → 151/161 = 93,79%, 87/161 = 54,04%', () => {
    const table = qualityTable([dm01, noMarks, dm02], () => true);
    expect(table.schools.map((s) => s.schoolId)).toEqual(['DM-01', 'DM-02']);
    expect(table.schools[1]!.quality.success).toBeCloseTo(97.2973, 3); // 72/74
    expect(table.schools[1]!.quality.quality).toBeCloseTo(62.1622, 3); // 46/74
    expect(table.municipalities).toHaveLength(1);
    const m = table.municipalities[0]!;
    expect(m).toMatchObject({ municipality: 'Демонстрационный район', procedure: 'ВПР-РУ-5', year: 2023, schools: 2 });
    expect(m.quality.marks).toEqual([10, 64, 56, 31]);
    expect(m.quality.success).toBeCloseTo(93.7888, 3);
    expect(m.quality.quality).toBeCloseTo(54.0373, 3);
  });
  it('a result lacking one count is left out; an input with no counts gives an empty table', () => {
    expect(qualityTable([result('X', 'ВПР-РУ-5', { 2: 1, 3: 2, 4: 3 })], () => true)).toEqual({ schools: [], municipalities: [], regions: [] });
    expect(qualityTable([noMarks], () => true)).toEqual({ schools: [], municipalities: [], regions: [] });
  });
  it('keeps only what is asked for', () => {
    expect(qualityTable([dm01, dm02], (r) => r.schoolId === 'DM-02').municipalities[0]!.quality.marks).toEqual([2, 26, 26, 20]);
  });
});

describe('the region from the reference\'s shares of marks', () => {
  const region = (procedure: string, markPcts?: [number, number, number, number], level: ReferenceValue['level'] = 'region'): ReferenceValue => ({
    year: 2023, procedure, meanScore: null, failPct: markPcts?.[0] ?? null, level, municipality: null, ...(markPcts ? { markPcts } : {}),
  });

  it('10 / 40 / 35 / 15: успеваемость 100 − 10 = 90%, качество 35 + 15 = 50%', () => {
    expect(qualityOfShares([10, 40, 35, 15])).toEqual({ success: 90, quality: 50 });
  });

  it('12,4 / 41,3 / 33,2 / 13,2 (adding up to 100,1): успеваемость 100 − 12,4 = 87,6%, not the sum 87,7; качество 46,4%', () => {
    expect(qualityOfShares([12.4, 41.3, 33.2, 13.2])).toEqual({ success: 87.6, quality: 46.4 });
  });

  it('a row for the works with schools only, region level only, the first of two', () => {
    const reference = [
      region('ВПР-РУ-5', [10, 40, 35, 15]),
      region('ВПР-РУ-5', [20, 40, 30, 10]), // a second row of the same work: the first is kept
      region('ВПР-МА-5', [5, 45, 35, 15]), // no school wrote it
      region('ЕГЭ-МА-П'), // no shares
    ];
    expect(qualityTable([dm01, dm02, noMarks], () => true, reference).regions).toEqual([
      { year: 2023, procedure: 'ВПР-РУ-5', shares: [10, 40, 35, 15], success: 90, quality: 50 },
    ]);
    expect(qualityTable([dm01], () => true, [region('ВПР-РУ-5', [10, 40, 35, 15], 'district')]).regions).toEqual([]);
  });
});
