/**
 * Indicators computed from results (seed 003, 1.1–1.17, 1.19–1.21). Target year Y, previous Y−1.
 * Worked example (seed 002, ЕГЭ русский язык, ЯСОШ against the district): 63,9/65,15 − 68,4/66,17
 * = −0,0529 → 0 points in 2022; 72,1/64,89 − 63,9/65,15 = +0,1303 → 3 points in 2023.
 * A result with a mean score and no share of «2» feeds 1.1–1.4, 1.9, 1.19–1.21; the indicators on
 * «2» (1.5, 1.6, 1.8, 1.10–1.17) have no data from it, never 0.
 */
import { isScoreBased } from '../../model/min-scores.js';
import { parseProcedure } from '../../model/procedures.js';
import type { Mark, ResultRecord } from '../../model/records.js';
import { exactFailShare, failShare } from '../fioko.js';
import { noValue, valueOf, type IndicatorNote, type Outcome, type SchoolData, type ScoreContext } from './types.js';

const isEge = (r: ResultRecord) => parseProcedure(r.procedure)?.kind === 'EGE';

export function notForBasic(school: SchoolData): Outcome | null {
  return school.kind === 'basic' ? noValue('not-applicable', [{ code: 'basic-school', params: {} }]) : null;
}

/** 1.1–1.4: D = B(Y)/B_district(Y) − B(Y−1)/B_district(Y−1). */
export function meanScoreDynamics(procedure: (c: ScoreContext) => string) {
  return (school: SchoolData, context: ScoreContext): Outcome => {
    const code = procedure(context);
    if (code.startsWith('EGE')) {
      const basic = notForBasic(school);
      if (basic) return basic;
    }
    const ratios = [context.year, context.year - 1].map((year) => relativeMean(school, code, year, context));
    if (ratios.some((r) => r === null)) return noValue('no-data', [{ code: 'needs-two-years', params: { procedure: code } }]);
    const [now, before] = ratios as { ratio: number; note: IndicatorNote }[];
    return valueOf(now!.ratio - before!.ratio, [before!.note, now!.note]);
  };
}

function relativeMean(school: SchoolData, procedure: string, year: number, context: ScoreContext) {
  const own = school.result(procedure, year)?.meanScore ?? null;
  const district = context.district.meanScore(procedure, year, school.municipality);
  if (own === null || district === null || district.value === 0) return null;
  return { ratio: own / district.value, note: { code: 'mean-ratio', params: { procedure, year, school: own, district: round4(district.value), source: district.source } } };
}

/** The share of a mark in percent: from counts where known, else from the given percentages. */
export function markShare(record: ResultRecord, mark: Mark): number | null {
  const count = record.markCounts[mark];
  if (count !== undefined && record.participants) return (count / record.participants) * 100;
  return record.markPcts[mark] ?? (mark === 2 && record.failPct !== null ? record.failPct : null);
}

/** R = share «5» / share «2»; a zero «2» share is 1 pp, or the ratio is 1 (ruling R4). */
export function fiveToTwoRatio(record: ResultRecord, zeroShare2: 'one-point' | 'ratio-one'): { ratio: number; zero: boolean } | null {
  const five = markShare(record, 5);
  const two = markShare(record, 2);
  if (five === null || two === null) return null;
  if (two > 0) return { ratio: five / two, zero: false };
  return { ratio: zeroShare2 === 'one-point' ? five / 1 : 1, zero: true };
}

/** 1.5, 1.6, 1.14–1.17: D = R(Y) − R(Y−1). */
export function ratioDynamics(procedure: string) {
  return (school: SchoolData, context: ScoreContext): Outcome => {
    const years = [context.year, context.year - 1];
    const records = years.map((year) => school.result(procedure, year));
    if (records.some((r) => r && markShare(r, 2) === null)) return noShare(procedure);
    const ratios = records.map((record) => (record ? fiveToTwoRatio(record, context.params.zeroShare2) : null));
    if (ratios.some((r) => r === null)) return noValue('no-data', [{ code: 'needs-two-years', params: { procedure } }]);
    const [now, before] = ratios as { ratio: number; zero: boolean }[];
    const notes: IndicatorNote[] = [1, 0].map((i) => ({ code: 'ratio', params: { procedure, year: years[i]!, ratio: round4(ratios[i]!.ratio) } }));
    if (now!.zero || before!.zero) notes.push({ code: 'zero-two', params: { reading: context.params.zeroShare2 } });
    return valueOf(now!.ratio - before!.ratio, notes);
  };
}

/** No data: the result gives a mean score and no share of «2». */
function noShare(procedure: string): Outcome {
  return noValue('no-data', [{ code: 'no-share', params: { procedure } }]);
}

/** 1.10–1.13: the failing share in Y. */
export function failingShareOf(procedure: string) {
  return (school: SchoolData, context: ScoreContext): Outcome => {
    const record = school.result(procedure, context.year);
    if (!record) return noValue('no-data');
    const share = exactFailShare(record);
    if (share === null) return noShare(procedure);
    const notes = record.failed !== null && record.participants !== null ? [{ code: 'counts', params: { failed: record.failed, participants: record.participants } }] : [];
    return valueOf(share, notes);
  };
}

/** 1.7: Σ results of 80–100 points / Σ participants, 100-point ЕГЭ subjects only (ruling R5). */
export function successIndex(school: SchoolData, context: ScoreContext): Outcome {
  const basic = notForBasic(school);
  if (basic) return basic;
  const results = school.results(context.year).filter((r) => isEge(r) && isScoreBased(r.procedure) && r.highCount !== null && r.participants);
  if (results.length === 0) return noValue('no-data');
  const high = results.reduce((s, r) => s + r.highCount!, 0);
  const participants = results.reduce((s, r) => s + r.participants!, 0);
  return valueOf((high / participants) * 100, [{ code: 'sum', params: { part: high, whole: participants, procedures: results.map((r) => r.procedure).join(', ') } }]);
}

/**
 * 1.8: the share of graduates who failed (below the minimum; «2» in базовая) at least one ЕГЭ
 * subject where per-pupil rows name the students; otherwise Σ failing / Σ participants over all
 * ЕГЭ results (ruling R5). The note says which was counted.
 */
export function failureIndex(school: SchoolData, context: ScoreContext): Outcome {
  const basic = notForBasic(school);
  if (basic) return basic;
  const graduates = school.graduates(context.year);
  if (graduates && graduates.graduates > 0) {
    return valueOf((graduates.failed / graduates.graduates) * 100, [
      { code: 'sum', params: { part: graduates.failed, whole: graduates.graduates } },
      { code: 'counted-graduates', params: {} },
    ]);
  }
  const ege = school.results(context.year).filter(isEge);
  const results = ege.filter((r) => r.participants && failShare(r) !== null);
  const meanOnly = ege.filter((r) => failShare(r) === null);
  if (results.length === 0) return meanOnly.length > 0 ? noShare(meanOnly.map((r) => r.procedure).join(', ')) : noValue('no-data');
  const failed = results.reduce((s, r) => s + (r.failed ?? Math.round(((r.failPct ?? 0) * r.participants!) / 100)), 0);
  const participants = results.reduce((s, r) => s + r.participants!, 0);
  return valueOf((failed / participants) * 100, [
    { code: 'sum', params: { part: failed, whole: participants, procedures: results.map((r) => r.procedure).join(', ') } },
    { code: 'counted-results', params: {} },
  ]);
}

/** 1.9: top N in both mandatory subjects → 3, bottom N in either → 0, otherwise 1 (value 2/0/1). */
export function inequality(school: SchoolData, context: ScoreContext): Outcome {
  const basic = notForBasic(school);
  if (basic) return basic;
  const { ranked, top, bottom } = context.inequality;
  if (!ranked.has(school.schoolId)) return noValue('no-data', [{ code: 'needs-ege-ru-ma', params: { math: context.params.egeMath } }]);
  const level = top.has(school.schoolId) ? 'best' : bottom.has(school.schoolId) ? 'lowest' : 'middle';
  const notes = [{ code: 'rank', params: { level, n: context.params.inequalityTopN } }, ...spreadNote(school, context.year)];
  return { value: level === 'best' ? 2 : level === 'middle' ? 1 : 0, level, notes };
}

/** The seed's «соотношение 10% низких / 10% высоких» where per-pupil scores are known. */
function spreadNote(school: SchoolData, year: number): IndicatorNote[] {
  const histogram = mergedHistogram(school.results(year).filter((r) => isEge(r) && r.scoreHistogram));
  if (!histogram) return [];
  const low = tenthMean(histogram, 'low');
  const high = tenthMean(histogram, 'high');
  return high > 0 ? [{ code: 'spread', params: { low: round4(low), high: round4(high), ratio: round4(low / high) } }] : [];
}

function mergedHistogram(results: ResultRecord[]): number[] | null {
  if (results.length === 0) return null;
  const merged = new Array<number>(101).fill(0);
  for (const r of results) r.scoreHistogram!.forEach((n, score) => (merged[score]! += n));
  return merged;
}

/** The mean of the lowest (or highest) tenth of the scores, at least one score. */
export function tenthMean(histogram: number[], end: 'low' | 'high'): number {
  const total = histogram.reduce((a, b) => a + b, 0);
  let wanted = Math.max(1, Math.round(total / 10));
  const take = wanted;
  let sum = 0;
  const scores = end === 'low' ? histogram.keys() : [...histogram.keys()].reverse();
  for (const score of scores) {
    const n = Math.min(histogram[score]!, wanted);
    sum += n * score;
    wanted -= n;
    if (wanted === 0) break;
  }
  return sum / take;
}

/**
 * ИОР (shnor's interpretation; seed 003 gives no formula): the participant-weighted mean over the
 * school's procedures in the year of B_school/B_district − 1, or (1 − F_school)/(1 − F_district) − 1
 * where no mean score exists.
 */
export function computeIor(school: SchoolData, year: number, context: ScoreContext): { value: number; procedures: number } | null {
  const terms = school.results(year).flatMap((r) => {
    const term = iorTerm(r, school, context);
    return term === null ? [] : [{ term, weight: r.participants ?? null }];
  });
  if (terms.length === 0) return null;
  const weighted = terms.every((t) => t.weight !== null && t.weight > 0);
  const total = terms.reduce((s, t) => s + (weighted ? t.weight! : 1), 0);
  return { value: terms.reduce((s, t) => s + t.term * (weighted ? t.weight! : 1), 0) / total, procedures: terms.length };
}

function iorTerm(record: ResultRecord, school: SchoolData, context: ScoreContext): number | null {
  const mean = context.district.meanScore(record.procedure, record.year, school.municipality);
  if (record.meanScore !== null && mean && mean.value > 0) return record.meanScore / mean.value - 1;
  const share = exactFailShare(record);
  const fail = context.district.failShare(record.procedure, record.year, school.municipality);
  if (share === null || !fail || fail.value >= 100) return null;
  return (1 - share / 100) / (1 - fail.value / 100) - 1;
}

function iorOf(school: SchoolData, year: number, fromProfile: number | null | undefined, context: ScoreContext): { value: number; note: IndicatorNote } | null {
  if (fromProfile != null) return { value: fromProfile, note: { code: 'ior-profile', params: { year } } };
  const computed = computeIor(school, year, context);
  return computed && { value: computed.value, note: { code: 'ior-computed', params: { year, procedures: computed.procedures } } };
}

/** 1.19 */
export function iorIndicator(school: SchoolData, context: ScoreContext): Outcome {
  const ior = iorOf(school, context.year, school.profile?.ior, context);
  return ior ? valueOf(ior.value, [ior.note]) : noValue('no-data');
}

/** 1.20: ИОР(Y) − ИОР(Y−1), both from the profile or both computed: the two are not on one scale. */
export function iorDynamics(school: SchoolData, context: ScoreContext): Outcome {
  const both = school.profile?.ior != null && school.profile.iorPrev != null;
  const now = iorOf(school, context.year, both ? school.profile!.ior : null, context);
  const before = iorOf(school, context.year - 1, both ? school.profile!.iorPrev : null, context);
  if (!now || !before) return noValue('no-data', [{ code: 'needs-two-years', params: { procedure: 'ИОР' } }]);
  return valueOf(now.value - before.value, [before.note, now.note]);
}

/** 1.21: K = mean scores of рус/мат (ЕГЭ and ОГЭ for СОШ, ОГЭ for ООШ) / their count / ИСБШ. */
export function socialWellbeing(school: SchoolData, context: ScoreContext): Outcome {
  const isbsh = school.profile?.isbsh ?? null;
  if (!context.profileGiven || !school.profile) return noValue('no-profile');
  if (isbsh === null || isbsh <= 0 || school.kind === null) return noValue('no-data');
  const procedures = school.kind === 'secondary' ? ['EGE-RU', context.params.egeMath, 'OGE-RU', 'OGE-MA'] : ['OGE-RU', 'OGE-MA'];
  const means = procedures.map((p) => school.result(p, context.year)?.meanScore ?? null);
  if (means.some((m) => m === null)) return noValue('no-data', [{ code: 'needs-means', params: { procedures: procedures.join(', ') } }]);
  const k = means.reduce<number>((s, m) => s + m!, 0) / procedures.length / isbsh;
  const notes: IndicatorNote[] = [{ code: 'social', params: { kind: school.kind, isbsh } }];
  if (school.kindInferred) notes.push({ code: 'kind-inferred', params: { kind: school.kind } });
  return { value: k, scaleKey: `1.21-${school.kind}`, notes };
}

export function round4(value: number): number {
  return Math.round(value * 10_000) / 10_000;
}
