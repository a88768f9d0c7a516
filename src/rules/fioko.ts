/**
 * The FIOKO rule (seed 003 §3.1, seed 004 «критерии»): a procedure result is low when at least
 * 30% of its participants failed («2» in ВПР/ОГЭ/КДР/ЕГЭ базовая, below the minimum score in the
 * other ЕГЭ). For target year Y a school is flagged when
 *   A — at least 2 procedures are low in Y, or
 *   B — at least 1 procedure is low in Y and at least 1 in Y−1 (with sameProcedure: the same one).
 * Worked example (seed 003 table, school 5, 2021): ВПР математика 6 — 49% «2», ОГЭ математика —
 * 32% not passing; both ≥ 30% → two low results → criterion A.
 * The boundary is inclusive and decided on whole pupils where counts exist: 3/10, 21/70 and
 * 33/110 are low (exactly 30%), 29/100 is not. With branches (--schools parent_id) the list is
 * made per legal entity: branch results are summed into their legal entity's first (branches.ts).
 * A result with a mean score and no count or share of «2» (the mean-score tables of seeds 000 and
 * 002) is never low and counts toward neither criterion; a school whose results in Y are all such
 * is not checked (noFailingData), rather than «не ШНОР».
 */
import * as z from 'zod';
import type { BranchMap } from '../model/branches.js';
import { groupBySchool, type ResultRecord, type SourceRef } from '../model/records.js';
import type { ProcedureSelection } from '../model/procedure-sets.js';
import { compareProcedures } from '../model/procedures.js';
import { compareNatural } from '../model/text.js';
import { branchParts, rollUpBranches, type RollUp } from './branches.js';

/** The document the rule comes from (a data/sources.json id). */
export const FIOKO_SOURCE = 'fioko-2021';

/** The rule's parameters as shnor.config.json carries them (section «classify»), with defaults. */
export const fiokoParams = z
  .object({
    threshold: z.number().gt(0).lte(100).default(30),
    sameProcedure: z.boolean().default(false),
    procedures: z.union([z.enum(['fioko', 'extended', 'all']), z.array(z.string()).min(1)]).default('fioko'),
    minParticipants: z.number().int().min(1).default(1),
    smallSample: z.number().int().min(1).default(10),
  })
  .strict();

export interface ClassifyOptions {
  year: number;
  threshold: number;
  sameProcedure: boolean;
  selection: ProcedureSelection;
  minParticipants: number;
  /** Results with fewer participants are marked «малая выборка» but still count. */
  smallSample: number;
  /** Branch → legal entity (--schools parent_id): the list is made per legal entity, branches summed in. */
  branches?: BranchMap;
}

export interface ClassifyMethod {
  threshold: number;
  sameProcedure: boolean;
  procedures: string[];
  minParticipants: number;
}

export interface ResultAssessment {
  year: number;
  procedure: string;
  participants: number | null;
  failed: number | null;
  /** Percent, rounded to 2 decimals; null when the result gives only a mean score. */
  failShare: number | null;
  meanScore: number | null;
  low: boolean;
  /** False when the result has fewer participants than minParticipants. */
  counted: boolean;
  smallSample: boolean;
  source: SourceRef;
}

/** A result that carries a share of «2» — every low result does. */
export interface SharedResult extends ResultAssessment {
  failShare: number;
}

export function hasShare(result: ResultAssessment): result is SharedResult {
  return result.failShare !== null;
}

export type Criterion = 'A' | 'B';

export type VerdictNote =
  | { code: 'criterion-a'; low: SharedResult[] }
  | { code: 'criterion-b'; current: SharedResult[]; previous: SharedResult[]; sameProcedure: boolean }
  | { code: 'not-flagged'; lowCount: number; previousLowCount: number }
  /** Results in Y, none with a share of «2»: the school could not be checked. */
  | { code: 'no-failing-data'; year: number }
  /** Results of Y and Y−1 with a mean score and no share of «2»: never low. */
  | { code: 'mean-only'; results: ResultAssessment[] }
  | { code: 'no-results-in-year'; year: number }
  | { code: 'small-sample'; results: ResultAssessment[]; limit: number }
  | { code: 'not-counted'; results: ResultAssessment[]; minParticipants: number }
  | { code: 'with-branches'; results: BranchResult[] }
  | { code: 'branches-not-added'; results: BranchResult[] };

/** A branch's own result, as summed into (or left out of) its legal entity's. */
export interface BranchResult extends ResultAssessment {
  schoolId: string;
  schoolName: string | null;
}

export interface SchoolVerdict {
  schoolId: string;
  schoolName: string | null;
  municipality: string | null;
  schoolType: string | null;
  flagged: boolean;
  criteria: Criterion[];
  /** True when the school has results in Y and none carries a share of «2»: nothing could be checked. */
  noFailingData: boolean;
  /** Counted low results of Y and Y−1. */
  lowResults: SharedResult[];
  /** Every result of Y and Y−1 in the procedure set, low or not, with a share of «2» or only a mean. */
  results: ResultAssessment[];
  notes: VerdictNote[];
  /** The branches whose results of Y and Y−1 are summed into this legal entity's (rules/branches.ts). */
  branches: string[];
}

export interface Classification {
  year: number;
  method: ClassifyMethod;
  schools: SchoolVerdict[];
  /** The ids of the flagged schools (ШНОР of Y), in the order of `schools`. */
  flagged: ReadonlySet<string>;
  /** True when results of Y and Y−1 exist and not one carries a share of «2» (a run of mean-score tables). */
  noFailingData: boolean;
}

/** True when the school has a result of `year` in the procedure set; without one it is not judged in that year. */
export function hasResultsIn(verdict: SchoolVerdict, year: number): boolean {
  return verdict.results.some((r) => r.year === year);
}

export function isLow(record: Pick<ResultRecord, 'participants' | 'failed' | 'failPct'>, threshold: number): boolean {
  if (record.failed !== null && record.participants !== null && record.participants > 0) {
    return record.failed * 100 >= threshold * record.participants;
  }
  return record.failPct !== null && record.failPct >= threshold;
}

/** The failing share in percent to 2 decimals, as lists show it; null when the record gives no count or share of «2» (only a mean). */
export function failShare(record: Pick<ResultRecord, 'participants' | 'failed' | 'failPct'>): number | null {
  const exact = exactFailShare(record);
  return exact === null ? null : round2(exact);
}

/** The failing share in percent, unrounded: what an indicator computes with (2/37 → 5,4054…, not 5,41). */
export function exactFailShare(record: Pick<ResultRecord, 'participants' | 'failed' | 'failPct'>): number | null {
  if (record.failed !== null && record.participants !== null && record.participants > 0) return (record.failed / record.participants) * 100;
  return record.failPct;
}

function round2(value: number): number {
  return Math.round(value * 100) / 100;
}

export function assessResult(record: ResultRecord, options: ClassifyOptions): ResultAssessment {
  const participants = record.participants;
  return {
    year: record.year,
    procedure: record.procedure,
    participants,
    failed: record.failed,
    failShare: failShare(record),
    meanScore: record.meanScore,
    low: isLow(record, options.threshold),
    counted: participants === null || participants >= options.minParticipants,
    smallSample: participants !== null && participants < options.smallSample,
    source: record.source,
  };
}

export function classifySchools(records: ResultRecord[], options: ClassifyOptions): Classification {
  const rollUp = rollUpBranches(records, options.branches ?? new Map());
  const schools = [...groupBySchool(rollUp.records).values()].map((own) => classifySchool(own, options, rollUp));
  schools.sort((a, b) => Number(b.flagged) - Number(a.flagged) || compareNatural(a.schoolId, b.schoolId));
  const results = schools.flatMap((s) => s.results);
  const noFailingData = results.length > 0 && !results.some(hasShare);
  const flagged = new Set(schools.filter((s) => s.flagged).map((s) => s.schoolId));
  return { year: options.year, method: describeMethod(records, options), schools, flagged, noFailingData };
}

function classifySchool(records: ResultRecord[], options: ClassifyOptions, rollUp: RollUp): SchoolVerdict {
  const { year } = options;
  const inScope = (r: ResultRecord) => (r.year === year || r.year === year - 1) && options.selection.includes(r.procedure);
  const results = records
    .filter(inScope)
    .map((r) => assessResult(r, options))
    .sort(compareAssessments);
  const counted = results.filter(hasShare).filter((r) => r.counted);
  const lowNow = counted.filter((r) => r.year === year && r.low);
  const lowBefore = counted.filter((r) => r.year === year - 1 && r.low);
  const now = results.filter((r) => r.year === year);
  const noFailingData = now.length > 0 && !now.some(hasShare);
  const criteria: Criterion[] = [];
  const notes: VerdictNote[] = [];
  if (lowNow.length >= 2) {
    criteria.push('A');
    notes.push({ code: 'criterion-a', low: lowNow });
  }
  const previous = options.sameProcedure ? lowBefore.filter((p) => lowNow.some((c) => c.procedure === p.procedure)) : lowBefore;
  if (lowNow.length >= 1 && previous.length >= 1) {
    criteria.push('B');
    const current = options.sameProcedure ? lowNow.filter((c) => previous.some((p) => p.procedure === c.procedure)) : lowNow;
    notes.push({ code: 'criterion-b', current, previous, sameProcedure: options.sameProcedure });
  }
  if (noFailingData) notes.push({ code: 'no-failing-data', year });
  else if (criteria.length === 0) notes.push({ code: 'not-flagged', lowCount: lowNow.length, previousLowCount: lowBefore.length });
  if (now.length === 0) notes.push({ code: 'no-results-in-year', year });
  const meanOnly = results.filter((r) => !hasShare(r));
  if (meanOnly.length > 0) notes.push({ code: 'mean-only', results: meanOnly });
  const first = records[0]!;
  const branches = branchParts(rollUp, first.schoolId, inScope);
  notes.push(...branchNotesOf(branches, options), ...sampleNotes(results, options));
  return {
    schoolId: first.schoolId,
    schoolName: firstKnown(records, 'schoolName'),
    municipality: firstKnown(records, 'municipality'),
    schoolType: firstKnown(records, 'schoolType'),
    flagged: criteria.length > 0,
    criteria,
    noFailingData,
    lowResults: [...lowNow, ...lowBefore].sort(compareAssessments),
    results,
    notes,
    branches: [...new Set(branches.added.map((r) => r.schoolId))],
  };
}

function branchNotesOf(parts: { added: ResultRecord[]; notAdded: ResultRecord[] }, options: ClassifyOptions): VerdictNote[] {
  const assess = (r: ResultRecord): BranchResult => ({ ...assessResult(r, options), schoolId: r.schoolId, schoolName: r.schoolName });
  const notes: VerdictNote[] = [];
  if (parts.added.length > 0) notes.push({ code: 'with-branches', results: parts.added.map(assess) });
  if (parts.notAdded.length > 0) notes.push({ code: 'branches-not-added', results: parts.notAdded.map(assess) });
  return notes;
}

function sampleNotes(results: ResultAssessment[], options: ClassifyOptions): VerdictNote[] {
  const notCounted = results.filter((r) => hasShare(r) && !r.counted);
  const small = results.filter((r) => hasShare(r) && r.counted && r.smallSample);
  const notes: VerdictNote[] = [];
  if (notCounted.length > 0) notes.push({ code: 'not-counted', results: notCounted, minParticipants: options.minParticipants });
  if (small.length > 0) notes.push({ code: 'small-sample', results: small, limit: options.smallSample });
  return notes;
}

function describeMethod(records: ResultRecord[], options: ClassifyOptions): ClassifyMethod {
  const present = new Set(records.map((r) => r.procedure));
  const inData = [...present].filter((code) => options.selection.includes(code));
  return {
    threshold: options.threshold,
    sameProcedure: options.sameProcedure,
    procedures: [...new Set([...options.selection.listed, ...inData])].sort(compareProcedures),
    minParticipants: options.minParticipants,
  };
}


/** The latest known value: a school renamed between years shows its current name. */
function firstKnown(records: ResultRecord[], field: 'schoolName' | 'municipality' | 'schoolType'): string | null {
  let best: ResultRecord | null = null;
  for (const r of records) if (r[field] !== null && (best === null || r.year > best.year)) best = r;
  return best?.[field] ?? null;
}

function compareAssessments(a: ResultAssessment, b: ResultAssessment): number {
  return b.year - a.year || compareProcedures(a.procedure, b.procedure);
}

