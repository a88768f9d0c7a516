/**
 * Charts bounded at region scale (report/charts.ts): at most MAX_SCHOOLS_DRAWN (50) schools drawn
 * one by one; beyond, the failing shares as a histogram of 5-point bands and the heat map's rows
 * the schools furthest below the reference. Values worked out by hand.
 */
import { describe, expect, it } from 'vitest';
import { furthestBelow, MAX_SCHOOLS_DRAWN, shareBands, sharesBySchool, taskHeatmap, type GapCell, type ShareBar } from '../../src/report/charts.js';

const AXES = { share: 'Доля «2», %', schools: 'Школ', banded: (schools: number, max: number) => `${schools} > ${max}` };
const values = (chart: ReturnType<typeof sharesBySchool>) => (chart.spec.data as { values: unknown[] }).values;
const size = (chart: ReturnType<typeof sharesBySchool>) => chart.spec as { width: number; height: number };

describe('shareBands', () => {
  it('counts schools by 5-point band of the share, low and not low apart, 100 in the last band', () => {
    const bars: ShareBar[] = [
      { school: 'a', share: 0, low: false },
      { school: 'b', share: 4.99, low: false },
      { school: 'c', share: 5, low: false },
      // 31.4 and 33: band 30–35, low; 32: band 30–35, not low (too few participants to count)
      { school: 'd', share: 31.4, low: true },
      { school: 'e', share: 33, low: true },
      { school: 'f', share: 32, low: false },
      { school: 'g', share: 100, low: true },
      { school: 'h', share: 97.5, low: true },
    ];
    expect(shareBands(bars)).toEqual([
      { from: 0, to: 5, low: false, schools: 2 },
      { from: 5, to: 10, low: false, schools: 1 },
      { from: 30, to: 35, low: false, schools: 1 },
      { from: 30, to: 35, low: true, schools: 2 },
      { from: 95, to: 100, low: true, schools: 2 },
    ]);
  });
});

describe('sharesBySchool', () => {
  const bars = (n: number): ShareBar[] => Array.from({ length: n }, (_, i) => ({ school: `S${i}`, share: i % 60, low: i % 60 >= 30 }));

  it('up to 50 schools: a bar per school, the title as given', () => {
    expect(MAX_SCHOOLS_DRAWN).toBe(50);
    const chart = sharesBySchool('s', 't', bars(50), 30, AXES);
    expect(values(chart)).toHaveLength(50);
    expect([chart.title, chart.spec.title]).toEqual(['t', 't']);
  });

  it('51 schools or 2,000: the bands, at most 40 bars (20 bands × low / not low), 440 px wide whatever the count', () => {
    for (const n of [51, 2000]) {
      const chart = sharesBySchool('s', 't', bars(n), 30, AXES);
      const bands = values(chart) as { schools: number }[];
      expect(bands.length).toBeLessThanOrEqual(40);
      expect(bands.reduce((sum, b) => sum + b.schools, 0)).toBe(n);
      expect(size(chart).width).toBe(440);
      // the chart says the schools are counted, and why: in the caption, and under the title in the drawing
      expect([chart.title, chart.spec.title]).toEqual([`t — ${n} > 50`, { text: 't', subtitle: `${n} > 50` }]);
    }
  });

  it('2,000 schools with shares i mod 60: the band 30–35 holds shares 30…34, all low', () => {
    const bands = values(sharesBySchool('s', 't', bars(2000), 30, AXES)) as { from: number; low: boolean; schools: number }[];
    // i mod 60 in 30…34: 33 full cycles of 60 (0…1979) give 5 × 33 = 165; 1980…1999 are 0…19, none
    expect(bands.find((b) => b.from === 30)).toEqual({ from: 30, to: 35, low: true, schools: 165 });
  });
});

describe('taskHeatmap', () => {
  const LABELS = { school: 'Школа', task: 'Задание', gap: 'Разница', shown: (shown: number, all: number) => ` (${shown} из ${all})` };
  /** School i has a gap of −i on task 1 and 0 on task 2: mean −i/2, so the last schools are furthest below. */
  const cells = (n: number): GapCell[] => Array.from({ length: n }, (_, i) => [
    { school: `S${i}`, task: '1', gap: -i },
    { school: `S${i}`, task: '2', gap: 0 },
  ]).flat();

  it('furthestBelow: the lowest mean gaps; equal means by code', () => {
    expect([...furthestBelow(cells(5), 2)]).toEqual(['S4', 'S3']);
    const tied: GapCell[] = [{ school: 'B', task: '1', gap: -5 }, { school: 'A', task: '1', gap: -5 }, { school: 'C', task: '1', gap: 3 }];
    expect([...furthestBelow(tied, 2)]).toEqual(['A', 'B']);
  });

  it('up to 50 schools: every school, the title as given', () => {
    const chart = taskHeatmap('h', 'Карта', cells(50), LABELS);
    expect(chart.title).toBe('Карта');
    expect((chart.spec.data as { values: unknown[] }).values).toHaveLength(100);
  });

  it('120 schools: the 50 furthest below (S70…S119), 18 px a row, the title says so', () => {
    const chart = taskHeatmap('h', 'Карта', cells(120), LABELS);
    expect(chart.title).toBe('Карта (50 из 120)');
    const rows = new Set(((chart.spec.data as { values: GapCell[] }).values).map((c) => c.school));
    expect(rows).toEqual(new Set(Array.from({ length: 50 }, (_, i) => `S${70 + i}`)));
    expect(size(chart).height).toBe(50 * 18);
  });
});
