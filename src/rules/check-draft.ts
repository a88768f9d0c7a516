/**
 * `shnor check`, the draft list: each entry matched to a school by id (exact, then case aside),
 * else by its normalised name; a name match is kept as such so that the analyst can confirm it.
 */
import { normalizeSchoolName } from '../model/school-name.js';
import { compareNatural } from '../model/text.js';
import type { Classification, Criterion, ResultAssessment, SchoolVerdict } from './fioko.js';

export interface DraftEntry {
  /** The school's id as the draft writes it, or null when it gives only a name. */
  id: string | null;
  name: string | null;
  file: string;
  sheet: string | null;
  row: number;
}

export type MatchKind = 'id' | 'name';

export interface MissingSchool {
  schoolId: string;
  schoolName: string | null;
  criteria: Criterion[];
  lowResults: ResultAssessment[];
}

export type ExtraReason =
  | { code: 'no-results'; year: number }
  | { code: 'one-low'; low: ResultAssessment; previous: ResultAssessment[]; sameProcedure: boolean }
  | { code: 'no-low'; closest: ResultAssessment | null; threshold: number; previous: ResultAssessment[] };

export interface ExtraSchool {
  schoolId: string;
  schoolName: string | null;
  entry: DraftEntry;
  match: MatchKind;
  reason: ExtraReason;
  /** Low results left out for too few participants (minParticipants). */
  notCounted: ResultAssessment[];
}

export type AbsentReason = { code: 'not-found' } | { code: 'ambiguous'; candidates: string[] };

export interface AbsentEntry {
  entry: DraftEntry;
  reason: AbsentReason;
}

export interface NameMatch {
  entry: DraftEntry;
  schoolId: string;
  schoolName: string | null;
  flagged: boolean;
}

export interface DraftComparison {
  missing: MissingSchool[];
  extra: ExtraSchool[];
  absent: AbsentEntry[];
  /** Entries matched by name, not id: for the analyst to confirm. */
  nameMatches: NameMatch[];
}


/** A school name for matching: normalised, ownership prefix dropped, «№ 5» / «N5» / «№5» → «5». */

export function compareDraft(entries: DraftEntry[], classification: Classification): DraftComparison {
  const schools = classification.schools;
  const byId = new Map(schools.map((s) => [s.schoolId, s]));
  const byIdFolded = new Map<string, SchoolVerdict>();
  for (const s of schools) if (!byIdFolded.has(fold(s.schoolId))) byIdFolded.set(fold(s.schoolId), s);
  const byName = new Map<string, SchoolVerdict[]>();
  for (const s of schools) {
    for (const label of new Set([s.schoolName, s.schoolId].filter((x): x is string => x !== null).map(normalizeSchoolName))) {
      if (label === '') continue;
      const list = byName.get(label) ?? [];
      list.push(s);
      byName.set(label, list);
    }
  }

  const matched = new Map<string, { verdict: SchoolVerdict; entry: DraftEntry; match: MatchKind }>();
  const absent: AbsentEntry[] = [];
  const nameMatches: NameMatch[] = [];
  for (const entry of entries) {
    const id = entry.id?.trim() || null;
    const byIdHit = id === null ? undefined : (byId.get(id) ?? byIdFolded.get(fold(id)));
    let verdict: SchoolVerdict | undefined = byIdHit;
    let match: MatchKind = 'id';
    if (!verdict) {
      const labels = [entry.name, entry.id].filter((x): x is string => x !== null).map(normalizeSchoolName).filter((x) => x !== '');
      const candidates = [...new Map(labels.flatMap((label) => byName.get(label) ?? []).map((s) => [s.schoolId, s])).values()];
      if (candidates.length > 1) {
        absent.push({ entry, reason: { code: 'ambiguous', candidates: candidates.map((c) => c.schoolId) } });
        continue;
      }
      verdict = candidates[0];
      match = 'name';
    }
    if (!verdict) {
      absent.push({ entry, reason: { code: 'not-found' } });
      continue;
    }
    if (matched.has(verdict.schoolId)) continue; // the same school twice in the draft
    matched.set(verdict.schoolId, { verdict, entry, match });
    if (match === 'name') nameMatches.push({ entry, schoolId: verdict.schoolId, schoolName: verdict.schoolName, flagged: verdict.flagged });
  }

  const missing = schools
    .filter((s) => s.flagged && !matched.has(s.schoolId))
    .map((s) => ({ schoolId: s.schoolId, schoolName: s.schoolName, criteria: s.criteria, lowResults: s.lowResults }));
  const extra = [...matched.values()]
    .filter(({ verdict }) => !verdict.flagged)
    .sort((a, b) => compareNatural(a.verdict.schoolId, b.verdict.schoolId))
    .map(({ verdict, entry, match }) => ({
      schoolId: verdict.schoolId,
      schoolName: verdict.schoolName,
      entry,
      match,
      reason: extraReason(verdict, classification),
      notCounted: verdict.results.filter((r) => r.low && !r.counted),
    }));
  return { missing, extra, absent, nameMatches };
}

function fold(id: string): string {
  return id.trim().toLocaleLowerCase('ru');
}

/** Why the rule does not flag a school the draft lists: what it lacks, with the values. */
export function extraReason(verdict: SchoolVerdict, classification: Classification): ExtraReason {
  const { year, method } = classification;
  const now = verdict.results.filter((r) => r.year === year);
  if (now.length === 0) return { code: 'no-results', year };
  const previous = verdict.lowResults.filter((r) => r.year === year - 1);
  const lowNow = now.filter((r) => r.low && r.counted);
  if (lowNow.length === 1) return { code: 'one-low', low: lowNow[0]!, previous, sameProcedure: method.sameProcedure };
  const below = now.filter((r) => r.counted && !r.low);
  const closest = below.reduce<ResultAssessment | null>((best, r) => (best === null || r.failShare > best.failShare ? r : best), null);
  return { code: 'no-low', closest, threshold: method.threshold, previous };
}
