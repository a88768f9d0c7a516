/**
 * `check --markers`: the official list of signs of non-objective ВПР results beside the signs the
 * data checks compute (src/rules/check-markers.ts), each value worked out by hand below.
 */
import { describe, expect, it } from 'vitest';
import { setLang } from '../../src/messages/index.js';
import type { MarkerEntry, ObjectivityList } from '../../src/model/markers.js';
import { selectProcedures } from '../../src/model/procedure-sets.js';
import { checkParams, dataChecks } from '../../src/rules/check.js';
import { classifySchools } from '../../src/rules/fioko.js';
import { checkMessage } from '../../src/report/check/report.js';
import { record } from './score-helpers.js';

const r = (school: string, year: number, procedure: string, failed: number, participants = 20) => record(school, year, procedure, { participants, failed });
const entry = (schoolId: string, procedures: string[], year = 2021): MarkerEntry => ({
  year, schoolId, schoolName: null, municipality: null, procedures, count: procedures.length, source: { file: 'm.xlsx', sheet: null, row: 2 },
});

// The default swing threshold is 10 pp; every school has 20 participants in both years (no participants-change).
const RECORDS = [
  r('A', 2020, 'VPR-MA-5', 1), r('A', 2021, 'VPR-MA-5', 9), //  5% → 45%: +40 pp, p = 0,0035 (20 each year): a swing
  r('B', 2020, 'VPR-MA-5', 2), r('B', 2021, 'VPR-MA-5', 2), //  10% → 10%: no sign
  r('C', 2021, 'VPR-RU-4', 2), //                              ВПР 4 is outside the default (fioko) set
  r('D', 2020, 'VPR-MA-5', 2), r('D', 2021, 'VPR-MA-5', 2), //  no ВПР РУ 5 result at all
  r('E', 2020, 'VPR-MA-5', 2), r('E', 2021, 'VPR-MA-5', 2), r('E', 2020, 'VPR-RU-5', 1), r('E', 2021, 'VPR-RU-5', 8), // РУ 5: 5% → 40%, +35 pp, p = 0,008
  r('F', 2020, 'VPR-RU-6', 0), r('F', 2021, 'VPR-RU-6', 6), //  0% → 30%: +30 pp
  r('G', 2020, 'OGE-MA', 3, 30), r('G', 2021, 'OGE-MA', 12, 30), // 10% → 40%: +30 pp, p = 0,0073, an ОГЭ swing
];
const LIST: ObjectivityList = {
  file: 'm.xlsx', years: [2021],
  entries: [entry('A', ['VPR-MA-5']), entry('B', ['VPR-MA-5']), entry('C', ['VPR-RU-4']), entry('D', ['VPR-RU-5']), entry('E', ['VPR-MA-5']), entry('X', ['VPR-MA-5'])],
};

function checksWith(list: ObjectivityList) {
  const classification = classifySchools(RECORDS, { year: 2021, threshold: 30, sameProcedure: false, selection: selectProcedures('fioko'), minParticipants: 1, smallSample: 10 });
  return dataChecks(RECORDS, classification, [], { ...checkParams.parse({}), smallSample: 10 }, [], list);
}

describe('check with the list of signs of non-objective results', () => {
  setLang('ru');
  const checks = checksWith(LIST);

  it('gives each school of the data on the list of Y, per marked procedure, what the data say there', () => {
    const listed = checks.filter((c) => c.code === 'objectivity-listed').map((c) => [c.schoolId, c.procedure, c.year, c.params.state, c.params.signs]);
    expect(listed).toEqual([
      ['A', 'VPR-MA-5', 2021, 'signs', 'objectivity-swing'], // the computed swing too
      ['B', 'VPR-MA-5', 2021, 'no-signs', ''], // a result with no sign
      ['C', 'VPR-RU-4', 2021, 'not-checked', ''], // a result outside the checked set
      ['D', 'VPR-RU-5', 2021, 'no-results', ''], // no result of the procedure
      ['E', 'VPR-MA-5', 2021, 'no-signs', ''],
    ]); // X is on the list but not in the data: nothing here (reading notes it)
    expect(checks.every((c) => c.level === 'warning')).toBe(true);
  });

  it('says beside each computed ВПР sign whether the list has the school for that procedure, for others, or not at all', () => {
    const swings = checks.filter((c) => c.code === 'objectivity-swing').map((c) => [c.schoolId, c.procedure, c.params.onList ?? null]);
    expect(swings).toEqual([['A', 'VPR-MA-5', 'yes'], ['E', 'VPR-RU-5', 'other'], ['F', 'VPR-RU-6', 'no'], ['G', 'OGE-MA', null]]);
  });

  it('puts it into words', () => {
    const of = (code: string, school: string) => checkMessage(checks.find((c) => c.code === code && c.schoolId === school)!, 'ru');
    expect(of('objectivity-listed', 'A')).toBe('в официальном списке признаков необъективности 2021 г.; признак виден и в этих данных: резкое изменение доли «2»');
    expect(of('objectivity-listed', 'D')).toBe('в официальном списке признаков необъективности 2021 г.; результатов процедуры в этих данных нет');
    expect(of('objectivity-swing', 'F')).toBe(
      // 0/20 → 6/20: pooled 6/40 = 0,15, se = √(0,15 · 0,85 · 0,1) = 0,11292, z = 0,3/0,11292 = 2,657, p = 0,0079
      'признак необъективности (проверить): доля «2» 0% в 2019/2020 уч. г. → 30% в 2020/2021 уч. г. (+30 п.п.: 0 из 20 → 6 из 20; z-тест двух долей, p = 0,008); ' +
        'в официальном списке признаков необъективности 2021 г. школы нет',
    );
    expect(of('objectivity-swing', 'E')).toMatch(/; в официальном списке признаков необъективности 2021 г\. школа есть, но по другим процедурам$/);
  });

  it('a list without the target year: one note, and no computed sign annotated', () => {
    const older = checksWith({ ...LIST, years: [2020], entries: LIST.entries.map((e) => ({ ...e, year: 2020 })) });
    expect(older.filter((c) => c.code === 'objectivity-listed')).toEqual([]);
    expect(older.filter((c) => c.params.onList !== undefined)).toEqual([]);
    const note = older.find((c) => c.code === 'objectivity-list-year')!;
    expect(note).toMatchObject({ level: 'warning', schoolId: null, params: { listYear: '2021', years: '2020' } });
    expect(checkMessage(note, 'ru')).toBe('в списке признаков необъективности нет записей за 2021 г. (есть: 2020 г.): сверки со списком нет');
  });
});
