import { describe, expect, it } from 'vitest';
import { combineScales, markOf, scaleFor, SHIPPED_SCALES, type Scale } from '../../src/model/scales.js';

describe('the shipped ВПР 2021 scales', () => {
  it('hold math 5 as FIOKO\'s description prints it: 0–6 «2», 7–10 «3», 11–14 «4», 15–20 «5»', () => {
    const scale = scaleFor(SHIPPED_SCALES, 'VPR-MA-5', 2021)!;
    expect([scale.min3, scale.min4, scale.min5, scale.max]).toEqual([7, 11, 15, 20]);
    expect([0, 6, 7, 10, 11, 14, 15, 20].map((score) => markOf(scale, score))).toEqual([2, 2, 3, 3, 4, 4, 5, 5]);
    expect(scale.source).toContain('0–6 / 7–10 / 11–14 / 15–20');
  });

  it('hold math 6 of 2021 with its maximum 16 (not 20), and the foreign language 7 for English, German and French', () => {
    expect(scaleFor(SHIPPED_SCALES, 'VPR-MA-6', 2021)!.max).toBe(16);
    for (const code of ['VPR-EN-7', 'VPR-DE-7', 'VPR-FR-7']) expect(scaleFor(SHIPPED_SCALES, code, 2021)!.min3).toBe(13);
  });

  it('cover the 29 rows of the description (foreign language 7 as three languages): 31 scales, none of another year', () => {
    expect(SHIPPED_SCALES).toHaveLength(31);
    expect(scaleFor(SHIPPED_SCALES, 'VPR-MA-5', 2022)).toBeNull();
  });
});

describe('combineScales', () => {
  it('puts the user\'s scale of a work before the shipped one, and keeps the shipped ones it does not cover', () => {
    const own: Scale = { year: 2021, procedure: 'VPR-MA-5', min3: 5, min4: 10, min5: 14, max: 20, source: 'own' };
    const combined = combineScales([own]);
    expect(scaleFor(combined, 'VPR-MA-5', 2021)!.source).toBe('own');
    expect(combined).toHaveLength(31);
  });
});
