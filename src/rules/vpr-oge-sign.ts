/**
 * A ВПР result far better than the school's ОГЭ in the same subject — a sign of possibly non-objective
 * ВПР results to review, never a verdict (shnor's own sign, docs/rules.md «ВПР и ОГЭ одной школы»):
 * the school's ВПР failing share is below `vprLowPct` (check.objectivityVprLowPct, 5%) while its ОГЭ
 * of the same subject and the same school year (ruling R2) is a low result by the FIOKO threshold
 * (classify.threshold, 30%: the share of «2» at or above it, decided on the counts where there are
 * counts, as classify decides it). One rule for `check` (the warning «objectivity-vpr-oge") and
 * `objectivity` (a school's sign).
 * Example: ВПР математика 5 кл. 2025, 1 «2» of 50 (2%), beside ОГЭ математика 2025, 7 «2» of 20
 * (35% ≥ 30%) → a sign; beside 5 of 20 (25% < 30%) → none.
 */
import { parseProcedure } from '../model/procedures.js';
import type { ResultRecord } from '../model/records.js';
import { failShare, isLow } from './fioko.js';

/** What the rule reads of a result: whose, which work and year, and its «2». */
export type FailingResult = Pick<ResultRecord, 'schoolId' | 'procedure' | 'year' | 'participants' | 'failed' | 'failPct'>;

export interface VprOgeLimits {
  /** A ВПР failing share below this, in percent. */
  vprLowPct: number;
  /** The FIOKO threshold, in percent: an ОГЭ failing share at or above it is low. */
  threshold: number;
}

/** A school's ВПР beside its ОГЭ of the same subject and school year, the shares in percent (2 decimals). */
export interface VprOgePair<T extends FailingResult> {
  vpr: T;
  oge: T;
  vprShare: number;
  ogeShare: number;
}

/**
 * Every ВПР result with a failing share beside the school's ОГЭ of the same subject and year; of
 * several ОГЭ results there (one per file, say) the one with the highest failing share.
 */
export function pairVprWithOge<T extends FailingResult>(results: readonly T[]): VprOgePair<T>[] {
  const key = (r: T, subject: string) => `${r.schoolId}\u0000${subject}\u0000${r.year}`;
  const oge = new Map<string, { result: T; share: number }>();
  for (const r of results) {
    const p = parseProcedure(r.procedure);
    const share = failShare(r);
    if (p?.kind !== 'OGE' || share === null) continue;
    const k = key(r, p.subject);
    const known = oge.get(k);
    if (known === undefined || share > known.share) oge.set(k, { result: r, share });
  }
  const pairs: VprOgePair<T>[] = [];
  for (const r of results) {
    const p = parseProcedure(r.procedure);
    const share = failShare(r);
    if (p?.kind !== 'VPR' || share === null) continue;
    const o = oge.get(key(r, p.subject));
    if (o !== undefined) pairs.push({ vpr: r, oge: o.result, vprShare: share, ogeShare: o.share });
  }
  return pairs;
}

/** The sign: the ВПР's «2» below the low share and the ОГЭ a low result. */
export function isVprOgeSign(pair: VprOgePair<FailingResult>, limits: VprOgeLimits): boolean {
  return isBelow(pair.vpr, limits.vprLowPct) && isLow(pair.oge, limits.threshold);
}

/** The pairs with the sign. */
export function vprBesideOge<T extends FailingResult>(results: readonly T[], limits: VprOgeLimits): VprOgePair<T>[] {
  return pairVprWithOge(results).filter((pair) => isVprOgeSign(pair, limits));
}

/** The failing share below `pct`, on the counts where there are counts (1 of 20 is 5%, not below 5%). */
function isBelow(r: FailingResult, pct: number): boolean {
  if (r.failed !== null && r.participants !== null && r.participants > 0) return r.failed * 100 < pct * r.participants;
  return r.failPct !== null && r.failPct < pct;
}
