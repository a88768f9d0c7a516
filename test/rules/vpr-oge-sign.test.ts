/**
 * The sign of a ВПР far better than the school's ОГЭ in the same subject (src/rules/vpr-oge-sign.ts),
 * the limits check's and objectivity's defaults: the ВПР's «2» under 5%, the ОГЭ's at or above 30%.
 */
import { describe, expect, it } from 'vitest';
import { isVprOgeSign, pairVprWithOge, vprBesideOge, type FailingResult } from '../../src/rules/vpr-oge-sign.js';

const LIMITS = { vprLowPct: 5, threshold: 30 };

function result(schoolId: string, procedure: string, year: number, participants: number | null, failed: number | null, failPct: number | null = null): FailingResult {
  return { schoolId, procedure, year, participants, failed, failPct };
}

describe('vprBesideOge', () => {
  it('1 «2» of 50 on the ВПР (2%) beside ОГЭ математика 7 of 20 (35%) of the same year: the sign; 5 of 20 (25%): none', () => {
    const signed = [result('A', 'VPR-MA-5', 2025, 50, 1), result('A', 'OGE-MA', 2025, 20, 7)];
    expect(vprBesideOge(signed, LIMITS)).toEqual([{ vpr: signed[0], oge: signed[1], vprShare: 2, ogeShare: 35 }]);
    expect(vprBesideOge([result('A', 'VPR-MA-5', 2025, 50, 1), result('A', 'OGE-MA', 2025, 20, 5)], LIMITS)).toEqual([]);
  });

  it('the edges on the counts: 6 of 20 is 30%, at the threshold — low; 1 of 20 is 5%, not under 5%', () => {
    expect(vprBesideOge([result('A', 'VPR-MA-6', 2025, 50, 2), result('A', 'OGE-MA', 2025, 20, 6)], LIMITS)).toHaveLength(1); // 4% and 30%
    expect(vprBesideOge([result('A', 'VPR-MA-6', 2025, 20, 1), result('A', 'OGE-MA', 2025, 20, 6)], LIMITS)).toEqual([]); // 5%: not under 5%
    // 6 of 21 = 28,57% — not low
    expect(vprBesideOge([result('A', 'VPR-MA-6', 2025, 50, 2), result('A', 'OGE-MA', 2025, 21, 6)], LIMITS)).toEqual([]);
  });

  it('only the same school, subject and school year: another subject, year or school is no pair', () => {
    const results = [
      result('A', 'VPR-RU-5', 2025, 50, 1), result('A', 'OGE-MA', 2025, 20, 10), // another subject
      result('B', 'VPR-MA-5', 2025, 50, 1), result('B', 'OGE-MA', 2024, 20, 10), // another year
      result('C', 'VPR-MA-5', 2025, 50, 1), result('D', 'OGE-MA', 2025, 20, 10), // another school
    ];
    expect(pairVprWithOge(results)).toEqual([]);
  });

  it('shares only, no counts: 3% and 40% are the sign', () => {
    expect(vprBesideOge([result('A', 'VPR-RU-6', 2025, null, null, 3), result('A', 'OGE-RU', 2025, null, null, 40)], LIMITS)).toHaveLength(1);
  });

  it('of two ОГЭ results of the same subject and year the one with the more «2» is compared', () => {
    const [pair] = pairVprWithOge([result('A', 'VPR-MA-5', 2025, 50, 1), result('A', 'OGE-MA', 2025, 20, 2), result('A', 'OGE-MA', 2025, 20, 8)]);
    expect(pair!.ogeShare).toBe(40);
    expect(isVprOgeSign(pair!, LIMITS)).toBe(true);
  });

  it('a pair without the sign is still a comparison made: ВПР 10% beside ОГЭ 35%', () => {
    const pairs = pairVprWithOge([result('A', 'VPR-MA-5', 2025, 50, 5), result('A', 'OGE-MA', 2025, 20, 7)]);
    expect(pairs.map((p) => [p.vprShare, p.ogeShare])).toEqual([[10, 35]]);
    expect(isVprOgeSign(pairs[0]!, LIMITS)).toBe(false);
  });
});
