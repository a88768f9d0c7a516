/**
 * One subject's cells in a row of the per-school ЕГЭ form, checked. The form counts pupils, so an
 * empty count is 0 and a subject nobody took (no participants) is how the form says «none»: no
 * result and no issue, its «средний балл» 0 meaning no data. A cell that cannot be leaves the
 * subject out: text where a number must be, a count that is negative or not whole, a count or mean
 * beside no participants, more failing than participants, a mean outside its scale (test score
 * 0–100; for «Математика базовая» a mark 2–5).
 * The high scorers (80–99 and 100 points) are the one exception: a high count above the
 * participants, or one the mean cannot hold (each high scorer has at least 80 points, so
 * 80 × (80–99) + 100 × (100) ≤ mean × participants), is reported and left out while the result
 * stays — participants and failing do not depend on it. Example: 8 participants, 1 of 80–99, 12
 * of 100 and a mean of 38.13: 13 > 8, the high count goes; 8 participants and 3 failing stay.
 */
import type { CellValue } from '../../model/cells.js';
import type { IssueCode, IssueParams } from '../../model/issues.js';
import { parseCount, parseNumber } from '../../model/numbers.js';
import type { Metric } from './ege-form-header.js';

export type MeanScale = 'score' | 'mark';

const MEAN_RANGE: Record<MeanScale, { min: number; max: number }> = { score: { min: 0, max: 100 }, mark: { min: 2, max: 5 } };
const COUNT_METRICS: Metric[] = ['participants', 'failed', 'high80', 'top100', 'high'];

export interface SubjectValues {
  participants: number;
  failed: number;
  meanScore: number | null;
  highCount: number | null;
}

export interface SubjectProblem {
  metric: Metric;
  code: IssueCode;
  params: IssueParams;
}

export interface SubjectReading {
  /** Null when nobody took the subject or a cell left it out. */
  values: SubjectValues | null;
  problems: SubjectProblem[];
}

/** Reads one subject's cells (by metric; a metric the form lacks is absent). */
export function readSubject(cells: Partial<Record<Metric, CellValue>>, scale: MeanScale): SubjectReading {
  const problems: SubjectProblem[] = [];
  const given: Partial<Record<Metric, number | null>> = {};
  for (const [metric, cell] of Object.entries(cells) as [Metric, CellValue][]) {
    const value = COUNT_METRICS.includes(metric) ? parseCount(cell) : parseNumber(cell);
    if (value === 'invalid' || value === 'share') problems.push({ metric, code: value === 'share' ? 'share-in-count' : 'bad-number', params: { value: String(cell) } });
    else given[metric] = value;
  }
  for (const metric of COUNT_METRICS) {
    const value = given[metric];
    if (value === null || value === undefined) continue;
    if (value < 0) problems.push({ metric, code: 'negative-count', params: {} });
    else if (!Number.isInteger(value)) problems.push({ metric, code: 'not-integer', params: {} });
  }
  if (problems.length > 0) return { values: null, problems };
  const count = (metric: Metric) => given[metric] ?? 0;
  const participants = count('participants');
  const mean = given.mean ?? null;
  if (participants === 0) {
    for (const metric of ['failed', 'high80', 'top100', 'high', 'mean'] as Metric[]) {
      const value = given[metric];
      if (value) problems.push({ metric, code: 'value-without-participants', params: { value } });
    }
    return { values: null, problems };
  }
  const failed = count('failed');
  if (failed > participants) problems.push({ metric: 'failed', code: 'fail-exceeds-participants', params: { failed, participants } });
  const range = MEAN_RANGE[scale];
  if (mean !== null && (mean < range.min || mean > range.max)) {
    problems.push({ metric: 'mean', code: 'mean-out-of-range', params: { value: mean, ...range } });
  }
  if (problems.length > 0) return { values: null, problems };
  const high = highCount(given, participants, mean, scale);
  if (high.problem) problems.push(high.problem);
  return { values: { participants, failed, meanScore: mean, highCount: high.value }, problems };
}

/** 80–99 plus 100 points (or one «80–100» column); none on the mark scale of базовая математика. */
function highCount(
  given: Partial<Record<Metric, number | null>>, participants: number, mean: number | null, scale: MeanScale,
): { value: number | null; problem?: SubjectProblem } {
  const hasColumn = given.high !== undefined || given.high80 !== undefined || given.top100 !== undefined;
  if (!hasColumn) return { value: null };
  const high80 = given.high ?? given.high80 ?? 0;
  const top100 = given.high === undefined ? (given.top100 ?? 0) : 0;
  const high = high80 + top100;
  // the issue stands at the 100-point column when it counts anyone (the real file's broken column), else at 80–99
  const metric: Metric = given.high !== undefined ? 'high' : top100 > 0 || given.high80 === undefined ? 'top100' : 'high80';
  if (scale === 'mark') return high === 0 ? { value: null } : { value: null, problem: inconsistent(metric, high, participants, mean) };
  if (high > participants || (mean !== null && !holdsHighScores(high80, top100, participants, mean))) {
    return { value: null, problem: inconsistent(metric, high, participants, mean) };
  }
  return { value: high };
}

/**
 * Whether a mean (given to two decimals, so true within ±0.005) leaves room for the high scorers'
 * points: 80 × high80 + 100 × top100 ≤ (mean + 0.005) × participants, in hundredths to stay whole.
 */
export function holdsHighScores(high80: number, top100: number, participants: number, mean: number): boolean {
  return 100 * (80 * high80 + 100 * top100) <= (Math.round(mean * 100) + 0.5) * participants;
}

function inconsistent(metric: Metric, high: number, participants: number, mean: number | null): SubjectProblem {
  return { metric, code: 'high-count-inconsistent', params: { high, participants, ...(mean !== null ? { mean } : {}) } };
}
