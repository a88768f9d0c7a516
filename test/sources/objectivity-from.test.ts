/**
 * score --objectivity-from computed on the region's per-pupil export as published (../shared/real-exports,
 * Altai krai, ВПР 2021 математика 5 кл., 634 schools) with the 2021 scale of the same folder. 1.18 must
 * flag exactly the schools whose school row shows a sign in the objectivity analysis of the same file
 * (docs/rules.md: 41 «повысили» and 52 at the «3» boundary, no school with both — 93), and call every
 * other school clean; those with fewer than 20 pupils compared and scored (634 − 341 tested = 293)
 * untested. Measured 2026-12-03: 93 flagged, 541 clean, 293 of them untested.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadPupilMarks } from '../../src/io/pupil-marks.js';
import { readScales } from '../../src/app/inputs.js';
import { analyseObjectivity, OBJECTIVITY_MIN_PUPILS, type WorkObjectivity } from '../../src/rules/pupil-objectivity.js';
import { runCommandJson } from '../app/run.js';

const EXPORT = '../shared/real-exports/Проведение работы по математике, 5 класс. ВПР 2021.xlsx';
const SCALES = '../shared/real-exports/vpr-scales-2021.csv';

interface ScoreJson {
  schools: { schoolId: string; indicators: { id: string; points: number | null; note: string | null }[] }[];
  objectivitySource: { source: string };
}

describe('score --objectivity-from computed on «Проведение работы по математике, 5 класс. ВПР 2021.xlsx»', () => {
  let json: ScoreJson;
  let work: WorkObjectivity;
  beforeAll(async () => {
    const scales = await readScales(SCALES);
    const loaded = await loadPupilMarks([EXPORT], { scales: scales.scales });
    work = analyseObjectivity(loaded.works[0]!, 'school');
    const run = await runCommandJson<ScoreJson>('score', { inputs: [EXPORT], scales: SCALES, year: 2021, objectivityFrom: 'computed' });
    expect(run.result.code, run.result.stderr).toBe(0);
    json = run.json;
  }, 120_000);

  const points = (points: number) => json.schools.filter((s) => s.indicators.find((i) => i.id === '1.18')!.points === points).map((s) => s.schoolId).sort();

  it('flags the 93 schools with a sign (41 + 52) and no other; 541 clean', () => {
    const signs = work.groups.filter((g) => g.signs.length > 0).map((g) => g.schoolId).sort();
    expect([work.found.raised, work.found.spike, signs.length]).toEqual([41, 52, 93]);
    expect(points(0)).toEqual(signs);
    expect(points(3)).toHaveLength(634 - 93);
    expect(json.objectivitySource.source).toBe('computed');
  });

  it('the 293 schools no sign was tested on (fewer than 20 pupils) are clean and say so', () => {
    const untested = work.groups.filter((g) => g.journal.compared < OBJECTIVITY_MIN_PUPILS && g.distribution.scored < OBJECTIVITY_MIN_PUPILS).map((g) => g.schoolId);
    expect(untested).toHaveLength(634 - 341);
    const notes = new Map(json.schools.map((s) => [s.schoolId, s.indicators.find((i) => i.id === '1.18')!]));
    for (const id of untested) expect(notes.get(id)).toMatchObject({ points: 3, note: expect.stringContaining('признаки не проверялись') });
  });
});
