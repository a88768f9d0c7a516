/**
 * The edge check of one result (zod): counts are whole and non-negative, shares lie in 0–100,
 * a mean score lies in 0–100, the failing count fits in the participants, a full mark distribution
 * adds up (counts exactly, percentages within ±1 pp), and a failing count agrees with a failing
 * share (±1 pp).
 * Impossible values are errors, not guesses.
 */
import * as z from 'zod';
import type { RowErrorCode, IssueParams } from './issues.js';
import { MARKS, type Mark } from './records.js';

const SHARE_TOLERANCE_PP = 1;

/**
 * The most pupils one school's procedure may count (config read.maxParticipants): a procedure is
 * one grade (ВПР, КДР) or one year's graduates (ОГЭ, ЕГЭ), a few hundred pupils even in the largest
 * schools, whose whole roll stays below 10,000. More is a slip or a corrupted cell (1e9).
 */
export const DEFAULT_MAX_PARTICIPANTS = 10_000;

function coded(code: RowErrorCode, params: IssueParams = {}) {
  return { params: { code, ...params } };
}

const count = z
  .number()
  .refine((n) => n >= 0, coded('negative-count'))
  .refine((n) => Number.isInteger(n), coded('not-integer'))
  .nullable();
const share = z.number().refine((n) => n >= 0 && n <= 100, coded('share-out-of-range')).nullable();
/** A mean on any scale a table uses (ЕГЭ test score, primary score, mark 2–5) lies in 0–100. */
const score = z.number().refine((n) => n >= 0, coded('negative-count')).refine((n) => n <= 100, coded('mean-above-100')).nullable();

export const resultValuesSchema = z.object({
  participants: count,
  failCount: count,
  belowMinCount: count,
  failPct: share,
  mark2: count, mark3: count, mark4: count, mark5: count,
  pct2: share, pct3: share, pct4: share, pct5: share,
  meanScore: score,
  highCount: count,
});

export type ResultValues = z.infer<typeof resultValuesSchema>;
export type ValueField = keyof ResultValues;

/** The fields that count pupils (a share such as «20%» is no value for them). */
export const COUNT_FIELDS: ReadonlySet<ValueField> = new Set(
  (Object.keys(resultValuesSchema.shape) as ValueField[]).filter((field) => resultValuesSchema.shape[field] === count),
);

interface CrossProblem {
  field: ValueField;
  params: { code: RowErrorCode } & IssueParams;
}

function crossChecks(v: ResultValues): CrossProblem[] {
  const problems: CrossProblem[] = [];
  const failed = failingCount(v);
  const failField: ValueField = v.failCount !== null ? 'failCount' : v.belowMinCount !== null ? 'belowMinCount' : 'mark2';
  if (v.participants !== null && failed !== null && failed > v.participants) {
    problems.push({ field: failField, params: { code: 'fail-exceeds-participants', failed, participants: v.participants } });
  }
  const marks = MARKS.map((m) => v[`mark${m}`]);
  if (v.participants !== null) {
    const sum = marks.reduce<number>((a, b) => a + (b ?? 0), 0);
    const complete = marks.every((m) => m !== null);
    if (complete && sum !== v.participants) problems.push({ field: 'mark2', params: { code: 'marks-do-not-add-up', sum, participants: v.participants } });
    if (!complete && sum > v.participants && problems.length === 0) problems.push({ field: 'mark2', params: { code: 'marks-exceed-participants', sum, participants: v.participants } });
  }
  const pcts = MARKS.map((m) => v[`pct${m}`]);
  if (pcts.every((p) => p !== null)) {
    const sum = round1(pcts.reduce<number>((a, b) => a + b!, 0));
    if (Math.abs(sum - 100) > SHARE_TOLERANCE_PP) problems.push({ field: 'pct2', params: { code: 'pcts-do-not-add-up', sum } });
  }
  const pct = v.failPct ?? v.pct2;
  if (failed !== null && pct !== null && v.participants) {
    const computed = round1((failed / v.participants) * 100);
    if (Math.abs(computed - pct) > SHARE_TOLERANCE_PP) {
      problems.push({ field: v.failPct !== null ? 'failPct' : 'pct2', params: { code: 'fail-share-mismatch', computed, given: pct } });
    }
  }
  return problems;
}

/** Failing = the explicit count, else those below the minimum score, else the «2» count. */
export function failingCount(v: Pick<ResultValues, 'failCount' | 'belowMinCount' | 'mark2'>): number | null {
  return v.failCount ?? v.belowMinCount ?? v.mark2;
}

export function failingShare(v: Pick<ResultValues, 'failPct' | 'pct2'>): number | null {
  return v.failPct ?? v.pct2;
}

export function markFields(v: ResultValues, prefix: 'mark' | 'pct'): Partial<Record<Mark, number>> {
  const out: Partial<Record<Mark, number>> = {};
  for (const m of MARKS) {
    const value = v[`${prefix}${m}`];
    if (value !== null) out[m] = value;
  }
  return out;
}

function round1(n: number): number {
  return Math.round(n * 10) / 10;
}

export interface FieldProblem {
  field: ValueField;
  code: RowErrorCode;
  params: IssueParams;
}

/**
 * Checks the values; returns the problems, each tied to the field (and so the column) at fault.
 * A count above `maxCount` is implausible; the cross checks run only on values that are each valid
 * and plausible on their own.
 */
export function checkResultValues(values: ResultValues, maxCount = DEFAULT_MAX_PARTICIPANTS): FieldProblem[] {
  const parsed = resultValuesSchema.safeParse(values);
  const problems = parsed.success ? implausible(values, maxCount) : parsed.error.issues.map((issue) => toProblem(issue, values));
  const all = problems.length > 0 ? problems : crossChecks(values);
  return all.map(({ field, params: { code, ...params } }) => ({ field, code, params }));
}

function implausible(values: ResultValues, maxCount: number): CrossProblem[] {
  return [...COUNT_FIELDS]
    .filter((field) => (values[field] ?? 0) > maxCount)
    .map((field) => ({ field, params: { code: 'implausible-count', value: values[field]!, limit: maxCount } }));
}

/** A refinement's own code, or «bad-number» with the value for what zod refuses itself (NaN, Infinity). */
function toProblem(issue: z.core.$ZodIssue, values: ResultValues): CrossProblem {
  const field = issue.path[0] as ValueField;
  const params = (issue as { params?: CrossProblem['params'] }).params ?? { code: 'bad-number', value: String(values[field]) };
  return { field, params };
}
