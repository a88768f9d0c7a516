/**
 * Signs of non-objective ВПР results from a per-pupil export — signs to review, never verdicts.
 *
 * Journal comparison: for each school (and class) of a work, the share of pupils whose ВПР mark is
 * below («понизили»), equal to («подтвердили») or above («повысили») their journal mark for the
 * previous term, of the pupils with both a valid score and a journal mark, with 95% Wilson intervals;
 * pupils without a journal mark are counted apart. The reference is the school's municipality and the
 * region: every pupil of the work in the files read (a regional export holds the region).
 * Example (ВПР 2021 математика 5 кл., Altai krai): the region 8,385 / 13,640 / 1,671 of 23,696 =
 * 35,4% / 57,6% / 7,1%; school sch220093 26 / 17 / 1 of 44.
 *
 * Signs (shnor's own rule, docs/rules.md «Объективность по выгрузке по ученикам»), each a one-sided
 * binomial test against the region's share, p < 0,05, on at least 20 pupils:
 * - «повысили» far above the region: P(X ≥ raised | n with a journal mark, region's share of «повысили»);
 * - a spike at the «3» boundary: the pupils at the lowest score for «3» and one point above,
 *   P(X ≥ k | n with a valid score, the region's share at those two scores). Example: 8 of 25 at the
 *   cut-off where the region has 5% → p = 1,96·10⁻⁵, a sign; 2 of 25 → p = 0,36, none.
 */
import type { JournalCounts, PupilGroupTally, PupilWork } from '../model/pupil-marks.js';
import { addCounts, emptyJournalCounts } from '../model/pupil-marks.js';
import { parseProcedure } from '../model/procedures.js';
import { markOf, type Scale } from '../model/scales.js';
import { compareNatural } from '../model/text.js';
import { binomialUpperTail, wilson } from './stats.js';
import { qualityOfMarks, type Quality } from './mark-quality.js';
import { isVprOgeSign, pairVprWithOge, type FailingResult, type VprOgeLimits } from './vpr-oge-sign.js';

/** The fewest pupils a sign is tested on, and the level of the test. */
export const OBJECTIVITY_MIN_PUPILS = 20;
export const OBJECTIVITY_ALPHA = 0.05;

export type ObjectivityBy = 'school' | 'class';

export interface Share {
  count: number;
  /** Percent of the pupils with a journal mark; null when none has one. */
  pct: number | null;
  /** 95% Wilson interval, percent. */
  interval: [number, number] | null;
}

export interface JournalShares {
  /** Pupils with a valid score and a journal mark: the denominator. */
  compared: number;
  lowered: Share;
  confirmed: Share;
  raised: Share;
  noJournal: number;
}

export interface Distribution {
  /** Pupils by primary score. */
  scores: number[];
  /** Pupils with a valid score. */
  scored: number;
}

/** The pupils at the «3» boundary and one point above. */
export interface BoundaryCount {
  /** The lowest score for «3», and one point above. */
  from: number;
  to: number;
  count: number;
  pct: number | null;
}

/** «Успеваемость» and «качество знаний» of the pupils with a valid score, the marks read through the scale (mark-quality.ts). */
export type { Quality };

/**
 * What the reference is: the region — every pupil of the work in the files — or, when they all belong
 * to one municipality (a municipal export), that municipality, and named so.
 */
export type ReferenceScope = 'region' | 'municipality';

/** The signs of a one-sided binomial test against the reference. */
export type TestedSign =
  | { code: 'raised-above-region'; raised: number; compared: number; pct: number; regionPct: number; p: number; against: ReferenceScope }
  | { code: 'boundary-spike'; from: number; to: number; count: number; scored: number; pct: number; regionPct: number; p: number; against: ReferenceScope };

/** A school's (or class's) sign, with its figures: the tested ones, and the ВПР beside the school's ОГЭ. */
export type ObjectivitySign =
  | TestedSign
  | {
    code: 'vpr-beside-oge'; failed: number; scored: number; pct: number;
    ogeProcedure: string; ogeYear: number; ogeFailed: number | null; ogeParticipants: number | null; ogePct: number;
    thresholdPct: number; vprLowPct: number;
  };

export interface GroupObjectivity {
  schoolId: string;
  schoolName: string | null;
  municipality: string | null;
  /** A school's row, or with --by class one of its classes' under it. */
  level: 'school' | 'class';
  /** The class («5А»); null for a school's row and for pupils whose class the export does not name. */
  className: string | null;
  journal: JournalShares;
  distribution: Distribution;
  boundary: BoundaryCount;
  quality: Quality;
  signs: ObjectivitySign[];
}

export interface ReferenceObjectivity {
  /** The municipality's name; null for the region. */
  name: string | null;
  schools: number;
  journal: JournalShares;
  distribution: Distribution;
  boundary: BoundaryCount;
  quality: Quality;
}

export interface WorkObjectivity {
  procedure: string;
  year: number;
  scale: Scale;
  /** Every pupil of the work in the files: the region, or one municipality (`scope`). */
  region: ReferenceObjectivity;
  scope: ReferenceScope;
  municipalities: ReferenceObjectivity[];
  /** Schools in code order; with --by class each followed by its classes. */
  groups: GroupObjectivity[];
  /**
   * How many schools of the files each sign was tested on (20 pupils or more) and found in: at
   * p < 0,05 about one in twenty tested shows it by chance alone, and the document says how many that is.
   * `oge`: the schools with an ОГЭ result of the work's subject and year among the inputs (no test, a comparison).
   */
  tested: { raised: number; spike: number; oge: number };
  found: { raised: number; spike: number; oge: number };
}

interface Sum {
  counts: JournalCounts;
  scores: number[];
}

const emptySum = (scale: Scale): Sum => ({ counts: emptyJournalCounts(), scores: new Array<number>(scale.max + 1).fill(0) });

function share(count: number, of: number): Share {
  return of === 0 ? { count, pct: null, interval: null } : { count, pct: (count / of) * 100, interval: wilson(count, of) };
}

export function journalShares(counts: JournalCounts): JournalShares {
  const compared = counts.lowered + counts.confirmed + counts.raised;
  return {
    compared, lowered: share(counts.lowered, compared), confirmed: share(counts.confirmed, compared), raised: share(counts.raised, compared),
    noJournal: counts.noJournal,
  };
}

function distributionOf(scores: number[]): Distribution {
  return { scores, scored: scores.reduce((a, b) => a + b, 0) };
}

export function boundaryCount(distribution: Distribution, scale: Scale): BoundaryCount {
  const from = scale.min3;
  const to = Math.min(scale.min3 + 1, scale.max);
  let count = 0;
  for (let s = from; s <= to; s++) count += distribution.scores[s] ?? 0;
  return { from, to, count, pct: distribution.scored === 0 ? null : (count / distribution.scored) * 100 };
}

/**
 * Example (the 2021 export, region): «2» 3,509, «3» 9,735, «4» 7,638, «5» 2,822 of 23,704 → 85,2% and 44,1%.
 */
export function qualityOf(distribution: Distribution, scale: Scale): Quality {
  const marks: Quality['marks'] = [0, 0, 0, 0];
  distribution.scores.forEach((count, score) => {
    marks[markOf(scale, score) - 2]! += count;
  });
  return qualityOfMarks(marks);
}

/**
 * The signs of a school or class against the region: each tested only on OBJECTIVITY_MIN_PUPILS pupils
 * or more, and only where the group's share is above the region's.
 */
export function objectivitySigns(
  group: { journal: JournalShares; distribution: Distribution; boundary: BoundaryCount }, region: Pick<ReferenceObjectivity, 'journal' | 'boundary'>, against: ReferenceScope = 'region',
): TestedSign[] {
  const signs: TestedSign[] = [];
  const { journal, distribution, boundary } = group;
  const regionRaised = region.journal.raised.pct;
  if (journal.compared >= OBJECTIVITY_MIN_PUPILS && regionRaised !== null && journal.raised.pct! > regionRaised) {
    const p = binomialUpperTail(journal.raised.count, journal.compared, regionRaised / 100);
    if (p < OBJECTIVITY_ALPHA) signs.push({ code: 'raised-above-region', raised: journal.raised.count, compared: journal.compared, pct: journal.raised.pct!, regionPct: regionRaised, p, against });
  }
  const regionBoundary = region.boundary.pct;
  if (distribution.scored >= OBJECTIVITY_MIN_PUPILS && regionBoundary !== null && boundary.pct! > regionBoundary) {
    const p = binomialUpperTail(boundary.count, distribution.scored, regionBoundary / 100);
    if (p < OBJECTIVITY_ALPHA) {
      signs.push({ code: 'boundary-spike', from: boundary.from, to: boundary.to, count: boundary.count, scored: distribution.scored, pct: boundary.pct!, regionPct: regionBoundary, p, against });
    }
  }
  return signs;
}

function reference(name: string | null, schools: number, sum: Sum, scale: Scale): ReferenceObjectivity {
  const distribution = distributionOf(sum.scores);
  return { name, schools, journal: journalShares(sum.counts), distribution, boundary: boundaryCount(distribution, scale), quality: qualityOf(distribution, scale) };
}

/** A work's schools (and classes with `by` class), their municipalities and the region, with the signs. */
export function analyseObjectivity(work: PupilWork, by: ObjectivityBy): WorkObjectivity {
  const { scale } = work;
  const schools = new Map<string, { first: PupilGroupTally; sum: Sum; classes: Map<string, Sum> }>();
  const region = emptySum(scale);
  const municipalities = new Map<string, { sum: Sum; schools: Set<string> }>();
  for (const group of work.groups) {
    let school = schools.get(group.schoolId);
    if (school === undefined) schools.set(group.schoolId, (school = { first: group, sum: emptySum(scale), classes: new Map() }));
    addCounts(school.sum, group);
    addCounts(region, group);
    const classKey = group.className ?? '';
    let classSum = school.classes.get(classKey);
    if (classSum === undefined) school.classes.set(classKey, (classSum = emptySum(scale)));
    addCounts(classSum, group);
    const municipality = school.first.municipality;
    if (municipality !== null) {
      let entry = municipalities.get(municipality);
      if (entry === undefined) municipalities.set(municipality, (entry = { sum: emptySum(scale), schools: new Set() }));
      addCounts(entry.sum, group);
      entry.schools.add(group.schoolId);
    }
  }
  const regionRef = reference(null, schools.size, region, scale);
  const inOne = municipalities.size === 1 && work.groups.every((g) => g.municipality !== null);
  const scope: ReferenceScope = inOne ? 'municipality' : 'region';
  const row = (first: PupilGroupTally, level: 'school' | 'class', className: string | null, sum: Sum): GroupObjectivity => {
    const distribution = distributionOf(sum.scores);
    const shares = { journal: journalShares(sum.counts), distribution, boundary: boundaryCount(distribution, scale), quality: qualityOf(distribution, scale) };
    return {
      schoolId: first.schoolId, schoolName: first.schoolName, municipality: first.municipality, level, className, ...shares,
      signs: objectivitySigns(shares, regionRef, scope),
    };
  };
  const groups = [...schools.values()]
    .sort((a, b) => compareNatural(a.first.schoolId, b.first.schoolId))
    .flatMap((school) => [
      row(school.first, 'school', null, school.sum),
      ...(by === 'class'
        ? [...school.classes].sort(([a], [b]) => (a === '' ? 1 : b === '' ? -1 : compareNatural(a, b))).map(([name, sum]) => row(school.first, 'class', name === '' ? null : name, sum))
        : []),
    ]);
  const schoolRows = groups.filter((g) => g.level === 'school');
  return {
    procedure: work.procedure, year: work.year, scale, region: regionRef, scope,
    tested: {
      raised: schoolRows.filter((g) => g.journal.compared >= OBJECTIVITY_MIN_PUPILS).length,
      spike: schoolRows.filter((g) => g.distribution.scored >= OBJECTIVITY_MIN_PUPILS).length,
      oge: 0,
    },
    found: {
      raised: schoolRows.filter((g) => g.signs.some((s) => s.code === 'raised-above-region')).length,
      spike: schoolRows.filter((g) => g.signs.some((s) => s.code === 'boundary-spike')).length,
      oge: 0,
    },
    municipalities: [...municipalities].sort(([a], [b]) => compareNatural(a, b)).map(([name, m]) => reference(name, m.schools.size, m.sum, scale)),
    groups,
  };
}

/**
 * The sign of a ВПР far better than the school's ОГЭ (vpr-oge-sign.ts, the rule `check` uses) on a
 * work's school rows: the school's ВПР failing share is its pupils with a score below the scale's «3»
 * over its pupils with a score; of `oge` only the ОГЭ of the work's year count (objectivity: the inputs
 * that are no per-pupil export; report --objectivity: the report's results).
 * Example: 1 of 50 below «3» (2%) beside ОГЭ математика of the same year 7 «2» of 20 (35%, threshold
 * 30%) → the sign; beside 5 of 20 (25%) → none.
 */
export function withOgeSigns(work: WorkObjectivity, oge: readonly FailingResult[], limits: VprOgeLimits): WorkObjectivity {
  type Row = FailingResult & { group: GroupObjectivity };
  const vpr: Row[] = work.groups
    .filter((g) => g.level === 'school')
    .map((group) => ({
      schoolId: group.schoolId, procedure: work.procedure, year: work.year, participants: group.distribution.scored, failed: group.quality.marks[0], failPct: null, group,
    }));
  const ogeOfYear = oge.filter((r) => r.year === work.year && parseProcedure(r.procedure)?.kind === 'OGE');
  const pairs = pairVprWithOge<FailingResult & { group?: GroupObjectivity }>([...vpr, ...ogeOfYear]);
  const signs = new Map<GroupObjectivity, ObjectivitySign>();
  for (const pair of pairs) {
    if (!isVprOgeSign(pair, limits)) continue;
    const { vpr: v, oge: o, ogeShare } = pair;
    signs.set(v.group!, {
      code: 'vpr-beside-oge', failed: v.failed!, scored: v.participants!, pct: (v.failed! / v.participants!) * 100,
      ogeProcedure: o.procedure, ogeYear: o.year, ogeFailed: o.failed, ogeParticipants: o.participants, ogePct: ogeShare,
      thresholdPct: limits.threshold, vprLowPct: limits.vprLowPct,
    });
  }
  const groups = work.groups.map((g) => (signs.has(g) ? { ...g, signs: [...g.signs, signs.get(g)!] } : g));
  return { ...work, groups, tested: { ...work.tested, oge: pairs.length }, found: { ...work.found, oge: signs.size } };
}
