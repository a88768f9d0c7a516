/** A reference value: the district's (or region's) mean score in a procedure and year (ruling R10). */
export type ReferenceLevel = 'district' | 'region';

/** Shares of «2», «3», «4», «5», in percent. */
export type MarkPcts = [number, number, number, number];

export interface ReferenceValue {
  year: number;
  procedure: string;
  meanScore: number | null;
  /** Failing share in percent, when the reference gives it. */
  failPct: number | null;
  /**
   * The shares of «2», «3», «4», «5» in percent, where the row gives all four and they add up to
   * 100 ± 0,1 (a --reference file's «% «3»», «% «4»», «% «5»» beside «% «2»»); absent otherwise.
   */
  markPcts?: MarkPcts;
  level: ReferenceLevel;
  municipality: string | null;
}
