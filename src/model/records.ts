/** The records every layout produces and every rule consumes. */
import { groupBy } from './group.js';

export interface SourceRef {
  file: string;
  sheet: string | null;
  row: number;
}

export type Mark = 2 | 3 | 4 | 5;
export const MARKS: readonly Mark[] = [2, 3, 4, 5];

/** One school's result in one procedure in one school year. */
export interface ResultRecord {
  schoolId: string;
  schoolName: string | null;
  municipality: string | null;
  schoolType: string | null;
  year: number;
  procedure: string;
  participants: number | null;
  /** Pupils with «2» (ВПР, ОГЭ, ЕГЭ базовая, КДР) or below the minimum score (other ЕГЭ). */
  failed: number | null;
  /** Failing share in percent, when the source gives it. */
  failPct: number | null;
  markCounts: Partial<Record<Mark, number>>;
  markPcts: Partial<Record<Mark, number>>;
  meanScore: number | null;
  /** ЕГЭ results of 80–100 points. */
  highCount: number | null;
  /** Pupils per test score 0–100, where per-pupil scores were read (students layout). */
  scoreHistogram: number[] | null;
  source: SourceRef;
}

export function resultKey(r: Pick<ResultRecord, 'schoolId' | 'procedure' | 'year'>): string {
  return `${r.schoolId}\u0000${r.procedure}\u0000${r.year}`;
}

/** Records by school id, in the order the schools first appear. */
export function groupBySchool(records: ResultRecord[]): Map<string, ResultRecord[]> {
  return groupBy(records, (record) => record.schoolId);
}
