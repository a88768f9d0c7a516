/**
 * Year-over-year dynamics of every school × procedure (issue #4, ruling R9). For each year: the
 * failing share with its 95% Wilson interval, the mean score against the district, the «5»/«2»
 * ratio, and the sample class. For each change between consecutive years: the change in pp and
 * its direction — negative when the share rises by at least the margin (10 pp) or enters the low
 * zone (≥ 30% after < 30%), positive when it falls by the margin or leaves the zone, else stable —
 * and whether a two-proportion test finds it significant (p < 0,05).
 * Example: 35% → 24% (−11 pp, leaves the zone) is positive; 1/12 → 3/12 (+16,7 pp) is negative,
 * but with p ≈ 0,27 not significant. A result with a mean score and no share of «2» keeps its mean
 * and its ratio to the district; its share, interval and the direction of a change from or to it
 * are null (no data), never 0.
 *
 * What significance decides: by default nothing — the seeds' examples need the literal reading
 * (seed 004 names small schools for positive dynamics that no test would find significant), so a
 * change that crosses the margin counts in the verdicts (clusters 2 and 3, negative runs, targets
 * 8.x, measures, the overall direction), and every verdict resting on one that is not significant
 * says so (notSignificant). With dynamics.requireSignificance a change counts only when it crosses
 * the margin and the test finds it significant; one that cannot be tested (no counts) does not.
 */
import type { ProcedureSelection } from '../model/procedure-sets.js';
import { compareProcedures } from '../model/procedures.js';
import { groupBySchool, type ResultRecord } from '../model/records.js';
import { municipalQualityOf, qualityOfResult, type MunicipalQuality, type Quality, type RegionalQuality } from './mark-quality.js';
import { compareNatural } from '../model/text.js';
import type { DynamicsParams } from './dynamics-params.js';
import { failShare, isLow } from './fioko.js';
import type { District, DistrictSource } from './indicators/district.js';
import { fiveToTwoRatio, round4 } from './indicators/from-results.js';
import { twoProportionP, wilson } from './stats.js';

export type Direction = 'positive' | 'negative' | 'stable';
export type Overall = Direction | 'mixed';
export type SampleClass = 'limited' | 'approximate' | 'informative';

export interface YearPoint {
  year: number;
  participants: number | null;
  failed: number | null;
  /** null when the result gives only a mean score. */
  failShare: number | null;
  /** 95% Wilson interval of the failing share, percent; null without counts. */
  ci: [number, number] | null;
  low: boolean;
  meanScore: number | null;
  districtMean: number | null;
  districtSource: DistrictSource | null;
  /** The school's mean score over the district's. */
  meanRatio: number | null;
  /** «5»/«2» (zero «2» share as 1 pp, ruling R4). */
  ratio52: number | null;
  sample: SampleClass | null;
  /** «Успеваемость» and «качество знаний», percent to 2 places; null without the four counts of marks. */
  success: number | null;
  quality: number | null;
  /** The same of every school of the school's municipality in the input. */
  municipalitySuccess: number | null;
  municipalityQuality: number | null;
  /** The region's, where the reference gives its shares of marks (mark-quality.ts). */
  regionSuccess: number | null;
  regionQuality: number | null;
}

/** A change between consecutive years; deltaPp and direction are null when either year has no share of «2». */
export interface Change {
  from: number;
  to: number;
  deltaPp: number | null;
  direction: Direction | null;
  /** Why: the margin crossed, or the low zone entered or left. */
  because: 'margin' | 'entered-low' | 'left-low' | null;
  significant: boolean | null;
  pValue: number | null;
  /**
   * Whether verdicts take the direction as it is: false for a change of no direction, and for a
   * non-stable one that is not significant when significance is required (it counts as stable).
   */
  counts: boolean;
  /** D of indicator 1.1: ratio to the district now minus before. */
  meanD: number | null;
}

export interface ProcedureDynamics {
  procedure: string;
  years: YearPoint[];
  changes: Change[];
  /** Consecutive negative changes up to the last year of data no later than Y. */
  negativeRun: number;
  /** Low in some year, or worsening at some point (any year of the data, not only up to Y). */
  atRisk: boolean;
}

export interface OverallDirection {
  direction: Overall | null;
  year: number;
  positive: string[];
  negative: string[];
  /** The changes behind positive and negative that the test does not find significant. */
  notSignificant: ChangeRef[];
  /** Changes past the margin left out because they are not significant (dynamics.requireSignificance). */
  heldBack: ChangeRef[];
  /** Y, or else Y−1, when the school has no result at all in it (then there is no direction): not a change, a gap. */
  noResultsIn: number | null;
}

/** A change named for a verdict's reason: which procedure, into which year, how much and its p. */
export interface ChangeRef {
  procedure: string;
  from: number;
  to: number;
  deltaPp: number;
  pValue: number | null;
}

export interface SchoolDynamics {
  schoolId: string;
  schoolName: string | null;
  procedures: ProcedureDynamics[];
  /** Over the chosen procedure set (fioko by default), for the change into Y. */
  overall: OverallDirection;
}

export interface DynamicsOptions {
  year: number;
  threshold: number;
  params: DynamicsParams;
  district: District;
  /** The procedures the overall direction looks at. */
  selection: ProcedureSelection;
  /** The region's «успеваемость» and «качество знаний» from the reference; none without. */
  region?: RegionalQuality;
}

export function schoolDynamics(records: ResultRecord[], options: DynamicsOptions): SchoolDynamics[] {
  const municipal = municipalQualityOf(records);
  return [...groupBySchool(records)].map(([schoolId, own]) => {
    const procedures = [...groupByProcedure(own)].map(([procedure, results]) => procedureDynamics(procedure, results, options, municipal));
    procedures.sort((a, b) => compareProcedures(a.procedure, b.procedure));
    return {
      schoolId,
      schoolName: [...own].sort((a, b) => b.year - a.year).find((r) => r.schoolName)?.schoolName ?? null,
      procedures,
      overall: overallDirection(procedures, options.year, options.selection),
    };
  }).sort((a, b) => compareNatural(a.schoolId, b.schoolId));
}

function groupByProcedure(records: ResultRecord[]): Map<string, ResultRecord[]> {
  const groups = new Map<string, ResultRecord[]>();
  for (const r of records) groups.set(r.procedure, [...(groups.get(r.procedure) ?? []), r]);
  return groups;
}

/** `municipal`: the municipality's shares of marks; without it (one school's records alone) there are none. */
export function procedureDynamics(procedure: string, records: ResultRecord[], options: DynamicsOptions, municipal: MunicipalQuality = () => null): ProcedureDynamics {
  const sorted = [...records].sort((a, b) => a.year - b.year);
  const years = sorted.map((r) => yearPoint(r, options, municipal));
  const changes: Change[] = [];
  for (let i = 1; i < sorted.length; i++) {
    if (sorted[i]!.year - sorted[i - 1]!.year === 1) changes.push(change(sorted[i - 1]!, sorted[i]!, years[i - 1]!, years[i]!, options));
  }
  // the run is as of Y: results after the target year do not count towards it
  const upToY = changes.filter((c) => c.to <= options.year);
  const lastYear = sorted.filter((r) => r.year <= options.year).at(-1)?.year ?? 0;
  const atRisk = years.some((y) => y.low) || changes.some((c) => countedDirection(c) === 'negative');
  return { procedure, years, changes, negativeRun: negativeRun(upToY, lastYear), atRisk };
}

function yearPoint(record: ResultRecord, options: DynamicsOptions, municipal: MunicipalQuality): YearPoint {
  const district = options.district.meanScore(record.procedure, record.year, record.municipality);
  const counts = record.failed !== null && record.participants ? { k: record.failed, n: record.participants } : null;
  return {
    year: record.year,
    participants: record.participants,
    failed: record.failed,
    failShare: failShare(record),
    ci: counts ? (wilson(counts.k, counts.n).map(round2) as [number, number]) : null,
    low: isLow(record, options.threshold),
    meanScore: record.meanScore,
    districtMean: district ? round4(district.value) : null,
    districtSource: district?.source ?? null,
    meanRatio: record.meanScore !== null && district && district.value > 0 ? round4(record.meanScore / district.value) : null,
    ratio52: ratioOf(record),
    sample: sampleClass(record.participants, options.params),
    ...sharesOf(qualityOfResult(record), municipal(record), options.region?.(record.procedure, record.year) ?? null),
  };
}

type Shares = 'success' | 'quality' | 'municipalitySuccess' | 'municipalityQuality' | 'regionSuccess' | 'regionQuality';

function sharesOf(own: Quality | null, municipality: Quality | null, region: ReturnType<RegionalQuality>): Pick<YearPoint, Shares> {
  const pct = (value: number | null | undefined) => (value == null ? null : round2(value));
  return {
    success: pct(own?.success), quality: pct(own?.quality), municipalitySuccess: pct(municipality?.success), municipalityQuality: pct(municipality?.quality),
    regionSuccess: pct(region?.success), regionQuality: pct(region?.quality),
  };
}

function ratioOf(record: ResultRecord): number | null {
  const ratio = fiveToTwoRatio(record, 'one-point');
  return ratio === null ? null : round4(ratio.ratio);
}

export function sampleClass(participants: number | null, params: DynamicsParams): SampleClass | null {
  if (participants === null) return null;
  if (participants < params.limitedBelow) return 'limited';
  return participants < params.informativeFrom ? 'approximate' : 'informative';
}

function change(before: ResultRecord, after: ResultRecord, b: YearPoint, a: YearPoint, options: DynamicsOptions): Change {
  const meanD = a.meanRatio !== null && b.meanRatio !== null ? round4(a.meanRatio - b.meanRatio) : null;
  if (a.failShare === null || b.failShare === null) {
    return { from: b.year, to: a.year, deltaPp: null, direction: null, because: null, significant: null, pValue: null, counts: false, meanD };
  }
  const deltaPp = round2(a.failShare - b.failShare);
  const { direction, because } = directionOf(deltaPp, b.low, a.low, options.params.marginPp);
  const counts = before.failed !== null && before.participants && after.failed !== null && after.participants;
  const pValue = counts ? twoProportionP(before.failed!, before.participants!, after.failed!, after.participants!) : null;
  const significant = pValue === null ? null : pValue < options.params.alpha;
  return {
    from: b.year,
    to: a.year,
    deltaPp,
    direction,
    because,
    significant,
    pValue: pValue === null ? null : round4(pValue),
    counts: direction === 'stable' || !options.params.requireSignificance || significant === true,
    meanD,
  };
}

/** A rise by the margin or into the low zone is negative; a fall by the margin or out of it, positive. */
export function directionOf(deltaPp: number, wasLow: boolean, isLowNow: boolean, marginPp: number): { direction: Direction; because: Change['because'] } {
  if (!wasLow && isLowNow) return { direction: 'negative', because: 'entered-low' };
  if (wasLow && !isLowNow) return { direction: 'positive', because: 'left-low' };
  if (deltaPp > 0 && deltaPp >= marginPp) return { direction: 'negative', because: 'margin' };
  if (deltaPp < 0 && -deltaPp >= marginPp) return { direction: 'positive', because: 'margin' };
  return { direction: 'stable', because: null };
}

/** The direction verdicts take from a change: its own, or stable when it does not count. */
export function countedDirection(c: Change): Direction | null {
  if (c.direction === null) return null;
  return c.counts ? c.direction : 'stable';
}

/** The changes a verdict counts as positive or negative though the test does not find them significant. */
export function notSignificant(procedure: string, changes: Change[]): ChangeRef[] {
  return changes.filter((c) => c.counts && c.direction !== 'stable' && c.significant !== true).map((c) => refOf(procedure, c));
}

/** The changes past the margin that do not count, for want of significance. */
export function heldBack(procedure: string, changes: Change[]): ChangeRef[] {
  return changes.filter((c) => !c.counts && c.direction !== null).map((c) => refOf(procedure, c));
}

function refOf(procedure: string, c: Change): ChangeRef {
  return { procedure, from: c.from, to: c.to, deltaPp: c.deltaPp!, pValue: c.pValue };
}

/** The changes of a procedure's negative run as of `year`: the last `negativeRun` changes up to it. */
export function runChanges(p: ProcedureDynamics, year: number): Change[] {
  if (p.negativeRun === 0) return [];
  return p.changes.filter((c) => c.to <= year).slice(-p.negativeRun);
}

/** Negative changes in a row ending in the last year of data. */
function negativeRun(changes: Change[], lastYear: number): number {
  let run = 0;
  let year = lastYear;
  for (const c of [...changes].reverse()) {
    if (c.to !== year || countedDirection(c) !== 'negative') break;
    run += 1;
    year = c.from;
  }
  return run;
}

/**
 * Positive if some procedure improved into Y and none worsened; negative the other way; mixed if
 * both. A change without a share of «2» (a mean-only year) does not count either way; one that
 * does not count for want of significance is stable. Without a direction, the year with no result
 * at all (Y first, then Y−1) is named: a school absent from Y's data has no results, not «no share of «2»».
 */
export function overallDirection(procedures: ProcedureDynamics[], year: number, selection: ProcedureSelection): OverallDirection {
  const into = procedures
    .filter((p) => selection.includes(p.procedure))
    .flatMap((p) => p.changes.filter((c) => c.to === year && c.direction !== null).map((change) => ({ procedure: p.procedure, change })));
  const positive = into.filter((c) => countedDirection(c.change) === 'positive').map((c) => c.procedure);
  const negative = into.filter((c) => countedDirection(c.change) === 'negative').map((c) => c.procedure);
  const direction: Overall | null =
    into.length === 0 ? null : positive.length && negative.length ? 'mixed' : positive.length ? 'positive' : negative.length ? 'negative' : 'stable';
  const present = (y: number) => procedures.some((p) => p.years.some((point) => point.year === y));
  const noResultsIn = direction !== null ? null : [year, year - 1].find((y) => !present(y)) ?? null;
  return {
    direction, year, positive, negative,
    notSignificant: into.flatMap((c) => notSignificant(c.procedure, [c.change])),
    heldBack: into.flatMap((c) => heldBack(c.procedure, [c.change])),
    noResultsIn,
  };
}

function round2(value: number): number {
  return Math.round(value * 100) / 100;
}
