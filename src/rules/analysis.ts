/**
 * The analyses behind `shnor dynamics`, `shnor cluster`, `shnor recommend` and `shnor report`:
 * the rules put together for a target year, each step computed once.
 */
import type { CatalogEntry } from '../model/catalog.js';
import type { ObjectivityList } from '../model/markers.js';
import type { GraduateRecord } from '../model/graduates.js';
import { selectProcedures } from '../model/procedure-sets.js';
import type { SchoolProfile } from '../model/profile.js';
import type { ResultRecord } from '../model/records.js';
import type { ReferenceValue } from '../model/reference.js';
import { clusterOf, type ClusterVerdict } from './clusters.js';
import type { ClusterParams, DynamicsParams } from './dynamics-params.js';
import { overallDirection, schoolDynamics, type SchoolDynamics } from './dynamics.js';
import { classifySchools, type Classification, type ClassifyOptions } from './fioko.js';
import { buildDistrict } from './indicators/district.js';
import { regionalQualityOf } from './mark-quality.js';
import type { ScoreParams } from './indicators/params.js';
import { listMovement, type ListMovement } from './list-movement.js';
import type { ObjectivityBasis } from './objectivity-flag.js';
import { listStandings, type ListStanding } from './official-lists.js';
import { recommend, type Recommendation } from './recommendations.js';
import { scoreSchools, type Scoring } from './score.js';
import { assessShnsu, type ShnsuParams, type ShnsuVerdict } from './shnsu.js';
import { evaluateTargets, type TargetGroups, type TargetOutcome } from './targets.js';
import type { Facts } from '../model/facts.js';
import { outsidePeriod, type Programme, type ProgrammePeriod } from '../model/programme.js';
import { compareNatural } from '../model/text.js';

export interface AnalysisInput {
  records: ResultRecord[];
  reference: ReferenceValue[];
  /** The FIOKO method for the target year (classify.year is Y). */
  classify: ClassifyOptions;
  dynamics: DynamicsParams;
  score: ScoreParams;
}

export interface DynamicsInput extends AnalysisInput {
  programme: Programme;
}

export interface DynamicsAnalysis {
  year: number;
  schools: SchoolDynamics[];
  list: ListMovement;
  /** The programme's indicators measured from results (8.1–8.8), over last year's ШНОР (no profile: no ШНСУ). */
  targets: TargetOutcome[];
  /** The programme's period when Y lies outside it: its plans are then the last it sets. */
  outsidePeriod: ProgrammePeriod | null;
}

export function analyseDynamics(input: DynamicsInput): DynamicsAnalysis {
  const year = input.classify.year;
  const schools = dynamicsOf(input);
  const before = classifySchools(input.records, { ...input.classify, year: year - 1 });
  const after = classifySchools(input.records, input.classify);
  const fromResults = { ...input.programme, indicators: input.programme.indicators.filter((i) => i.fact.source === 'results') };
  const targets = evaluateTargets({ programme: fromResults, year, groups: groupsOf(input.records, before, new Map()), dynamics: schools, facts: null });
  return { year, schools, list: listMovement(before, after), targets, outsidePeriod: outsidePeriod(input.programme, year) };
}

export interface ClusterInput extends AnalysisInput {
  profiles: SchoolProfile[];
  profileGiven: boolean;
  /** The official list of signs of non-objective ВПР results (1.18); null without --markers. */
  markers: ObjectivityList | null;
  /** Where 1.18 takes its flag from: the list by default when there is one, else the profile (--objectivity-from). */
  objectivity: ObjectivityBasis;
  graduates: GraduateRecord[];
  cluster: ClusterParams;
}

export interface ClusterAnalysis {
  year: number;
  schools: ClusterVerdict[];
  /** Each school's official lists beside its verdict (official-lists.ts); their lists null without a profile. */
  lists: Map<string, ListStanding>;
}

export function clusterSchools(input: ClusterInput): ClusterAnalysis {
  const classification = classifySchools(input.records, input.classify);
  const dynamics = dynamicsOf(input);
  const lists = listStandings(classification, input.profiles);
  return { year: input.classify.year, schools: clustersOf(input, classification, dynamics, scoringOf(input, classification, dynamics), lists), lists };
}

/** The point indicators of the year, with ШНОР and the schools with low ИОР of the same year for the municipal group. */
export function scoreYear(input: ClusterInput): Scoring {
  return scoringOf(input, classifySchools(input.records, input.classify), dynamicsOf(input));
}

export interface YearInput extends ClusterInput {
  catalog: CatalogEntry[];
  programme: Programme;
  shnsu: ShnsuParams;
  /** The facts workbook; null when none was given. */
  facts: Facts | null;
}

/** Everything known of a year: the list, the year before, dynamics, points, clusters, measures. */
export interface YearAnalysis {
  year: number;
  classification: Classification;
  previous: Classification;
  dynamics: SchoolDynamics[];
  list: ListMovement;
  shnsu: Map<string, ShnsuVerdict>;
  targets: TargetOutcome[];
  /** The programme's period when Y lies outside it. */
  outsidePeriod: ProgrammePeriod | null;
  scoring: Scoring;
  clusters: ClusterVerdict[];
  lists: Map<string, ListStanding>;
  recommendations: Map<string, Recommendation[]>;
}

export function analyseYear(input: YearInput): YearAnalysis {
  const year = input.classify.year;
  const classification = classifySchools(input.records, input.classify);
  const previous = classifySchools(input.records, { ...input.classify, year: year - 1 });
  const dynamics = dynamicsOf(input);
  const scoring = scoringOf(input, classification, dynamics);
  const lists = listStandings(classification, input.profiles);
  const clusters = clustersOf(input, classification, dynamics, scoring, lists);
  const list = listMovement(previous, classification);
  const recommendations = recommendationsOf(input, { classification, dynamics, scoring, clusters, list });
  const shnsu = assessShnsu(classification.schools.map((s) => s.schoolId), input.profiles, input.shnsu);
  const groups = groupsOf(input.records, previous, shnsu);
  const targets = evaluateTargets({ programme: input.programme, year, groups, dynamics, facts: input.facts });
  return { year, classification, previous, dynamics, list, shnsu, targets, outsidePeriod: outsidePeriod(input.programme, year), scoring, clusters, lists, recommendations };
}

/** The programme's groups in Y: the list made from Y−1 (ruling R2), the ШНСУ, every school. */
export function groupsOf(records: ResultRecord[], previous: Classification, shnsu: Map<string, ShnsuVerdict>): TargetGroups {
  return {
    shnor: previous.flagged,
    shnsu: new Set([...shnsu.values()].filter((v) => v.shnsu === true).map((v) => v.schoolId)),
    all: new Set(records.map((r) => r.schoolId)),
  };
}

function dynamicsOf(input: AnalysisInput): SchoolDynamics[] {
  return schoolDynamics(input.records, {
    year: input.classify.year,
    threshold: input.classify.threshold,
    params: input.dynamics,
    district: buildDistrict(input.records, input.reference),
    selection: input.classify.selection,
    region: regionalQualityOf(input.reference),
  });
}

function scoringOf(input: ClusterInput, classification: Classification, dynamics: SchoolDynamics[]): Scoring {
  return scoreSchools({
    year: input.classify.year, records: input.records, graduates: input.graduates, profiles: input.profiles,
    profileGiven: input.profileGiven, objectivity: input.objectivity, reference: input.reference,
    flagged: classification.flagged, params: input.score,
    dynamics: new Map(dynamics.map((d) => [d.schoolId, d])), negativeRun: input.cluster.negativeRun,
  });
}

function clustersOf(
  input: ClusterInput, classification: Classification, dynamics: SchoolDynamics[], scoring: Scoring, lists: Map<string, ListStanding>,
): ClusterVerdict[] {
  const year = input.classify.year;
  const bySchool = new Map(dynamics.map((d) => [d.schoolId, d]));
  const ior = new Map(scoring.schools.map((s) => [s.schoolId, s.indicators.find((i) => i.id === '1.19')?.value ?? null]));
  const profiles = new Map(input.profiles.map((p) => [p.schoolId, p]));
  const all = selectProcedures('all');
  const schools = classification.schools.map((verdict) => {
    const own = bySchool.get(verdict.schoolId);
    return clusterOf(
      {
        verdict,
        dynamics: own,
        overallAll: overallDirection(own?.procedures ?? [], year, all),
        profile: profiles.get(verdict.schoolId) ?? null,
        lists: lists.get(verdict.schoolId)?.lists ?? null,
        ior: ior.get(verdict.schoolId) ?? null,
        year,
      },
      input.cluster,
    );
  });
  return schools.sort((a, b) => (a.cluster ?? 4) - (b.cluster ?? 4) || compareNatural(a.schoolId, b.schoolId));
}

interface YearSteps {
  classification: Classification;
  dynamics: SchoolDynamics[];
  scoring: Scoring;
  clusters: ClusterVerdict[];
  list: ListMovement;
}

function recommendationsOf(input: YearInput, steps: YearSteps): Map<string, Recommendation[]> {
  const by = <T extends { schoolId: string }>(items: T[]) => new Map(items.map((i) => [i.schoolId, i]));
  const dynamics = by(steps.dynamics);
  const scores = by(steps.scoring.schools);
  const clusters = by(steps.clusters);
  const profiles = by(input.profiles);
  const entered = new Set(steps.list.entered);
  const left = new Set(steps.list.left);
  return new Map(
    steps.classification.schools.map((verdict) => [
      verdict.schoolId,
      recommend(
        {
          verdict,
          year: input.classify.year,
          score: scores.get(verdict.schoolId) ?? null,
          cluster: clusters.get(verdict.schoolId) ?? null,
          profile: profiles.get(verdict.schoolId) ?? null,
          dynamics: dynamics.get(verdict.schoolId) ?? null,
          enteredList: entered.has(verdict.schoolId),
          leftList: left.has(verdict.schoolId),
          negativeRun: input.cluster.negativeRun,
        },
        input.catalog,
      ),
    ]),
  );
}
