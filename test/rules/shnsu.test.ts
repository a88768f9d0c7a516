/**
 * ШНСУ (seed 003 §3.2: schools «функционирующие в сложных социальных условиях, т.к. имеют низкий
 * индекс социального благополучия»): by the profile's «ШНСУ» column or by ИСБШ below a threshold
 * that no seed gives — unset, only the column decides.
 */
import { describe, expect, it } from 'vitest';
import { assessShnsu, shnsuOf, shnsuParams } from '../../src/rules/shnsu.js';
import { profile } from './score-helpers.js';

const withThreshold = shnsuParams.parse({ isbshBelow: 0.9 });
const unset = shnsuParams.parse({});

describe('ШНСУ', () => {
  it('only by the explicit column: «да», ИСБШ 1.05 ≥ 0.9', () => {
    expect(shnsuOf('COL', profile('COL', { shnsu: true, isbsh: 1.05 }), withThreshold)).toEqual({
      schoolId: 'COL', shnsu: true, reasons: [{ source: 'column', value: true }],
    });
  });

  it('only by ИСБШ: column blank, 0.82 < 0.9', () => {
    expect(shnsuOf('IDX', profile('IDX', { isbsh: 0.82 }), withThreshold)).toEqual({
      schoolId: 'IDX', shnsu: true, reasons: [{ source: 'isbsh', value: 0.82, threshold: 0.9, below: true }],
    });
  });

  it('the column «нет» does not outweigh a low ИСБШ: 0.82 < 0.9 → ШНСУ, by ИСБШ only', () => {
    expect(shnsuOf('BOTH', profile('BOTH', { shnsu: false, isbsh: 0.82 }), withThreshold)).toMatchObject({
      shnsu: true, reasons: [{ source: 'isbsh', below: true }],
    });
  });

  it('not ШНСУ needs evidence: «нет» and 0.95 ≥ 0.9 → false with both reasons', () => {
    expect(shnsuOf('NOT', profile('NOT', { shnsu: false, isbsh: 0.95 }), withThreshold).reasons).toEqual([
      { source: 'column', value: false }, { source: 'isbsh', value: 0.95, threshold: 0.9, below: false },
    ]);
  });

  it('the same data with the threshold unset: only the column decides', () => {
    expect(shnsuOf('COL', profile('COL', { shnsu: true, isbsh: 1.05 }), unset).shnsu).toBe(true);
    // ИСБШ 0.82 alone says nothing without a threshold: unknown, not «нет»
    expect(shnsuOf('IDX', profile('IDX', { isbsh: 0.82 }), unset)).toEqual({ schoolId: 'IDX', shnsu: null, reasons: [] });
    expect(shnsuOf('BOTH', profile('BOTH', { shnsu: false, isbsh: 0.82 }), unset).shnsu).toBe(false);
  });

  it('a school without a profile row is unknown', () => {
    const verdicts = assessShnsu(['A', 'B'], [profile('A', { shnsu: true })], withThreshold);
    expect(verdicts.get('A')!.shnsu).toBe(true);
    expect(verdicts.get('B')).toEqual({ schoolId: 'B', shnsu: null, reasons: [] });
  });
});
