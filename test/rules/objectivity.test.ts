/**
 * 1.18 from the official list of signs of non-objective ВПР results (seed 003: «Школы, не имеющие
 * признаки необъективности результатов ВПР -3 балла, имеющие признаки необъективности-0 баллов»),
 * the list of year Y deciding Y over the profile column, the profile where the list has no Y.
 */
import { describe, expect, it } from 'vitest';
import type { MarkerEntry, ObjectivityList } from '../../src/model/markers.js';
import { indicator, profile, record, score } from './score-helpers.js';

const entry = (schoolId: string, year: number, procedures: string[]): MarkerEntry => ({
  year, schoolId, schoolName: null, municipality: null, procedures, count: procedures.length, source: { file: 'm.xlsx', sheet: null, row: 2 },
});
const list = (years: number[], entries: MarkerEntry[]): ObjectivityList => ({ file: 'm.xlsx', years, entries });

// five schools with a ВПР result in 2023, the year scored
const records = ['A', 'B', 'C', 'D', 'E'].map((id) => record(id, 2023, 'VPR-RU-5', { participants: 20, failed: 2 }));
const markers = list([2022, 2023], [
  entry('A', 2023, ['VPR-RU-4', 'VPR-MA-5']), // on the list of 2023 with two procedures → signs, 0
  entry('B', 2022, ['VPR-RU-5']), // on the list of 2022 only: not of 2023 → no signs, 3
  entry('C', 2023, []), // listed for 2023 with nothing marked → no signs, 3
]);

describe('1.18 from the --markers list', () => {
  const profiles = [profile('D', { nonObjective: true }), profile('E', { nonObjective: false }), profile('A', { nonObjective: false })];
  const result = score({ records, markers, profiles, profileGiven: true });

  it('a procedure marked in the list of Y → «есть признаки», 0 points; the note names the list\'s year and the procedures', () => {
    expect(indicator(result, 'A', '1.18')).toMatchObject({ value: 1, level: 'flagged', points: 0, max: 3, lowest: true });
    expect(indicator(result, 'A', '1.18').notes).toEqual([
      { code: 'markers-listed', params: { year: 2023, procedures: 'VPR-RU-4, VPR-MA-5' } },
      { code: 'markers-profile-differs', params: { value: 'no' } }, // the profile said «нет»: the list wins
    ]);
  });

  it('absent from a list that covers Y, or listed with nothing marked → no signs, 3 points', () => {
    expect(indicator(result, 'B', '1.18')).toMatchObject({ level: 'clean', points: 3, notes: [{ code: 'markers-not-listed', params: { year: 2023 } }] });
    expect(indicator(result, 'C', '1.18')).toMatchObject({ level: 'clean', points: 3, notes: [{ code: 'markers-none-marked', params: { year: 2023 } }] });
  });

  it('the list wins over the profile column for the same year, and the note says the profile differs', () => {
    expect(indicator(result, 'D', '1.18')).toMatchObject({ level: 'clean', points: 3 });
    expect(indicator(result, 'D', '1.18').notes).toContainEqual({ code: 'markers-profile-differs', params: { value: 'yes' } });
    expect(indicator(result, 'E', '1.18').notes).toEqual([{ code: 'markers-not-listed', params: { year: 2023 } }]);
  });

  it('a year the list does not cover: the profile as without a list, with a note', () => {
    const older = list([2022], [entry('A', 2022, ['VPR-MA-5'])]);
    const fromProfile = score({ records, markers: older, profiles: [profile('D', { nonObjective: true })], profileGiven: true });
    expect(indicator(fromProfile, 'D', '1.18')).toMatchObject({ level: 'flagged', points: 0, notes: [{ code: 'markers-year-missing', params: { year: 2023 } }] });
    // A is on the 2022 list, but 2023 is scored: no profile row for A → «нет данных профиля», not 0
    expect(indicator(fromProfile, 'A', '1.18')).toMatchObject({ points: null, reason: 'no-profile', notes: [{ code: 'markers-year-missing', params: { year: 2023 } }] });
    const noProfile = score({ records, markers: older });
    expect(indicator(noProfile, 'D', '1.18')).toMatchObject({ points: null, reason: 'no-profile' });
  });

  it('the list alone scores 1.18 without a profile: A 0 of 3, B 3 of 3, in the totals', () => {
    const bare = score({ records, markers });
    const a = bare.schools.find((s) => s.schoolId === 'A')!;
    const b = bare.schools.find((s) => s.schoolId === 'B')!;
    // the other indicators with points from one ВПР РУ 5 result: 1.10 (2/20 = 10% → 1 of 3) and 1.19 (every school
    // at 10%: ИОР = (1 − 0,1) / (1 − 0,1) − 1 = 0 ≥ 0 → 3 of 3). A: 1 + 3 + 0 = 4 of 9; B: 1 + 3 + 3 = 7 of 9
    expect([a.total, a.max, b.total, b.max]).toEqual([4, 9, 7, 9]);
  });
});
