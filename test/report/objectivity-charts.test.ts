/**
 * objectivity's charts (src/report/objectivity/charts.ts) on tallies worked by hand. The scale is ВПР
 * 2021 математика 5 кл.: «3» from 7, «4» from 11, «5» from 15, maximum 20.
 * School sch220001 (25 pupils): 8 at 7 points with journal «4» (понизили), 5 at 15 with «5»
 * (подтвердили), 11 at 15 with «4» (повысили), 1 at 15 without a journal mark: of 24 with a mark
 * 8/24 = 33,3%, 5/24 = 20,8%, 11/24 = 45,8%; by score 8/25 = 32% at 7, 17/25 = 68% at 15.
 * sch220002: 2 at 7 and 188 at 12, all подтвердили. sch220003: 2 at 7, 23 at 12. The region: 240
 * pupils — at 7 points 12/240 = 5%, at 12 211/240 = 87,9%, at 15 17/240 = 7,1%; 239 with a mark:
 * 8/239 = 3,3% понизили, 220/239 = 92,1% подтвердили, 11/239 = 4,6% повысили.
 */
import { describe, expect, it } from 'vitest';
import type { PupilGroupTally, PupilWork } from '../../src/model/pupil-marks.js';
import { scaleFor, SHIPPED_SCALES } from '../../src/model/scales.js';
import { analyseObjectivity } from '../../src/rules/pupil-objectivity.js';
import { histogramSchools, journalChart, MAX_HISTOGRAMS, scoreHistogram } from '../../src/report/objectivity/charts.js';
import { MAX_SCHOOLS_DRAWN, renderSvg } from '../../src/report/charts.js';

const SCALE = scaleFor(SHIPPED_SCALES, 'VPR-MA-5', 2021)!;

function group(schoolId: string, municipality: string, counts: [number, number, number, number], scores: [number, number][]): PupilGroupTally {
  const histogram = new Array<number>(SCALE.max + 1).fill(0);
  for (const [score, pupils] of scores) histogram[score]! += pupils;
  const [lowered, confirmed, raised, noJournal] = counts;
  return { schoolId, schoolName: null, municipality, className: null, lowered, confirmed, raised, noJournal, scores: histogram };
}

const WORK: PupilWork = {
  procedure: 'VPR-MA-5', year: 2021, scale: SCALE,
  groups: [
    group('sch220001', 'город Барнаул', [8, 5, 11, 1], [[7, 8], [15, 17]]),
    group('sch220002', 'Алейский район', [0, 190, 0, 0], [[7, 2], [12, 188]]),
    group('sch220003', 'город Барнаул', [0, 25, 0, 0], [[7, 2], [12, 23]]),
  ],
};

type Values = { values: Record<string, unknown>[] };
const dataOf = (spec: unknown) => ((spec as { data: Values }).data.values);

describe('journalChart', () => {
  const analysed = analyseObjectivity(WORK, 'school');
  const chart = journalChart(analysed, 'ru')!;
  const bars = dataOf(chart.spec) as { row: string; part: string; pct: number }[];
  const of = (row: string) => bars.filter((b) => b.row === row).map((b) => [b.part, b.pct]);

  it('draws the region, the municipalities of the schools (by name) and every school, in that order', () => {
    expect([...new Set(bars.map((b) => b.row))]).toEqual(['Регион', 'Алейский район', 'город Барнаул', 'sch220001', 'sch220002', 'sch220003']);
  });

  it('stacks понизили / подтвердили / повысили as shares of the pupils with a journal mark', () => {
    expect(of('sch220001')).toEqual([['Понизили', 33.3], ['Подтвердили', 20.8], ['Повысили', 45.8]]);
    expect(of('Регион')).toEqual([['Понизили', 3.3], ['Подтвердили', 92.1], ['Повысили', 4.6]]);
    expect(of('sch220002')).toEqual([['Понизили', 0], ['Подтвердили', 100], ['Повысили', 0]]);
  });

  it('keeps the schools with a sign, highest share повысили first, when a region has more schools than a chart holds', () => {
    // 60 schools of 20 pupils, all подтвердили; sch9 with 12 повысили of 20, sch1 with 9: both signs against the region
    const many: PupilWork = {
      ...WORK,
      groups: Array.from({ length: 60 }, (_, i) => {
        const raised = i === 9 ? 12 : i === 1 ? 9 : 0;
        return group(`sch${i}`, `район ${i % 5}`, [0, 20 - raised, raised, 0], [[12, 20]]);
      }),
    };
    const drawn = journalChart(analyseObjectivity(many, 'school'), 'ru')!;
    expect([...new Set((dataOf(drawn.spec) as { row: string }[]).map((b) => b.row))]).toEqual(['Регион', 'sch9', 'sch1']);
    expect(drawn.title).toContain('показаны школы с признаками: 2 из 60');
    expect(60).toBeGreaterThan(MAX_SCHOOLS_DRAWN);
  });
});

describe('histograms', () => {
  const analysed = analyseObjectivity(WORK, 'school');

  it('draws every school of a few', () => {
    expect(histogramSchools(analysed).map((g) => g.schoolId)).toEqual(['sch220001', 'sch220002', 'sch220003']);
  });

  it('of many, only the schools with a spike at the «3» boundary, lowest p first, at most MAX_HISTOGRAMS', () => {
    // 16 schools of 20: school i has 6 + (i mod 7) pupils at 7 points, the rest at 12; 10 ordinary schools of 200 at 12.
    // The region: 139 of 2,320 at the boundary = 6%; even 6 of 20 is a sign (P(X ≥ 6 | 20, 0,06) ≈ 0,002)
    const spiky = Array.from({ length: 16 }, (_, i) => group(`spk${String(i).padStart(2, '0')}`, 'р', [0, 20, 0, 0], [[7, 6 + (i % 7)], [12, 14 - (i % 7)]]));
    const plain = Array.from({ length: 10 }, (_, i) => group(`pln${i}`, 'р', [0, 200, 0, 0], [[12, 200]]));
    const chosen = histogramSchools(analyseObjectivity({ ...WORK, groups: [...spiky, ...plain] }, 'school'));
    expect(chosen).toHaveLength(MAX_HISTOGRAMS);
    expect(chosen.every((g) => g.schoolId.startsWith('spk'))).toBe(true);
    // the most at the boundary (12 of 20: spk06 and spk13) have the lowest p and come first
    expect(chosen.slice(0, 2).map((g) => g.schoolId)).toEqual(['spk06', 'spk13']);
  });

  it('gives the school a bar per score and the region a line, as shares of pupils with a score, and marks the boundaries', () => {
    const chart = scoreHistogram(analysed, analysed.groups[0]!, 'ru');
    const layers = (chart.spec as unknown as { layer: ({ data: Values })[] }).layer;
    const school = layers[0]!.data.values as { score: number; pct: number }[];
    const region = layers[1]!.data.values as { score: number; pct: number }[];
    expect(school).toHaveLength(21);
    expect(school.find((b) => b.score === 7)!.pct).toBe(32);
    expect(school.find((b) => b.score === 15)!.pct).toBe(68);
    expect(region.find((b) => b.score === 7)!.pct).toBe(5);
    expect(region.find((b) => b.score === 12)!.pct).toBe(87.9);
    expect(region.find((b) => b.score === 15)!.pct).toBe(7.1);
    // the boundary lines stand between the last score of a mark and the first of the next
    expect(layers[2]!.data.values).toEqual([{ score: 6.5, mark: '«3»' }, { score: 10.5, mark: '«4»' }, { score: 14.5, mark: '«5»' }]);
  });

  it('renders to SVG with the boundary labels and the axis titles', async () => {
    const svg = await renderSvg(scoreHistogram(analysed, analysed.groups[0]!, 'ru'));
    for (const text of ['«3»', '«4»', '«5»', 'Первичный балл', 'Доля учеников, %', 'sch220001']) expect(svg).toContain(text);
  });
});
