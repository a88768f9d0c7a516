/** The shapes an indicator works with: one school's data, the district, and what it yields. */
import type { GraduateRecord } from '../../model/graduates.js';
import type { ResultRecord } from '../../model/records.js';
import type { SchoolProfile } from '../../model/profile.js';
import type { FlagLookup } from '../objectivity-flag.js';
import type { District } from './district.js';
import type { Scale } from './scale.js';
import type { ScoreParams } from './params.js';

export type SchoolKind = 'secondary' | 'basic';
export type NoValueReason = 'no-data' | 'no-profile' | 'not-applicable';
export type InputKind = 'results' | 'reference' | 'profile' | 'markers';

export interface IndicatorNote {
  code: string;
  params: Record<string, string | number>;
}

export type Outcome =
  | { value: number; level?: string; scaleKey?: string; notes: IndicatorNote[] }
  | { value: null; reason: NoValueReason; notes: IndicatorNote[] };

export interface SchoolData {
  schoolId: string;
  schoolName: string | null;
  municipality: string | null;
  /** СОШ → secondary, ООШ → basic; from the profile or the results, else inferred from ЕГЭ. */
  kind: SchoolKind | null;
  kindInferred: boolean;
  result(procedure: string, year: number): ResultRecord | undefined;
  results(year: number): ResultRecord[];
  /** ЕГЭ graduates of the year, where per-pupil rows had a student_id (ruling R5). */
  graduates(year: number): GraduateRecord | undefined;
  profile: SchoolProfile | null;
}

export interface ScoreContext {
  year: number;
  district: District;
  params: ScoreParams;
  /** False when no --profile was given at all. */
  profileGiven: boolean;
  /** What the official list or the computed signs say of a school in a year (1.18); null when the profile decides. */
  objectivity: FlagLookup | null;
  /** 1.9: the schools at the top and the bottom of the district by ЕГЭ mean score. */
  inequality: InequalityRanks;
}

export interface InequalityRanks {
  ranked: Set<string>;
  top: Set<string>;
  bottom: Set<string>;
}

export interface IndicatorDef {
  id: string;
  inputs: InputKind[];
  /** The default scale; null for the indicators reported as values only (3.x, 4.x). */
  scale: Scale | null;
  compute(school: SchoolData, context: ScoreContext): Outcome;
}

export const noValue = (reason: NoValueReason, notes: IndicatorNote[] = []): Outcome => ({ value: null, reason, notes });
export const valueOf = (value: number, notes: IndicatorNote[] = []): Outcome => ({ value, notes });
