/**
 * A programme's target indicators for a year: plan, fact, numerator, denominator and status.
 * Seed 004 judges the programme each January on them («январь — по целевым показателям МППКО»).
 *
 * - From results (8.1–8.8): «Доля школ, от общего числа школ ШНРО и ШНСУ в МСО, достигших
 *   положительной динамики в результатах ОГЭ по математике» — of the group's schools with the
 *   procedure in Y−1 and Y, the share whose change into Y is positive (ruling R9's direction); a
 *   year with only a mean score (no share of «2») has no direction, so the school is not counted.
 *   A positive change that is not significant counts (the note says so), unless significance is
 *   required (dynamics.requireSignificance): then it is stable.
 *   Example: 4 schools, 3 positive → 75%, met against the 2023 plan of 70%.
 * - From the school rows of the facts workbook: the share of the group's schools answering «да»,
 *   or Σ numerators / Σ denominators over them. Blank rows are left out and counted in the note.
 * - From the municipal sheet: да/нет, or a share (a percentage, or numerator and denominator).
 *
 * The group is the programme's: ШНОР ∪ ШНСУ, ШНОР only, or every school. The ШНОР are the list in
 * force during Y, made from the results of Y−1 (ruling R2); the ШНСУ come from the profile.
 * Met: fact ≥ plan for a share, fact = plan for да/нет. No plan for Y, no group, or no fact: no data.
 */
import type { Facts, MunicipalFact, SchoolFacts } from '../model/facts.js';
import { planFor, type PlanValue } from '../model/plan.js';
import type { Group, Programme, ProgrammeIndicator } from '../model/programme.js';
import { countedDirection, notSignificant, type Change, type ChangeRef, type SchoolDynamics } from './dynamics.js';

export type TargetStatus = 'met' | 'notMet' | 'noData';

export interface SchoolChangeRef extends ChangeRef {
  schoolId: string;
}

export type TargetNote =
  | { code: 'no-plan' }
  | { code: 'empty-group' }
  | { code: 'no-facts' }
  | { code: 'no-fact' }
  | {
    code: 'results'; procedures: string[]; positive: string[]; counted: string[]; missing: string[];
    /** The positive changes counted though the test does not find them significant, by school. */
    notSignificant: SchoolChangeRef[];
  }
  | { code: 'schools'; yes: string[]; counted: string[]; blank: string[] }
  | { code: 'teachers'; counted: string[]; blank: string[] }
  | { code: 'municipal'; note: string | null };

export interface TargetOutcome {
  indicator: ProgrammeIndicator;
  plan: PlanValue | null;
  fact: PlanValue | null;
  numerator: number | null;
  denominator: number | null;
  status: TargetStatus;
  note: TargetNote;
  evidence: string | null;
}

export interface TargetGroups {
  /** The list in force during Y (flagged by the results of Y−1). */
  shnor: ReadonlySet<string>;
  shnsu: Set<string>;
  /** Every school in the data. */
  all: Set<string>;
}

export interface TargetInput {
  programme: Programme;
  year: number;
  groups: TargetGroups;
  dynamics: SchoolDynamics[];
  /** null when no facts workbook was given. */
  facts: Facts | null;
}

type Measured = Pick<TargetOutcome, 'fact' | 'numerator' | 'denominator' | 'note'> & { evidence?: string | null };

export function evaluateTargets(input: TargetInput): TargetOutcome[] {
  return input.programme.indicators.map((indicator) => evaluate(indicator, input));
}

/** The schools of a group, sorted. */
export function groupMembers(group: Group, groups: TargetGroups): string[] {
  const members = group === 'all' ? groups.all : group === 'shnor' ? groups.shnor : new Set([...groups.shnor, ...groups.shnsu]);
  return [...members].sort();
}

function evaluate(indicator: ProgrammeIndicator, input: TargetInput): TargetOutcome {
  const plan = planFor(indicator.plan, input.year);
  const measured = measure(indicator, input);
  const outcome = { indicator, plan, ...measured, evidence: measured.evidence ?? indicator.evidence };
  if (plan === null) return { ...outcome, status: 'noData', note: { code: 'no-plan' } };
  if (measured.fact === null) return { ...outcome, status: 'noData' };
  return { ...outcome, status: reaches(measured, plan) ? 'met' : 'notMet' };
}

/** Fact against plan; a share from counts is compared on the counts, not on its rounding. */
function reaches(measured: Measured, plan: PlanValue): boolean {
  if (typeof plan === 'boolean') return measured.fact === plan;
  const { numerator, denominator } = measured;
  if (numerator !== null && denominator !== null) return numerator * 100 >= plan * denominator;
  return typeof measured.fact === 'number' && measured.fact >= plan;
}

function measure(indicator: ProgrammeIndicator, input: TargetInput): Measured {
  const fact = indicator.fact;
  if (fact.source === 'municipal') return municipal(input.facts, indicator.id);
  const members = groupMembers(indicator.group, input.groups);
  if (members.length === 0) return empty({ code: 'empty-group' });
  if (fact.source === 'results') return fromResults(members, fact.procedures, input);
  if (!input.facts) return empty({ code: 'no-facts' });
  const rows = rowsOf(members, input.facts.schools);
  return fact.source === 'schools' ? schoolShare(rows, fact.column) : teacherShare(rows, fact.numerator, fact.denominator);
}

const empty = (note: TargetNote): Measured => ({ fact: null, numerator: null, denominator: null, note });

function fromResults(members: string[], procedures: string[], input: TargetInput): Measured {
  const bySchool = new Map(input.dynamics.map((d) => [d.schoolId, d]));
  const counted: string[] = [];
  const positive: string[] = [];
  const chance: SchoolChangeRef[] = [];
  const used = new Set<string>();
  for (const schoolId of members) {
    const found = firstChange(bySchool.get(schoolId), procedures, input.year);
    if (!found) continue;
    counted.push(schoolId);
    used.add(found.procedure);
    if (countedDirection(found.change) !== 'positive') continue;
    positive.push(schoolId);
    const unsure = notSignificant(found.procedure, [found.change])[0];
    if (unsure) chance.push({ ...unsure, schoolId });
  }
  const missing = notIn(members, counted);
  const note: TargetNote = { code: 'results', procedures: procedures.filter((p) => used.has(p)), positive, counted, missing, notSignificant: chance };
  return counted.length === 0 ? empty({ ...note, procedures }) : share(positive.length, counted.length, note);
}

/** The change into Y of the first of the procedures the school has in Y−1 and Y. */
function firstChange(school: SchoolDynamics | undefined, procedures: string[], year: number): { procedure: string; change: Change } | null {
  for (const procedure of procedures) {
    const change = school?.procedures.find((p) => p.procedure === procedure)?.changes.find((c) => c.to === year && c.from === year - 1 && c.direction !== null);
    if (change) return { procedure, change };
  }
  return null;
}

/** The ids not among `counted`, in their order (a set: a region's groups have thousands of schools). */
function notIn(ids: Iterable<string>, counted: string[]): string[] {
  const known = new Set(counted);
  return [...ids].filter((id) => !known.has(id));
}

function rowsOf(members: string[], schools: SchoolFacts[]): Map<string, SchoolFacts | undefined> {
  const byId = new Map(schools.map((s) => [s.schoolId, s]));
  return new Map(members.map((id) => [id, byId.get(id)]));
}

function schoolShare(rows: Map<string, SchoolFacts | undefined>, column: string): Measured {
  const answered = [...rows].filter(([, row]) => typeof row?.values[column] === 'boolean');
  const yes = answered.filter(([, row]) => row!.values[column] === true).map(([id]) => id);
  const counted = answered.map(([id]) => id);
  const note: TargetNote = { code: 'schools', yes, counted, blank: notIn(rows.keys(), counted) };
  return counted.length === 0 ? empty(note) : share(yes.length, counted.length, note);
}

function teacherShare(rows: Map<string, SchoolFacts | undefined>, numeratorKey: string, denominatorKey: string): Measured {
  const answered = [...rows].filter(([, row]) => typeof row?.values[numeratorKey] === 'number' && typeof row.values[denominatorKey] === 'number');
  const sum = (key: string) => answered.reduce((total, [, row]) => total + (row!.values[key] as number), 0);
  const counted = answered.map(([id]) => id);
  const note: TargetNote = { code: 'teachers', counted, blank: notIn(rows.keys(), counted) };
  const denominator = sum(denominatorKey);
  return denominator === 0 ? empty(note) : share(sum(numeratorKey), denominator, note);
}

function municipal(facts: Facts | null, id: string): Measured {
  if (!facts) return empty({ code: 'no-facts' });
  const row: MunicipalFact | undefined = facts.municipal.find((m) => m.id === id);
  if (!row) return empty({ code: 'no-fact' });
  const note: TargetNote = { code: 'municipal', note: row.note };
  if (row.numerator !== null && row.denominator !== null && row.denominator > 0) {
    return { ...share(row.numerator, row.denominator, note), evidence: row.evidence };
  }
  return { fact: row.value, numerator: null, denominator: null, note: row.value === null ? { code: 'no-fact' } : note, evidence: row.evidence };
}

/** A share in percent, to two decimals. */
function share(numerator: number, denominator: number, note: TargetNote): Measured {
  return { fact: Math.round((numerator / denominator) * 10_000) / 100, numerator, denominator, note };
}
