/**
 * How the ШНОР list moved between Y−1 and Y: schools that entered it, left it, stayed on it,
 * and those flagged both years with the same procedure low both years (a persistent problem).
 * A school of Y−1's list with no result in Y has not left it: nothing in Y says it improved, so
 * it is set apart (as `check` sets apart a draft entry without results in Y).
 * Example: flagged in 2024 with 2023 and 2024 results, nothing in 2025 → «нет результатов в 2025», not «вышла».
 */
import { hasResultsIn, type Classification } from './fioko.js';
import { compareNatural } from '../model/text.js';

export interface ListMovement {
  from: number;
  to: number;
  entered: string[];
  left: string[];
  /** On the list in Y−1, no result in Y: not counted as leaving it. */
  noResults: string[];
  stayed: string[];
  persistent: { schoolId: string; procedures: string[] }[];
}

/** Without any result in Y−1 there is no list to move from: every part is empty. */
export function listMovement(before: Classification, after: Classification): ListMovement {
  const known = before.schools.some((s) => s.results.some((r) => r.year === before.year));
  if (!known) return { from: before.year, to: after.year, entered: [], left: [], noResults: [], stayed: [], persistent: [] };
  const was = before.flagged;
  const is = after.flagged;
  const sorted = (ids: Iterable<string>) => [...ids].sort(compareNatural);
  const stayed = sorted([...is].filter((id) => was.has(id)));
  const judged = new Map(after.schools.map((s) => [s.schoolId, hasResultsIn(s, after.year)]));
  const notNow = [...was].filter((id) => !is.has(id));
  const lowIn = (c: Classification) => {
    const byId = new Map(c.schools.map((s) => [s.schoolId, s]));
    return (id: string) => new Set(byId.get(id)?.lowResults.filter((r) => r.year === c.year).map((r) => r.procedure) ?? []);
  };
  const [lowBefore, lowAfter] = [lowIn(before), lowIn(after)];
  const persistent = stayed.flatMap((schoolId) => {
    const now = lowAfter(schoolId);
    const procedures = [...lowBefore(schoolId)].filter((p) => now.has(p));
    return procedures.length > 0 ? [{ schoolId, procedures }] : [];
  });
  return {
    from: before.year,
    to: after.year,
    entered: sorted([...is].filter((id) => !was.has(id))),
    left: sorted(notNow.filter((id) => judged.get(id) === true)),
    noResults: sorted(notNow.filter((id) => judged.get(id) !== true)),
    stayed,
    persistent,
  };
}
