/**
 * shnor objectivity on the region's per-pupil export as published (../shared/real-exports, Altai krai,
 * ВПР 2021 математика 5 кл., 26,139 rows) with the shipped 2021 scale («3» from 7, «4» from 11, «5» from
 * 15). The figures were worked out by hand from the file's cells: of the 23,706 pupils present, one has no
 * total (row 14927) and one a total of 21 above the maximum 20 (row 24901); of the 23,704 left, 8 have
 * «нет отметки» and 23,696 a journal mark — ВПР mark below it 8,385, equal 13,640, above 1,671
 * (35,4% / 57,6% / 7,1%). School sch220093: 26 / 17 / 1 of 44 (59,1% / 38,6% / 2,3%).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadMarkers, matchMarkersToSchools } from '../../src/io/markers.js';
import { loadPupilMarks } from '../../src/io/pupil-marks.js';
import type { Issue } from '../../src/model/issues.js';
import { compareWithMarkers } from '../../src/rules/markers-agreement.js';
import { analyseObjectivity, type WorkObjectivity } from '../../src/rules/pupil-objectivity.js';

const EXPORT = '../shared/real-exports/Проведение работы по математике, 5 класс. ВПР 2021.xlsx';

describe('objectivity on «Проведение работы по математике, 5 класс. ВПР 2021.xlsx»', () => {
  let work: WorkObjectivity;
  let issues: Issue[];
  beforeAll(async () => {
    const loaded = await loadPupilMarks([EXPORT], {});
    issues = loaded.issues;
    expect(loaded.works).toHaveLength(1);
    work = analyseObjectivity(loaded.works[0]!, 'class');
  }, 60_000);

  it('the region: 8,385 / 13,640 / 1,671 of 23,696 with a journal mark and a valid score; 8 «нет отметки»', () => {
    expect(work.region.journal).toMatchObject({ compared: 23696, noJournal: 8, lowered: { count: 8385 }, confirmed: { count: 13640 }, raised: { count: 1671 } });
    expect(work.region.journal.lowered.pct).toBeCloseTo(35.39, 2);
    expect(work.region.journal.confirmed.pct).toBeCloseTo(57.56, 2);
    expect(work.region.journal.raised.pct).toBeCloseTo(7.05, 2);
    expect(work.region.schools).toBe(634);
  });

  it('«успеваемость» and «качество знаний» of the region: «2» 3,509, «3» 9,735, «4» 7,638, «5» 2,822 of 23,704 → 85,20% and 44,13%', () => {
    // counted from «всего баллов» of the rows present with a whole total 0–20: 0–6, 7–10, 11–14, 15–20
    expect(work.region.quality.marks).toEqual([3509, 9735, 7638, 2822]);
    expect(work.region.quality.success).toBeCloseTo(85.197, 3);
    expect(work.region.quality.quality).toBeCloseTo(44.128, 3);
  });

  it('leaves out the row without a total and the total above the maximum, naming row and column; 2,433 absent', () => {
    expect(issues.filter((i) => i.code !== 'absent-pupils').map((i) => [i.row, i.column, i.code])).toEqual([
      [14927, 'всего баллов', 'total-mismatch'], [24901, 'всего баллов', 'score-above-max'],
    ]);
    expect(issues.find((i) => i.code === 'absent-pupils')!.params.count).toBe(2433);
  });

  it('school sch220093: 26 / 17 / 1 of 44 (59,1% / 38,6% / 2,3%), its classes 5А and 5Б apart', () => {
    const [school, ...classes] = work.groups.filter((g) => g.schoolId === 'sch220093');
    expect(school!.journal).toMatchObject({ compared: 44, noJournal: 0, lowered: { count: 26 }, confirmed: { count: 17 }, raised: { count: 1 } });
    expect(school!.journal.lowered.pct).toBeCloseTo(59.09, 2);
    expect(school!.municipality).toBe('город Барнаул');
    // 22 «2», 10 «3», 12 «4», no «5» (the real-exports README's 22 «2» of 44): 50% and 12/44 = 27,3%
    expect(school!.quality).toMatchObject({ marks: [22, 10, 12, 0], success: 50 });
    expect(school!.quality.quality).toBeCloseTo(27.27, 2);
    expect(classes.map((c) => c.className)).toEqual(['5А', '5Б']);
    expect(classes.reduce((n, c) => n + c.journal.compared, 0)).toBe(44);
  });
});

/*
 * The official list as published (../shared/real-exports/dagestan-objectivity-markers.xlsx, Республика
 * Дагестан, «Год» 2025, logins edu05…) beside the Altai export of 2021 (logins sch22…): neither the year
 * nor a school in common, so nothing is compared and every school of the list is one note.
 */
describe('objectivity beside the official list «dagestan-objectivity-markers.xlsx»', () => {
  it('the list has no 2021: nothing compared; every school of the list is outside the export', async () => {
    const loaded = await loadPupilMarks([EXPORT], {});
    const work = analyseObjectivity(loaded.works[0]!, 'school');
    const read = await loadMarkers('../shared/real-exports/dagestan-objectivity-markers.xlsx');
    expect(read.list.years).not.toContain(2021);
    expect(read.list.entries.every((e) => !e.schoolId.toLowerCase().startsWith('sch22'))).toBe(true);
    const schools = work.groups.map((g) => ({ schoolId: g.schoolId, names: [], municipality: g.municipality, schoolType: null }));
    const matched = matchMarkersToSchools(read.list, schools);
    const outside = matched.issues.filter((i) => i.code === 'markers-outside-results');
    expect(outside.reduce((n, i) => n + Number(i.params.count), 0)).toBe(read.list.entries.length);
    expect(compareWithMarkers(work, matched.list)).toEqual({ covered: false, bySchool: new Map(), counts: { both: 0, computed: 0, official: 0, neither: 0 } });
  }, 60_000);
});
