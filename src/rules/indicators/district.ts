/**
 * District values the indicators compare a school with: mean scores and failing shares per
 * procedure and year, from the --reference file where it has them (a row naming the school's
 * municipality first, then a row naming none), otherwise computed from the schools in the
 * input — weighted by participants (unweighted where participants are unknown).
 */
import type { ResultRecord } from '../../model/records.js';
import type { ReferenceLevel, ReferenceValue } from '../../model/reference.js';
import { exactFailShare } from '../fioko.js';

export type DistrictSource = ReferenceLevel | 'computed';

export interface DistrictValue {
  value: number;
  source: DistrictSource;
}

export interface District {
  meanScore(procedure: string, year: number, municipality: string | null): DistrictValue | null;
  failShare(procedure: string, year: number, municipality: string | null): DistrictValue | null;
}

export function buildDistrict(records: ResultRecord[], reference: ReferenceValue[]): District {
  const key = (procedure: string, year: number, municipality: string | null = null) => `${procedure}|${year}|${municipality ?? ''}`;
  const byKey = new Map<string, ResultRecord[]>();
  for (const r of records) {
    const k = key(r.procedure, r.year);
    const list = byKey.get(k);
    if (list) list.push(r);
    else byKey.set(k, [r]);
  }
  const referenced = new Map(reference.map((v) => [key(v.procedure, v.year, v.municipality), v]));
  const find = (procedure: string, year: number, municipality: string | null, field: 'meanScore' | 'failPct') =>
    [referenced.get(key(procedure, year, municipality)), referenced.get(key(procedure, year))].find((v) => v?.[field] != null);
  // every school asks for the same mean: computed once per procedure and year, not once per school
  const memo = new Map<string, DistrictValue | null>();
  const computedOnce = (field: string, procedure: string, year: number, pick: (r: ResultRecord) => number | null) => {
    const k = `${field}|${key(procedure, year)}`;
    if (!memo.has(k)) memo.set(k, computed(byKey.get(key(procedure, year)) ?? [], pick));
    return memo.get(k)!;
  };
  return {
    meanScore(procedure, year, municipality) {
      const ref = find(procedure, year, municipality, 'meanScore');
      if (ref) return { value: ref.meanScore!, source: ref.level };
      return computedOnce('meanScore', procedure, year, (r) => r.meanScore);
    },
    failShare(procedure, year, municipality) {
      const ref = find(procedure, year, municipality, 'failPct');
      if (ref) return { value: ref.failPct!, source: ref.level };
      return computedOnce('failShare', procedure, year, (r) => exactFailShare(r));
    },
  };
}

/** Participant-weighted mean where every result has participants, else the plain mean. */
export function computed(records: ResultRecord[], pick: (r: ResultRecord) => number | null): DistrictValue | null {
  const known = records.filter((r) => pick(r) !== null);
  if (known.length === 0) return null;
  const weighted = known.every((r) => r.participants !== null && r.participants > 0);
  const weight = (r: ResultRecord) => (weighted ? r.participants! : 1);
  const total = known.reduce((sum, r) => sum + weight(r), 0);
  return { value: known.reduce((sum, r) => sum + pick(r)! * weight(r), 0) / total, source: 'computed' };
}
