/**
 * The figures of a computed objectivity sign as a note shows them (src/report/sign-figures.ts,
 * formatSmallP): p of the exact binomial tails (Python fractions) P(X ≥ 11 | 24, 11/239) =
 * 2,801·10⁻⁹ and P(X ≥ 8 | 25, 0,05) = 1,958·10⁻⁵; shares with one decimal.
 */
import { describe, expect, it } from 'vitest';
import { formatSmallP } from '../../src/report/format.js';
import { signFigure } from '../../src/report/sign-figures.js';

describe('formatSmallP', () => {
  it('below 0,0001: two significant digits and a power of ten', () => {
    expect(formatSmallP(2.801013987448903e-9, 'ru')).toBe('2,8·10⁻⁹');
    expect(formatSmallP(1.958055407934629e-5, 'ru')).toBe('2,0·10⁻⁵');
    expect(formatSmallP(1.8e-16, 'en')).toBe('1.8·10⁻¹⁶');
    // 9,96·10⁻⁶ rounds to 10·10⁻⁶: written 1,0·10⁻⁵
    expect(formatSmallP(9.96e-6, 'ru')).toBe('1,0·10⁻⁵');
  });

  it('from 0,0001: four decimals', () => {
    expect(formatSmallP(0.0024, 'ru')).toBe('0,0024');
    expect(formatSmallP(0.0001, 'ru')).toBe('0,0001');
  });
});

describe('signFigure', () => {
  it('the shares with one decimal, the p as above, the reference in words; other parameters are not its', () => {
    expect(signFigure('raisedPct', (11 / 24) * 100, 'ru')).toBe('45,8%');
    expect(signFigure('raisedRegionPct', (11 / 239) * 100, 'ru')).toBe('4,6%');
    expect(signFigure('spikeP', 1.958e-5, 'ru')).toBe('2,0·10⁻⁵');
    expect(signFigure('against', 'municipality', 'ru')).toBe('по муниципалитету');
    expect(signFigure('against', 'region', 'en')).toBe('in the region');
    expect(signFigure('raised', 11, 'ru')).toBeNull();
    expect(signFigure('procedure', 'VPR-MA-5', 'ru')).toBeNull();
  });
});
