/**
 * `shnor check`, the draft list: each entry matched to a school by id (exact, then case aside),
 * else by its normalised name; a name match is kept as such so that the analyst can confirm it.
 * An entry naming a branch (--schools parent_id) stands for its legal entity, the one the list is
 * made for, and is kept as a branch match for the analyst to correct.
 */
import type { BranchMap } from '../model/branches.js';
import type { DraftEntry } from '../model/draft-entry.js';
import type { ResultRecord } from '../model/records.js';
import { normalizeSchoolName } from '../model/school-name.js';
import { compareNatural, foldId } from '../model/text.js';
import { hasResultsIn, hasShare, type Classification, type Criterion, type ResultAssessment, type SchoolVerdict, type SharedResult } from './fioko.js';

export type MatchKind = 'id' | 'name' | 'branch';

/** A branch of the data (--schools parent_id) and the legal entity it is listed under. */
export interface DraftBranch {
  schoolId: string;
  schoolName: string | null;
  entity: string;
}

export interface MissingSchool {
  schoolId: string;
  schoolName: string | null;
  criteria: Criterion[];
  lowResults: ResultAssessment[];
}

export type ExtraReason =
  | { code: 'no-results'; year: number }
  /** Results in Y, all with a mean score and no share of «2». */
  | { code: 'no-failing-data'; year: number }
  | { code: 'one-low'; low: ResultAssessment; previous: ResultAssessment[]; sameProcedure: boolean }
  | { code: 'no-low'; closest: ResultAssessment | null; threshold: number; previous: ResultAssessment[] };

export interface ExtraSchool {
  schoolId: string;
  schoolName: string | null;
  entry: DraftEntry;
  match: MatchKind;
  /** The branch the entry names (match 'branch'), else null. */
  branchId: string | null;
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

/** A draft entry naming a branch, matched to the branch's legal entity. */
export interface BranchMatch {
  entry: DraftEntry;
  branchId: string;
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
  /** Entries naming a branch: the list names its legal entity instead. */
  branchMatches: BranchMatch[];
}

/** The linked branches (--schools parent_id), named as the results name them: a draft may list them in place of their legal entity. */
export function draftBranches(records: ResultRecord[], branches: BranchMap): DraftBranch[] {
  return [...branches].map(([schoolId, entity]) => ({
    schoolId, entity, schoolName: records.find((r) => r.schoolId === schoolId && r.schoolName !== null)?.schoolName ?? null,
  }));
}

export function compareDraft(entries: DraftEntry[], classification: Classification, branches: DraftBranch[] = []): DraftComparison {
  const schools = classification.schools;
  const entities = new Map(schools.map((s) => [s.schoolId, s]));
  const lookups = { schools: new Lookup(schools), branches: new Lookup(branches.filter((b) => entities.has(b.entity))), entities };
  const matched = new Map<string, { verdict: SchoolVerdict; entry: DraftEntry; match: MatchKind; branchId: string | null }>();
  const absent: AbsentEntry[] = [];
  const nameMatches: NameMatch[] = [];
  const branchMatches: BranchMatch[] = [];
  for (const entry of entries) {
    const found = findEntry(entry, lookups);
    if ('code' in found) {
      absent.push({ entry, reason: found });
      continue;
    }
    const { verdict, match } = found;
    const branchId = found.branch?.schoolId ?? null;
    if (branchId !== null) branchMatches.push({ entry, branchId, schoolId: verdict.schoolId, schoolName: verdict.schoolName, flagged: verdict.flagged });
    if (matched.has(verdict.schoolId)) continue; // the same school twice in the draft
    matched.set(verdict.schoolId, { verdict, entry, match, branchId });
    if (match === 'name') nameMatches.push({ entry, schoolId: verdict.schoolId, schoolName: verdict.schoolName, flagged: verdict.flagged });
  }

  const missing = schools
    .filter((s) => s.flagged && !matched.has(s.schoolId))
    .map((s) => ({ schoolId: s.schoolId, schoolName: s.schoolName, criteria: s.criteria, lowResults: s.lowResults }));
  const extra = [...matched.values()]
    .filter(({ verdict }) => !verdict.flagged)
    .sort((a, b) => compareNatural(a.verdict.schoolId, b.verdict.schoolId))
    .map(({ verdict, entry, match, branchId }) => ({
      schoolId: verdict.schoolId,
      schoolName: verdict.schoolName,
      entry,
      match,
      branchId,
      reason: extraReason(verdict, classification),
      notCounted: verdict.results.filter((r) => r.low && !r.counted),
    }));
  return { missing, extra, absent, nameMatches, branchMatches };
}

interface Found {
  verdict: SchoolVerdict;
  match: MatchKind;
  /** The branch the entry names, when it names one. */
  branch?: DraftBranch;
}

interface Lookups {
  schools: Lookup<SchoolVerdict>;
  branches: Lookup<DraftBranch>;
  entities: Map<string, SchoolVerdict>;
}

/** By id among the schools, then among the branches; then by name, in the same order. */
function findEntry(entry: DraftEntry, { schools, branches, entities }: Lookups): Found | AbsentReason {
  const id = entry.id?.trim() || null;
  const school = id === null ? undefined : schools.byId(id);
  if (school) return { verdict: school, match: 'id' };
  const branch = id === null ? undefined : branches.byId(id);
  if (branch) return { verdict: entities.get(branch.entity)!, match: 'branch', branch };
  const named = schools.byName(entry);
  if (named !== null) return 'code' in named ? named : { verdict: named, match: 'name' };
  const namedBranch = branches.byName(entry);
  if (namedBranch === null) return { code: 'not-found' };
  return 'code' in namedBranch ? namedBranch : { verdict: entities.get(namedBranch.entity)!, match: 'branch', branch: namedBranch };
}

/** Schools (or branches) by id, exact or case aside, and by normalised name. */
class Lookup<T extends { schoolId: string; schoolName: string | null }> {
  private readonly ids = new Map<string, T>();
  private readonly folded = new Map<string, T>();
  private readonly names = new Map<string, T[]>();

  constructor(items: T[]) {
    for (const item of items) {
      this.ids.set(item.schoolId, item);
      if (!this.folded.has(foldId(item.schoolId))) this.folded.set(foldId(item.schoolId), item);
      for (const label of labelsOf([item.schoolName, item.schoolId])) this.names.set(label, [...(this.names.get(label) ?? []), item]);
    }
  }

  byId(id: string): T | undefined {
    return this.ids.get(id) ?? this.folded.get(foldId(id));
  }

  /** The one item the entry's name (or id) names; ambiguous when several; null when none. */
  byName(entry: DraftEntry): T | AbsentReason | null {
    const hits = new Map(labelsOf([entry.name, entry.id]).flatMap((label) => this.names.get(label) ?? []).map((item) => [item.schoolId, item] as const));
    if (hits.size > 1) return { code: 'ambiguous', candidates: [...hits.keys()] };
    return [...hits.values()][0] ?? null;
  }
}

function labelsOf(texts: (string | null)[]): string[] {
  return [...new Set(texts.filter((x): x is string => x !== null).map(normalizeSchoolName).filter((x) => x !== ''))];
}

/** Why the rule does not flag a school the draft lists: what it lacks, with the values. */
export function extraReason(verdict: SchoolVerdict, classification: Pick<Classification, 'year' | 'method'>): ExtraReason {
  const { year, method } = classification;
  if (!hasResultsIn(verdict, year)) return { code: 'no-results', year };
  const now = verdict.results.filter((r) => r.year === year);
  if (verdict.noFailingData) return { code: 'no-failing-data', year };
  const previous = verdict.lowResults.filter((r) => r.year === year - 1);
  const lowNow = now.filter((r) => r.low && r.counted);
  if (lowNow.length === 1) return { code: 'one-low', low: lowNow[0]!, previous, sameProcedure: method.sameProcedure };
  const below = now.filter(hasShare).filter((r) => r.counted && !r.low);
  const closest = below.reduce<SharedResult | null>((best, r) => (best === null || r.failShare > best.failShare ? r : best), null);
  return { code: 'no-low', closest, threshold: method.threshold, previous };
}
