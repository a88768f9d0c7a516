/**
 * Branches (филиалы) for the ШНОР list (issue #8): the list is made per legal entity, so a
 * branch's results are added to its legal entity's, per procedure and year, before the FIOKO
 * rule is applied. Pupils and failing pupils are summed — 2 of 10 at the school and 3 of 5 at its
 * branch are 5 of 15. Dynamics and the report keep every branch apart; only the list rolls up.
 */
import type { BranchMap } from '../model/branches.js';
import { compareProcedures } from '../model/procedures.js';
import { MARKS, resultKey, type Mark, type ResultRecord } from '../model/records.js';
import { compareNatural } from '../model/text.js';

export interface RollUp {
  /** One record per legal entity × procedure × year. */
  records: ResultRecord[];
  /** Per legal entity: the branch results summed into its results. */
  added: Map<string, ResultRecord[]>;
  /** Per legal entity: branch results left out, because a part had no participant count or no share of «2» to weigh by. */
  notAdded: Map<string, ResultRecord[]>;
}

export function rollUpBranches(records: ResultRecord[], branches: BranchMap): RollUp {
  const rollUp: RollUp = { records: [], added: new Map(), notAdded: new Map() };
  if (branches.size === 0) return { ...rollUp, records };
  for (const { entity, parts } of groupByEntity(records, branches)) {
    const own = parts.find((p) => p.schoolId === entity);
    const fromBranches = parts.filter((p) => p !== own);
    const combined = fromBranches.length === 0 ? own! : combine(entity, own, parts);
    if (combined) rollUp.records.push(combined);
    else if (own) rollUp.records.push(own);
    append(combined ? rollUp.added : rollUp.notAdded, entity, fromBranches);
  }
  return rollUp;
}

/** One legal entity's branch results among those its verdict reads, by branch. */
export function branchParts(rollUp: RollUp, entity: string, inScope: (r: ResultRecord) => boolean): { added: ResultRecord[]; notAdded: ResultRecord[] } {
  const pick = (map: Map<string, ResultRecord[]>) => (map.get(entity) ?? []).filter(inScope).sort(byBranch);
  return { added: pick(rollUp.added), notAdded: pick(rollUp.notAdded) };
}

function groupByEntity(records: ResultRecord[], branches: BranchMap): { entity: string; parts: ResultRecord[] }[] {
  const groups = new Map<string, { entity: string; parts: ResultRecord[] }>();
  for (const record of records) {
    const entity = branches.get(record.schoolId) ?? record.schoolId;
    const key = resultKey({ ...record, schoolId: entity });
    const group = groups.get(key);
    if (group) group.parts.push(record);
    else groups.set(key, { entity, parts: [record] });
  }
  return [...groups.values()];
}

/**
 * The legal entity's result from its parts. A lone branch result stands for the legal entity as
 * it is; several parts are weighed by their participants, so null when a part has no count — or
 * no count or share of «2» (a mean score only): the sum's share would be unknown.
 */
function combine(entity: string, own: ResultRecord | undefined, parts: ResultRecord[]): ResultRecord | null {
  if (parts.length === 1) return { ...parts[0]!, schoolId: entity, schoolName: null, schoolType: null };
  if (parts.some((p) => p.participants === null || (p.failed === null && p.failPct === null))) return null;
  return sumParts(entity, own, parts);
}

/**
 * Counts are summed, and a count one part lacks stays unknown. The failing share is weighed by
 * participants, so a part that gives only a share still counts. Mark shares and mean scores are
 * left empty rather than derived (one part's mean may be a test score, another's a mark): the
 * list reads neither, and dynamics and scores read each school's own records.
 */
function sumParts(entity: string, own: ResultRecord | undefined, parts: ResultRecord[]): ResultRecord {
  const first = own ?? parts[0]!;
  const participants = sum(parts.map((p) => p.participants))!;
  return {
    schoolId: entity,
    schoolName: own?.schoolName ?? null,
    municipality: first.municipality,
    schoolType: own?.schoolType ?? null,
    year: first.year,
    procedure: first.procedure,
    participants,
    failed: sum(parts.map((p) => p.failed)),
    failPct: weighedShare(parts, participants),
    markCounts: sumMarks(parts),
    markPcts: {},
    meanScore: null,
    highCount: sum(parts.map((p) => p.highCount)),
    scoreHistogram: sumHistograms(parts),
    source: first.source,
  };
}

function sum(values: (number | null)[]): number | null {
  return values.some((v) => v === null) ? null : values.reduce<number>((total, v) => total + v!, 0);
}

/** Σ share × participants / Σ participants; null when a part gives no share. */
function weighedShare(parts: ResultRecord[], participants: number): number | null {
  let failing = 0;
  for (const p of parts) {
    const share = p.failed !== null && p.participants! > 0 ? (p.failed / p.participants!) * 100 : p.failPct;
    if (share === null) return null;
    failing += share * p.participants!;
  }
  return participants > 0 ? failing / participants : null;
}

function sumMarks(parts: ResultRecord[]): Partial<Record<Mark, number>> {
  const counts: Partial<Record<Mark, number>> = {};
  for (const mark of MARKS) {
    const total = sum(parts.map((p) => p.markCounts[mark] ?? null));
    if (total !== null) counts[mark] = total;
  }
  return counts;
}

function sumHistograms(parts: ResultRecord[]): number[] | null {
  if (parts.some((p) => p.scoreHistogram === null)) return null;
  return parts[0]!.scoreHistogram!.map((_, score) => parts.reduce((n, p) => n + (p.scoreHistogram![score] ?? 0), 0));
}

function append(map: Map<string, ResultRecord[]>, key: string, items: ResultRecord[]): void {
  if (items.length > 0) map.set(key, [...(map.get(key) ?? []), ...items]);
}

function byBranch(a: ResultRecord, b: ResultRecord): number {
  return compareNatural(a.schoolId, b.schoolId) || b.year - a.year || compareProcedures(a.procedure, b.procedure);
}
