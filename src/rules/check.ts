/**
 * `shnor check`: a draft ШНОР list against what the FIOKO rule gives for the target year, and
 * checks of the data behind it. Pure: no reading, no texts — the report turns codes into words.
 *
 * compareDraft matches each draft entry to a school by id (exact, then case aside), else by its
 * normalised name (ownership prefix МБОУ/МАОУ/… and «№»/«N» aside); a name match is kept as such
 * so that the analyst can confirm it. dataChecks never decides a verdict: its «objectivity»
 * findings are signs to review.
 */
import * as z from 'zod';
import type { DataCheck } from './check-data.js';
import type { DraftComparison } from './check-draft.js';

export * from './check-data.js';
export * from './check-draft.js';

/** The check's parameters as shnor.config.json carries them (section «check»), with defaults. */
export const checkParams = z
  .object({
    /** «No "2" and many "5"»: the school's share of «5» at least this many points above the district's. */
    objectivityFivePp: z.number().min(0).max(100).default(25),
    /** A ВПР failing share below this (%) beside a low ОГЭ result in the same subject. */
    objectivityVprLowPct: z.number().min(0).max(100).default(5),
    /** A swing of the failing share of at least this many points between consecutive years. */
    objectivitySwingPp: z.number().gt(0).max(100).default(10),
    /** A swing counts only with at least this many participants in each of the two years … */
    objectivitySwingMinParticipants: z.number().int().min(1).default(10),
    /** … and when the two-proportion test finds it significant at this level. */
    objectivitySwingAlpha: z.number().gt(0).lt(1).default(0.05),
    /** Participants changing by more than this share (0.5 = by half) between years. */
    participantsChange: z.number().gt(0).default(0.5),
    /** «Повысили» in the journal comparison (ФИС ОКО) at or above this share (%). */
    objectivityRaisedPct: z.number().min(0).max(100).default(15),
  })
  .strict();

export type CheckParams = z.infer<typeof checkParams>;

/** What dataChecks needs beyond its own section: the small-sample limit of classify. */
export interface DataCheckOptions extends CheckParams {
  smallSample: number;
}

/** True when the draft matches the rule and no data check is an error: exit 0. */
export function checkPassed(comparison: DraftComparison | null, checks: DataCheck[]): boolean {
  const draftOk = comparison === null || (comparison.missing.length === 0 && comparison.extra.length === 0 && comparison.absent.length === 0);
  return draftOk && !checks.some((c) => c.level === 'error');
}
