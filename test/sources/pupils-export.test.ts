/**
 * The region's per-pupil ВПР export as published (../shared/real-exports, Altai krai, ВПР 2021
 * математика 5 кл.: 26,139 rows, no mark column) read end to end by the pupils layout through the
 * shipped 2021 scale («2» for 0–6 primary points).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadResults, type LoadResult } from '../../src/io/load.js';
import { DEFAULT_MIN_SCORES } from '../../src/model/min-scores.js';

const EXPORT = '../shared/real-exports/Проведение работы по математике, 5 класс. ВПР 2021.xlsx';

describe('Проведение работы по математике, 5 класс. ВПР 2021.xlsx', () => {
  let loaded: LoadResult;
  beforeAll(async () => {
    loaded = await loadResults([EXPORT], { year: null, minScores: DEFAULT_MIN_SCORES });
  }, 60_000);

  it('gives one ВПР Математика 5 кл. 2021 result per school that had a pupil present: 634', () => {
    expect(loaded.records).toHaveLength(634);
    expect(new Set(loaded.records.map((r) => `${r.procedure} ${r.year}`))).toEqual(new Set(['VPR-MA-5 2021']));
  });

  it('school sch220093: 22 «2» of 44 present pupils (50%), as the real-exports README counts it', () => {
    expect(loaded.records.find((r) => r.schoolId === 'sch220093')).toMatchObject({ participants: 44, failed: 22, municipality: 'город Барнаул' });
  });

  it('counts the 2,433 rows «отсутствовал» as absent, never as participants', () => {
    expect(loaded.issues.filter((i) => i.code === 'absent-pupils').map((i) => i.params.count)).toEqual([2433]);
  });

  it('leaves out exactly the 9 rows whose task cells do not add up to «всего баллов», naming row and column', () => {
    // found by summing each present row's task cells (X and H as 0) against its total: 15≠14, 10≠9, an empty
    // total beside 5 points, five rows of one school where «не пройд.» cells were counted in the total, 2≠3
    const rejected = loaded.issues.filter((i) => i.code !== 'absent-pupils');
    expect(rejected.map((i) => [i.row, i.column, i.code])).toEqual(
      [1135, 1142, 14927, 24901, 24902, 24903, 24904, 24905, 25131].map((row) => [row, 'всего баллов', 'total-mismatch']),
    );
  });

  it('region: 23,697 participants, 3,508 «2»', () => {
    const sum = (field: 'participants' | 'failed') => loaded.records.reduce((total, r) => total + r[field]!, 0);
    // 26,139 rows − 2,433 absent − 9 left out
    expect(sum('participants')).toBe(23697);
    // totals 0–6 in «всего баллов»: 155 + 395 + 562 + 692 + 675 + 561 + 469 = 3,509, less row 25131 (total 2, left out)
    expect(sum('failed')).toBe(3508);
  });
});
