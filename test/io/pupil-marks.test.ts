/**
 * The per-pupil reader of `objectivity` (src/io/pupil-marks.ts) on a small export of the real shape,
 * scale ВПР 2021 математика 5 кл. («3» from 7, «4» from 11, «5» from 15, maximum 20). Each row below
 * says what it must give.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { loadPupilMarks } from '../../src/io/pupil-marks.js';
import { removeTempDirs, writeTemp } from './helpers.js';

const NAME = 'Проведение работы по математике, 5 класс. ВПР 2021.csv';
const HEADER = 'логин школы;регион;код обучающегося;отметка за предыдущую четверть/триместр;класс;вариант;всего баллов;балл за 1;балл за 2';
const ROWS = [
  // row 2: journal «4», total 9 → «3»: понизили
  'sch220001;город Барнаул;50001;4;а;1;9;5;4',
  // row 3: «3», 7 → «3»: подтвердили
  'sch220001;город Барнаул;50002;3;а;1;7;4;3',
  // row 4: «3», 11 → «4»: повысили — the total as written although its cells add up to 10 (the mark rests on the total)
  'sch220001;город Барнаул;50003;3;б;2;11;5;5',
  // row 5: «нет отметки», 15 → no journal mark, in the distribution
  'sch220001;город Барнаул;50004;нет отметки;б;2;15;10;5',
  // row 6: «зачёт» → reported, no journal mark
  'sch220001;город Барнаул;50005;зачёт;б;1;3;1;2',
  // row 7: a blank total beside points → reported, left out
  'sch220001;город Барнаул;50006;4;б;1;;2;3',
  // row 8: 21 above the maximum 20 → reported, left out
  'sch220001;город Барнаул;50007;5;б;1;21;11;10',
  // row 9: absent by the variant; row 10: absent by nothing but «Н» and blanks
  'sch220001;город Барнаул;50008;4;б;отсутствовал;;;',
  'sch220001;город Барнаул;50009;4;б;1;;Н;',
];

describe('loadPupilMarks', () => {
  afterAll(removeTempDirs);

  it('counts per school and class, the total as written, no journal mark apart, and names every row left out', async () => {
    const path = await writeTemp(NAME, [HEADER, ...ROWS].join('\n'));
    const { works, issues } = await loadPupilMarks([path], {});
    expect(works).toHaveLength(1);
    expect(works[0]).toMatchObject({ procedure: 'VPR-MA-5', year: 2021, scale: { min3: 7, max: 20 } });
    const [a, b] = works[0]!.groups;
    expect(a).toMatchObject({ schoolId: 'sch220001', className: '5А', municipality: 'город Барнаул', lowered: 1, confirmed: 1, raised: 0, noJournal: 0 });
    expect(b).toMatchObject({ className: '5Б', lowered: 0, confirmed: 0, raised: 1, noJournal: 2 });
    expect(b!.scores[11]).toBe(1);
    expect(b!.scores[15]).toBe(1);
    expect(b!.scores[3]).toBe(1);
    expect(b!.scores.reduce((x, y) => x + y, 0)).toBe(3);
    expect(issues.map((i) => [i.row, i.column, i.code])).toEqual([
      [6, 'отметка за предыдущую четверть/триместр', 'bad-journal-mark'],
      [7, 'всего баллов', 'total-mismatch'],
      [8, 'всего баллов', 'score-above-max'],
      [null, null, 'absent-pupils'],
    ]);
    expect(issues.at(-1)!.params.count).toBe(2);
  });

  it('a file whose work has no scale: refused, naming the scale', async () => {
    const path = await writeTemp('Проведение работы по математике, 5 класс. ВПР 2019.csv', [HEADER, ROWS[0]].join('\n'));
    await expect(loadPupilMarks([path], {})).rejects.toMatchObject({ code: 'no-scale', params: { procedure: 'VPR-MA-5', year: 2019 } });
  });
});
