/** A reference value: the district's (or region's) mean score in a procedure and year (ruling R10). */
export type ReferenceLevel = 'district' | 'region';

export interface ReferenceValue {
  year: number;
  procedure: string;
  meanScore: number | null;
  /** Failing share in percent, when the reference gives it. */
  failPct: number | null;
  level: ReferenceLevel;
  municipality: string | null;
}
