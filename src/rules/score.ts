/**
 * The Slavyansk point indicators (seed 003, «Муниципальные показатели работы со ШНОР»): every
 * school gets each indicator's value and points (or no points, with the reason), its total, the
 * maximum reachable with the data present, the percentage of it, and its rank in the district.
 * Missing data is never scored as 0. Sections 3 and 4 are values only; the municipality's
 * section 4 counts are over «ШНОР и школы с низким ИОР» (flagged by classify, or a school with low
 * ИОР as seed 003 §3.5 defines it: low-ior.ts, the same as cluster 2's).
 */
import type { GraduateRecord } from '../model/graduates.js';
import type { SchoolProfile } from '../model/profile.js';
import { groupBySchool, type ResultRecord } from '../model/records.js';
import type { ReferenceValue } from '../model/reference.js';
import { compareNatural } from '../model/text.js';
import type { SchoolDynamics } from './dynamics.js';
import { buildDistrict } from './indicators/district.js';
import { round4 } from './indicators/from-results.js';
import type { ScoreParams } from './indicators/params.js';
import { defaultScales, INDICATORS } from './indicators/registry.js';
import { maxPoints, minPoints, pointsFor, type Scale } from './indicators/scale.js';
import type { InequalityRanks, IndicatorNote, NoValueReason, SchoolData, SchoolKind, ScoreContext } from './indicators/types.js';
import { lowIorOf } from './low-ior.js';
import { flagLookup, type ObjectivityBasis } from './objectivity-flag.js';

export interface ScoreInput {
  year: number;
  records: ResultRecord[];
  graduates: GraduateRecord[];
  profiles: SchoolProfile[];
  profileGiven: boolean;
  /** Where 1.18 takes its flag from: the official list, the profile or the computed signs (--objectivity-from). */
  objectivity: ObjectivityBasis;
  reference: ReferenceValue[];
  /** Schools flagged ШНОР by classify for the same year. */
  flagged: ReadonlySet<string>;
  params: ScoreParams;
  /** Each school's dynamics, for «школа с низким ИОР» (low-ior.ts). */
  dynamics: ReadonlyMap<string, SchoolDynamics>;
  /** The negative changes in a row a school with low ИОР shows (config cluster.negativeRun). */
  negativeRun: number;
}

export interface IndicatorScore {
  id: string;
  /** Rounded to 4 decimals; for a choice, its order (нет 0, участники 1, победители 2 …). */
  value: number | null;
  level: string | null;
  points: number | null;
  max: number | null;
  /** At the bottom of its scale — what «an indicator scoring 0» means (ruling R8). */
  lowest: boolean;
  reason: NoValueReason | null;
  notes: IndicatorNote[];
}

export interface SchoolScore {
  schoolId: string;
  schoolName: string | null;
  municipality: string | null;
  kind: SchoolKind | null;
  flagged: boolean;
  /** False for a school with no results in the target year: listed, not ranked. */
  resultsInYear: boolean;
  indicators: IndicatorScore[];
  total: number;
  max: number;
  percent: number | null;
  rank: number | null;
}

export interface Scoring {
  year: number;
  schools: SchoolScore[];
  /** Municipal values: 3.x means and 4.x counts over the target group. */
  municipal: Record<string, number | null>;
  /** «ШНОР и школы с низким ИОР»: the group sections 3 and 4 count. */
  group: string[];
}

export function scoreSchools(input: ScoreInput): Scoring {
  const schools = schoolData(input);
  const context: ScoreContext = {
    year: input.year,
    district: buildDistrict(input.records, input.reference),
    params: input.params,
    profileGiven: input.profileGiven,
    objectivity: flagLookup(input.objectivity),
    inequality: rankInequality(schools, input.year, input.params),
  };
  const scales = { ...defaultScales(), ...input.params.scales };
  const scored = schools.map((school) => scoreSchool(school, context, scales, input.flagged.has(school.schoolId)));
  rank(scored);
  const lowIor = (s: SchoolScore) => lowIorOf(valueOfIndicator(s, '1.19'), input.dynamics.get(s.schoolId), input.negativeRun, input.year) !== null;
  const group = scored.filter((s) => s.flagged || lowIor(s)).map((s) => s.schoolId);
  return {
    year: input.year,
    schools: scored.sort((a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity) || compareNatural(a.schoolId, b.schoolId)),
    municipal: municipalValues(scored, new Set(group)),
    group,
  };
}

function scoreSchool(school: SchoolData, context: ScoreContext, scales: Record<string, Scale>, flagged: boolean): SchoolScore {
  const indicators = INDICATORS.map((def): IndicatorScore => {
    const outcome = def.compute(school, context);
    // written out, not `{ ...base, … }`: that gives every object a hidden class of its own (emit-result.ts)
    const { id } = def;
    const { notes } = outcome;
    if (outcome.value === null) return { id, notes, value: null, level: null, points: null, max: null, lowest: false, reason: outcome.reason };
    const scale = def.scale === null ? null : (scales[outcome.scaleKey ?? def.id] ?? def.scale);
    // scored on the value as shown: float noise (−4e−16 for «no change») must not cross a boundary
    const value = round4(outcome.value);
    const points = scale === null ? null : pointsFor(outcome.level ?? value, scale);
    const max = scale === null || points === null ? null : maxPoints(scale);
    const lowest = scale !== null && points !== null && points === minPoints(scale);
    return { id, notes, value, level: outcome.level ?? null, points, max, lowest, reason: null };
  });
  const total = indicators.reduce((s, i) => s + (i.points ?? 0), 0);
  const max = indicators.reduce((s, i) => s + (i.max ?? 0), 0);
  return {
    schoolId: school.schoolId,
    schoolName: school.schoolName,
    municipality: school.municipality,
    kind: school.kind,
    flagged,
    resultsInYear: school.results(context.year).length > 0,
    indicators,
    total,
    max,
    percent: max > 0 ? Math.round((total / max) * 10_000) / 100 : null,
    rank: null,
  };
}

/** Competition ranking by percentage of the reachable maximum (1, 2, 2, 4), of schools with results in Y. */
function rank(schools: SchoolScore[]): void {
  const ranked = schools.filter((s) => s.percent !== null && s.resultsInYear).sort((a, b) => b.percent! - a.percent!);
  ranked.forEach((school, i) => {
    school.rank = i > 0 && ranked[i - 1]!.percent === school.percent ? ranked[i - 1]!.rank : i + 1;
  });
}

function valueOfIndicator(school: SchoolScore, id: string): number | null {
  return school.indicators.find((i) => i.id === id)?.value ?? null;
}

function municipalValues(schools: SchoolScore[], group: ReadonlySet<string>): Record<string, number | null> {
  const members = schools.filter((s) => group.has(s.schoolId));
  const values: Record<string, number | null> = {};
  for (const def of INDICATORS.filter((d) => d.scale === null)) {
    const known = members.map((s) => valueOfIndicator(s, def.id)).filter((v): v is number => v !== null);
    if (def.id.startsWith('4.')) values[def.id] = known.filter((v) => v === 1).length;
    else values[def.id] = known.length === 0 ? null : round4(known.reduce((a, b) => a + b, 0) / known.length);
  }
  return values;
}

function schoolData(input: ScoreInput): SchoolData[] {
  const bySchool = groupBySchool(input.records);
  const profiles = new Map(input.profiles.map((p) => [p.schoolId, p]));
  const graduates = new Map(input.graduates.map((g) => [`${g.schoolId}|${g.year}`, g]));
  return [...bySchool].map(([schoolId, records]) => {
    const byKey = new Map(records.map((r) => [`${r.procedure}|${r.year}`, r]));
    const profile = profiles.get(schoolId) ?? null;
    const latest = [...records].sort((a, b) => b.year - a.year);
    const declared = kindOf(profile?.schoolType ?? latest.find((r) => r.schoolType)?.schoolType ?? null);
    const kind = declared ?? inferKind(records);
    return {
      schoolId,
      schoolName: profile?.schoolName ?? latest.find((r) => r.schoolName)?.schoolName ?? null,
      municipality: latest.find((r) => r.municipality)?.municipality ?? null,
      kind,
      kindInferred: declared === null && kind !== null,
      result: (procedure, year) => byKey.get(`${procedure}|${year}`),
      results: (year) => records.filter((r) => r.year === year),
      graduates: (year) => graduates.get(`${schoolId}|${year}`),
      profile,
    };
  });
}

/** «СОШ», «средняя», «гимназия», «лицей» → secondary; «ООШ», «основная», «НОШ» → basic. */
export function kindOf(type: string | null): SchoolKind | null {
  if (!type) return null;
  const t = type.toLowerCase();
  if (/сош|средн|гимназ|лице/.test(t)) return 'secondary';
  if (/оош|основн|нош|начальн/.test(t)) return 'basic';
  return null;
}

/** A school without a declared type is secondary if it has any ЕГЭ, basic if it has ОГЭ only. */
function inferKind(records: ResultRecord[]): SchoolKind | null {
  if (records.some((r) => r.procedure.startsWith('EGE-'))) return 'secondary';
  if (records.some((r) => r.procedure.startsWith('OGE-'))) return 'basic';
  return null;
}

/** 1.9: the top N of the district in both ЕГЭ русский and математика, and the bottom N in either. */
function rankInequality(schools: SchoolData[], year: number, params: ScoreParams): InequalityRanks {
  const subjects = ['EGE-RU', params.egeMath];
  const scored = schools.flatMap((school) => {
    const means = subjects.map((p) => school.result(p, year)?.meanScore ?? null);
    return means.every((m) => m !== null) ? [{ id: school.schoolId, means: means as number[] }] : [];
  });
  const { top, bottom } = topAndBottom(scored, params.inequalityTopN);
  return { ranked: new Set(scored.map((s) => s.id)), top, bottom };
}

/**
 * The top `n` (fewer than `n` schools strictly better in every subject) and the bottom `n` (fewer
 * than `n` strictly worse in some subject); equal means rank together. Each subject's means are
 * sorted once and counted by binary search, not by a pass over every school per school.
 */
export function topAndBottom(scored: { id: string; means: number[] }[], n: number): { top: Set<string>; bottom: Set<string> } {
  const subjects = scored[0]?.means.length ?? 0;
  const sorted = Array.from({ length: subjects }, (_, i) => scored.map((s) => s.means[i]!).sort((a, b) => a - b));
  const better = (i: number, a: number) => sorted[i]!.length - countAtMost(sorted[i]!, a);
  const worse = (i: number, a: number) => countBelow(sorted[i]!, a);
  return {
    top: new Set(scored.filter((s) => s.means.every((m, i) => better(i, m) < n)).map((s) => s.id)),
    bottom: new Set(scored.filter((s) => s.means.some((m, i) => worse(i, m) < n)).map((s) => s.id)),
  };
}

/** How many values of an ascending list are below `value`. */
function countBelow(sorted: number[], value: number): number {
  return firstIndex(sorted, (v) => v >= value);
}

/** How many values of an ascending list are at most `value`. */
function countAtMost(sorted: number[], value: number): number {
  return firstIndex(sorted, (v) => v > value);
}

/** The first index whose value passes `test` (false for all before it, true from it on); the length if none. */
function firstIndex(sorted: number[], test: (v: number) => boolean): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (test(sorted[mid]!)) high = mid;
    else low = mid + 1;
  }
  return low;
}
