/**
 * The analyses behind `shnor dynamics` and `shnor cluster`: the rules put together for a target
 * year, from the records read and the method in config.
 */
import type { GraduateRecord } from '../model/graduates.js';
import { selectProcedures } from '../model/procedure-sets.js';
import type { SchoolProfile } from '../model/profile.js';
import type { ResultRecord } from '../model/records.js';
import type { ReferenceValue } from '../model/reference.js';
import { clusterOf, type ClusterVerdict } from './clusters.js';
import type { ClusterParams, DynamicsParams } from './dynamics-params.js';
import { overallDirection, schoolDynamics, type SchoolDynamics } from './dynamics.js';
import { classifySchools, compareIds, type ClassifyOptions } from './fioko.js';
import { buildDistrict } from './indicators/district.js';
import type { ScoreParams } from './indicators/params.js';
import { listMovement, type ListMovement } from './list-movement.js';
import { scoreSchools } from './score.js';
import { targetIndicators, type TargetResult } from './targets.js';

export interface AnalysisInput {
  records: ResultRecord[];
  reference: ReferenceValue[];
  /** The FIOKO method for the target year (classify.year is Y). */
  classify: ClassifyOptions;
  dynamics: DynamicsParams;
  score: ScoreParams;
}

export interface DynamicsAnalysis {
  year: number;
  schools: SchoolDynamics[];
  list: ListMovement;
  targets: TargetResult[];
}

export function analyseDynamics(input: AnalysisInput): DynamicsAnalysis {
  const year = input.classify.year;
  const schools = dynamicsOf(input);
  const before = classifySchools(input.records, { ...input.classify, year: year - 1 });
  const after = classifySchools(input.records, input.classify);
  const flaggedBefore = new Set(before.schools.filter((s) => s.flagged).map((s) => s.schoolId));
  return {
    year,
    schools,
    list: listMovement(before, after),
    targets: targetIndicators(schools, flaggedBefore, year, input.dynamics, input.score.egeMath),
  };
}

function dynamicsOf(input: AnalysisInput): SchoolDynamics[] {
  return schoolDynamics(input.records, {
    year: input.classify.year,
    threshold: input.classify.threshold,
    params: input.dynamics,
    district: buildDistrict(input.records, input.reference),
    selection: input.classify.selection,
  });
}

export interface ClusterInput extends AnalysisInput {
  profiles: SchoolProfile[];
  profileGiven: boolean;
  graduates: GraduateRecord[];
  cluster: ClusterParams;
}

export interface ClusterAnalysis {
  year: number;
  schools: ClusterVerdict[];
}

export function clusterSchools(input: ClusterInput): ClusterAnalysis {
  const year = input.classify.year;
  const verdicts = classifySchools(input.records, input.classify).schools;
  const dynamics = new Map(dynamicsOf(input).map((d) => [d.schoolId, d]));
  const scoring = scoreSchools({
    year, records: input.records, graduates: input.graduates, profiles: input.profiles, profileGiven: input.profileGiven,
    reference: input.reference, flagged: new Set(verdicts.filter((v) => v.flagged).map((v) => v.schoolId)), params: input.score,
  });
  const ior = new Map(scoring.schools.map((s) => [s.schoolId, s.indicators.find((i) => i.id === '1.19')?.value ?? null]));
  const profiles = new Map(input.profiles.map((p) => [p.schoolId, p]));
  const all = selectProcedures('all');
  const schools = verdicts.map((verdict) => {
    const own = dynamics.get(verdict.schoolId);
    return clusterOf(
      {
        verdict,
        dynamics: own,
        overallAll: overallDirection(own?.procedures ?? [], year, all),
        profile: profiles.get(verdict.schoolId) ?? null,
        ior: ior.get(verdict.schoolId) ?? null,
        year,
      },
      input.cluster,
    );
  });
  schools.sort((a, b) => (a.cluster ?? 4) - (b.cluster ?? 4) || compareIds(a.schoolId, b.schoolId));
  return { year, schools };
}
