/**
 * `shnor check`, the data checks: input errors, gaps, jumps, small samples deciding a flag, and
 * signs of non-objective results — signs to review, never verdicts — beside the official list of
 * such signs where one is given (check-markers.ts).
 */
import { isWarning, type Issue } from '../model/issues.js';
import type { JournalRow } from '../model/journal.js';
import type { ObjectivityList } from '../model/markers.js';
import type { ResultRecord } from '../model/records.js';
import { compareNatural } from '../model/text.js';
import type { DataCheckOptions } from './check.js';
import { compareWithList } from './check-markers.js';
import { failShare, type Classification } from './fioko.js';
import { round4 } from './indicators/from-results.js';
import { twoProportionP } from './stats.js';
import { vprBesideOge } from './vpr-oge-sign.js';

export const DATA_CHECK_CODES = [
  'input-error', 'procedure-missing-in-year', 'results-missing-in-year', 'participants-change', 'small-sample-decides',
  'objectivity-no-twos-many-fives', 'objectivity-vpr-oge', 'objectivity-swing', 'journal-raised', 'objectivity-computed', 'objectivity-listed', 'objectivity-list-year',
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
  markers: ObjectivityList | null = null,
  computed: DataCheck[] = [],
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
    ...vprOgeChecks(used.filter((r) => r.year === year), options.objectivityVprLowPct, classification.method.threshold),
    ...swings(used, year, options),
    ...journalRaised(journal, new Set(records.map((r) => r.schoolId)), options.objectivityRaisedPct),
    ...computed,
  ];
  return (markers ? compareWithList(checks, markers, records, year, procedures) : checks).sort(compareChecks);
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

/** The shared sign of a ВПР far better than the school's ОГЭ in the same subject and year (vpr-oge-sign.ts). */
function vprOgeChecks(records: ResultRecord[], vprLowPct: number, threshold: number): DataCheck[] {
  return vprBesideOge(records, { vprLowPct, threshold }).map(({ vpr, oge, vprShare, ogeShare }) => ({
    code: 'objectivity-vpr-oge', level: 'warning', schoolId: vpr.schoolId, procedure: vpr.procedure, year: vpr.year,
    params: { vprShare, ogeProcedure: oge.procedure, ogeShare, vprLow: vprLowPct, threshold },
  }));
}

/**
 * The failing share moving by at least `objectivitySwingPp` points from Y−1 to Y, with at least
 * `objectivitySwingMinParticipants` participants in each year and a two-proportion z-test p below
 * `objectivitySwingAlpha` (shnor's own sign, not a seed's method: a swing of 1 pupil of 7 is chance,
 * not a sign). Example: 2/50 → 15/50 (+26 pp, p ≈ 0,0005) is a sign; 1/7 → 3/7 (+28,6 pp) is not.
 */
function swings(records: ResultRecord[], year: number, options: DataCheckOptions): DataCheck[] {
  const before = index(records, year - 1);
  const checks: DataCheck[] = [];
  for (const r of index(records, year).values()) {
    const p = before.get(key(r.schoolId, r.procedure));
    const share = failShare(r);
    const previousShare = p ? failShare(p) : null;
    if (!p || share === null || previousShare === null) continue;
    const change = round2(share - previousShare);
    if (Math.abs(change) < options.objectivitySwingPp) continue;
    const now = countsOf(r);
    const then = countsOf(p);
    if (!now || !then || Math.min(now.participants, then.participants) < options.objectivitySwingMinParticipants) continue;
    const pValue = twoProportionP(then.failed, then.participants, now.failed, now.participants);
    if (pValue >= options.objectivitySwingAlpha) continue;
    checks.push({
      code: 'objectivity-swing', level: 'warning', schoolId: r.schoolId, procedure: r.procedure, year,
      params: {
        share, previousShare, previousYear: year - 1, change, pp: options.objectivitySwingPp,
        failed: now.failed, participants: now.participants, previousFailed: then.failed, previousParticipants: then.participants,
        pValue: round4(pValue),
      },
    });
  }
  return checks;
}

function countsOf(r: ResultRecord): { failed: number; participants: number } | null {
  return r.failed !== null && r.participants !== null && r.participants > 0 ? { failed: r.failed, participants: r.participants } : null;
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

function round2(value: number): number {
  return Math.round(value * 100) / 100;
}

const CODE_ORDER = new Map<string, number>(DATA_CHECK_CODES.map((c, i) => [c, i]));

function compareChecks(a: DataCheck, b: DataCheck): number {
  return (
    Number(a.level === 'warning') - Number(b.level === 'warning') ||
    CODE_ORDER.get(a.code)! - CODE_ORDER.get(b.code)! ||
    compareNatural(a.schoolId ?? '', b.schoolId ?? '') ||
    (a.procedure ?? '').localeCompare(b.procedure ?? '') ||
    (b.year ?? 0) - (a.year ?? 0)
  );
}
