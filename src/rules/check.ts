/**
 * `shnor check`: a draft ШНОР list against what the FIOKO rule gives for the target year, and
 * checks of the data behind it. Pure: no reading, no texts — the report turns codes into words.
 *
 * compareDraft matches each draft entry to a school by id (exact, then case aside), else by its
 * normalised name (ownership prefix МБОУ/МАОУ/… and «№»/«N» aside); a name match is kept as such
 * so that the analyst can confirm it. dataChecks never decides a verdict: its «objectivity»
 * findings are signs to review.
 */
import { z } from 'zod';
import { isWarning, type Issue } from '../model/issues.js';
import { parseProcedure } from '../model/procedures.js';
import type { ResultRecord } from '../model/records.js';
import type { JournalRow } from '../io/journal.js';
import { compareIds, failShare, type Classification, type Criterion, type ResultAssessment, type SchoolVerdict } from './fioko.js';
import { normalizeSchoolName } from '../model/school-name.js';

/** The check's parameters as shnor.config.json carries them (section «check»), with defaults. */
export const checkParams = z
  .object({
    /** «No "2" and many "5"»: the school's share of «5» at least this many points above the district's. */
    objectivityFivePp: z.number().min(0).max(100).default(25),
    /** A ВПР failing share below this (%) beside a low ОГЭ result in the same subject. */
    objectivityVprLowPct: z.number().min(0).max(100).default(5),
    /** A swing of the failing share of at least this many points between consecutive years. */
    objectivitySwingPp: z.number().gt(0).max(100).default(10),
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

// ---------------------------------------------------------------------------------------------
// The draft list

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
    .sort((a, b) => compareIds(a.verdict.schoolId, b.verdict.schoolId))
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

// ---------------------------------------------------------------------------------------------
// Data checks

export const DATA_CHECK_CODES = [
  'input-error', 'procedure-missing-in-year', 'results-missing-in-year', 'participants-change', 'small-sample-decides',
  'objectivity-no-twos-many-fives', 'objectivity-vpr-oge', 'objectivity-swing', 'journal-raised',
] as const;
export type DataCheckCode = (typeof DATA_CHECK_CODES)[number];

export interface DataCheck {
  code: DataCheckCode;
  level: 'error' | 'warning';
  schoolId: string | null;
  procedure: string | null;
  year: number | null;
  /** The values the message is made of (shares in percent, counts, years). */
  params: Record<string, string | number>;
  /** The input issue behind an «input-error». */
  issue?: Issue;
}

export function dataChecks(
  records: ResultRecord[],
  classification: Classification,
  issues: Issue[],
  options: DataCheckOptions,
  journal: JournalRow[] = [],
): DataCheck[] {
  const { year } = classification;
  const procedures = new Set(classification.method.procedures);
  const used = records.filter((r) => procedures.has(r.procedure) && (r.year === year || r.year === year - 1));
  const checks: DataCheck[] = [
    ...issues.filter((i) => !isWarning(i)).map(inputError),
    ...missingResults(used, year),
    ...participantsChanges(used, year, options.participantsChange),
    ...smallSamples(classification, options.smallSample),
    ...noTwosManyFives(used.filter((r) => r.year === year), options.objectivityFivePp),
    ...vprBesideOge(used.filter((r) => r.year === year), options.objectivityVprLowPct, classification.method.threshold),
    ...swings(used, year, options.objectivitySwingPp),
    ...journalRaised(journal, new Set(records.map((r) => r.schoolId)), options.objectivityRaisedPct),
  ];
  return checks.sort(compareChecks);
}

function inputError(issue: Issue): DataCheck {
  return { code: 'input-error', level: 'error', schoolId: null, procedure: null, year: null, params: { ...issue.params }, issue };
}

type Key = string;
const key = (schoolId: string, procedure: string): Key => `${schoolId}\u0000${procedure}`;

function index(records: ResultRecord[], year: number): Map<Key, ResultRecord> {
  const map = new Map<Key, ResultRecord>();
  for (const r of records) if (r.year === year && !map.has(key(r.schoolId, r.procedure))) map.set(key(r.schoolId, r.procedure), r);
  return map;
}

/** A procedure a school had in Y−1 with no result in Y; a procedure nobody has in Y is one finding. */
function missingResults(records: ResultRecord[], year: number): DataCheck[] {
  const now = index(records, year);
  const before = index(records, year - 1);
  const proceduresNow = new Set([...now.values()].map((r) => r.procedure));
  const checks: DataCheck[] = [];
  const wholeProcedure = new Set<string>();
  for (const r of before.values()) {
    if (now.has(key(r.schoolId, r.procedure))) continue;
    if (!proceduresNow.has(r.procedure)) {
      if (!wholeProcedure.has(r.procedure)) {
        wholeProcedure.add(r.procedure);
        checks.push({ code: 'procedure-missing-in-year', level: 'warning', schoolId: null, procedure: r.procedure, year, params: { previousYear: year - 1 } });
      }
      continue;
    }
    checks.push({ code: 'results-missing-in-year', level: 'warning', schoolId: r.schoolId, procedure: r.procedure, year, params: { previousYear: year - 1 } });
  }
  return checks;
}

function participantsChanges(records: ResultRecord[], year: number, limit: number): DataCheck[] {
  const before = index(records, year - 1);
  const checks: DataCheck[] = [];
  for (const r of index(records, year).values()) {
    const p = before.get(key(r.schoolId, r.procedure));
    if (!p || r.participants === null || p.participants === null || p.participants === 0) continue;
    if (Math.abs(r.participants - p.participants) > limit * p.participants) {
      checks.push({
        code: 'participants-change', level: 'warning', schoolId: r.schoolId, procedure: r.procedure, year,
        params: { participants: r.participants, previous: p.participants, previousYear: year - 1, limit: round2(limit * 100) },
      });
    }
  }
  return checks;
}

/** A low result with fewer participants than classify.smallSample among a flagged school's low results. */
function smallSamples(classification: Classification, limit: number): DataCheck[] {
  return classification.schools
    .filter((s) => s.flagged)
    .flatMap((s) =>
      s.lowResults
        .filter((r) => r.participants !== null && r.participants < limit)
        .map((r): DataCheck => ({
          code: 'small-sample-decides', level: 'warning', schoolId: s.schoolId, procedure: r.procedure, year: r.year,
          params: { participants: r.participants!, limit, share: r.failShare },
        })),
    );
}

/** The share of «5» in percent, or null when the record does not give it. */
export function shareOfFives(r: ResultRecord): number | null {
  const count = r.markCounts[5];
  if (count !== undefined && r.participants !== null && r.participants > 0) return (count / r.participants) * 100;
  return r.markPcts[5] ?? null;
}

function fivesOf(r: ResultRecord): { fives: number; participants: number } | null {
  const share = shareOfFives(r);
  if (share === null || r.participants === null || r.participants <= 0) return null;
  return { fives: (share / 100) * r.participants, participants: r.participants };
}

/** No «2» at all, and a share of «5» at least `pp` points above the district's (all schools in the data). */
function noTwosManyFives(records: ResultRecord[], pp: number): DataCheck[] {
  const district = new Map<string, { fives: number; participants: number }>();
  for (const r of records) {
    const f = fivesOf(r);
    if (!f) continue;
    const sum = district.get(r.procedure) ?? { fives: 0, participants: 0 };
    sum.fives += f.fives;
    sum.participants += f.participants;
    district.set(r.procedure, sum);
  }
  const checks: DataCheck[] = [];
  for (const r of records) {
    const share5 = shareOfFives(r);
    const sum = district.get(r.procedure);
    if (share5 === null || !sum || sum.participants === 0 || !noTwos(r)) continue;
    const districtShare = (sum.fives / sum.participants) * 100;
    if (share5 >= districtShare + pp) {
      checks.push({
        code: 'objectivity-no-twos-many-fives', level: 'warning', schoolId: r.schoolId, procedure: r.procedure, year: r.year,
        params: { share5: round2(share5), district5: round2(districtShare), pp },
      });
    }
  }
  return checks;
}

function noTwos(r: ResultRecord): boolean {
  if (r.failed !== null) return r.failed === 0;
  if (r.failPct !== null) return r.failPct === 0;
  return false;
}

/** A ВПР failing share below `vprLow` beside an ОГЭ result at or above the threshold in the same subject. */
function vprBesideOge(records: ResultRecord[], vprLow: number, threshold: number): DataCheck[] {
  const oge = new Map<Key, ResultRecord>();
  for (const r of records) {
    const p = parseProcedure(r.procedure);
    if (p?.kind === 'OGE' && failShare(r) >= threshold) oge.set(key(r.schoolId, p.subject), r);
  }
  const checks: DataCheck[] = [];
  for (const r of records) {
    const p = parseProcedure(r.procedure);
    if (p?.kind !== 'VPR' || (r.failed === null && r.failPct === null)) continue;
    const o = oge.get(key(r.schoolId, p.subject));
    const share = failShare(r);
    if (o && share < vprLow) {
      checks.push({
        code: 'objectivity-vpr-oge', level: 'warning', schoolId: r.schoolId, procedure: r.procedure, year: r.year,
        params: { vprShare: share, ogeProcedure: o.procedure, ogeShare: failShare(o), vprLow, threshold },
      });
    }
  }
  return checks;
}

/** The failing share moving by at least `pp` points from Y−1 to Y. */
function swings(records: ResultRecord[], year: number, pp: number): DataCheck[] {
  const before = index(records, year - 1);
  const checks: DataCheck[] = [];
  for (const r of index(records, year).values()) {
    const p = before.get(key(r.schoolId, r.procedure));
    if (!p || !hasShare(r) || !hasShare(p)) continue;
    const change = round2(failShare(r) - failShare(p));
    if (Math.abs(change) >= pp) {
      checks.push({
        code: 'objectivity-swing', level: 'warning', schoolId: r.schoolId, procedure: r.procedure, year,
        params: { share: failShare(r), previousShare: failShare(p), previousYear: year - 1, change, pp },
      });
    }
  }
  return checks;
}

/**
 * «Повысили» (the work's mark above the journal's) at or above `limit` for a school in the data:
 * a sign to review, never a verdict. The same school and work twice in the journal is one finding.
 */
function journalRaised(rows: JournalRow[], schools: Set<string>, limit: number): DataCheck[] {
  const seen = new Set<string>();
  const checks: DataCheck[] = [];
  for (const row of rows) {
    if (row.raised === null || row.raised < limit || !schools.has(row.schoolId)) continue;
    const id = `${key(row.schoolId, row.procedure)}\u0000${row.year}`;
    if (seen.has(id)) continue;
    seen.add(id);
    checks.push({
      code: 'journal-raised', level: 'warning', schoolId: row.schoolId, procedure: row.procedure, year: row.year,
      params: { work: row.procedure, share: row.raised, threshold: limit },
    });
  }
  return checks;
}

function hasShare(r: ResultRecord): boolean {
  return (r.failed !== null && r.participants !== null && r.participants > 0) || r.failPct !== null;
}

function round2(value: number): number {
  return Math.round(value * 100) / 100;
}

const CODE_ORDER = new Map<string, number>(DATA_CHECK_CODES.map((c, i) => [c, i]));

function compareChecks(a: DataCheck, b: DataCheck): number {
  return (
    Number(a.level === 'warning') - Number(b.level === 'warning') ||
    CODE_ORDER.get(a.code)! - CODE_ORDER.get(b.code)! ||
    compareIds(a.schoolId ?? '', b.schoolId ?? '') ||
    (a.procedure ?? '').localeCompare(b.procedure ?? '') ||
    (b.year ?? 0) - (a.year ?? 0)
  );
}

/** True when the draft matches the rule and no data check is an error: exit 0. */
export function checkPassed(comparison: DraftComparison | null, checks: DataCheck[]): boolean {
  const draftOk = comparison === null || (comparison.missing.length === 0 && comparison.extra.length === 0 && comparison.absent.length === 0);
  return draftOk && !checks.some((c) => c.level === 'error');
}
