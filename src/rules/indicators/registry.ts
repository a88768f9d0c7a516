/**
 * The indicator registry (seed 003, «Муниципальные показатели работы со ШНОР»): one entry per
 * indicator — its id, the inputs it needs, the default scale (value → points) and how the value
 * is computed. Titles, source quotes, methods and interpretations are data (data/indicators.json),
 * joined here by id; scales can be replaced in config (score.scales). Numbering follows ruling R3.
 */
import texts from '../../../data/indicators.json' with { type: 'json' };
import * as profile from './from-profile.js';
import * as results from './from-results.js';
import { objectivity } from './objectivity.js';
import { sign, yesNo, type Scale } from './scale.js';
import type { IndicatorDef } from './types.js';

const vprBands: Scale = { kind: 'bands', bands: [{ upTo: 5, points: 3 }, { upTo: 30, points: 1 }, { points: 0 }] };
const fromProfile = profile.fromProfile;

/** Scales that depend on the school rather than the indicator alone (1.21: СОШ or ООШ). */
export const EXTRA_SCALES: Record<string, Scale> = {
  '1.21-secondary': { kind: 'bands', bands: [{ below: 0.5, points: 0 }, { points: 1 }] },
  '1.21-basic': { kind: 'bands', bands: [{ below: 0.2, points: 0 }, { points: 1 }] },
};

export const INDICATORS: IndicatorDef[] = [
  { id: '1.1', inputs: ['results', 'reference'], scale: sign(), compute: results.meanScoreDynamics(() => 'EGE-RU') },
  { id: '1.2', inputs: ['results', 'reference'], scale: sign(), compute: results.meanScoreDynamics((c) => c.params.egeMath) },
  { id: '1.3', inputs: ['results', 'reference'], scale: sign(), compute: results.meanScoreDynamics(() => 'OGE-RU') },
  { id: '1.4', inputs: ['results', 'reference'], scale: sign(), compute: results.meanScoreDynamics(() => 'OGE-MA') },
  { id: '1.5', inputs: ['results'], scale: sign(), compute: results.ratioDynamics('OGE-RU') },
  { id: '1.6', inputs: ['results'], scale: sign(), compute: results.ratioDynamics('OGE-MA') },
  {
    id: '1.7', inputs: ['results'], compute: results.successIndex,
    scale: { kind: 'bands', bands: [{ upTo: 15, points: 1 }, { upTo: 25, points: 2 }, { points: 3 }] },
  },
  {
    id: '1.8', inputs: ['results'], compute: results.failureIndex,
    scale: { kind: 'bands', bands: [{ upTo: 5, points: 3 }, { upTo: 10, points: 2 }, { points: 0 }] },
  },
  { id: '1.9', inputs: ['results'], compute: results.inequality, scale: { kind: 'levels', points: { best: 3, middle: 1, lowest: 0 } } },
  { id: '1.10', inputs: ['results'], scale: vprBands, compute: results.failingShareOf('VPR-RU-5') },
  { id: '1.11', inputs: ['results'], scale: vprBands, compute: results.failingShareOf('VPR-MA-5') },
  { id: '1.12', inputs: ['results'], scale: vprBands, compute: results.failingShareOf('VPR-RU-6') },
  { id: '1.13', inputs: ['results'], scale: vprBands, compute: results.failingShareOf('VPR-MA-6') },
  { id: '1.14', inputs: ['results'], scale: sign(), compute: results.ratioDynamics('VPR-RU-5') },
  { id: '1.15', inputs: ['results'], scale: sign(), compute: results.ratioDynamics('VPR-RU-6') },
  { id: '1.16', inputs: ['results'], scale: sign(), compute: results.ratioDynamics('VPR-MA-5') },
  { id: '1.17', inputs: ['results'], scale: sign(), compute: results.ratioDynamics('VPR-MA-6') },
  { id: '1.18', inputs: ['markers', 'profile'], scale: { kind: 'levels', points: { clean: 3, flagged: 0 } }, compute: objectivity },
  { id: '1.19', inputs: ['results', 'reference', 'profile'], scale: sign(), compute: results.iorIndicator },
  { id: '1.20', inputs: ['results', 'reference', 'profile'], scale: sign(), compute: results.iorDynamics },
  { id: '1.21', inputs: ['results', 'profile'], scale: EXTRA_SCALES['1.21-secondary']!, compute: results.socialWellbeing },
  {
    id: '2.1', inputs: ['profile'], scale: { kind: 'bands', bands: [{ below: 100, points: 0 }, { points: 3 }] },
    compute: fromProfile(profile.teacherShare((p) => p.teachersTrained)),
  },
  {
    id: '2.2', inputs: ['profile'], scale: { kind: 'bands', bands: [{ upTo: 25, points: 1 }, { upTo: 50, points: 2 }, { points: 3 }] },
    compute: fromProfile(profile.teacherShare((p) => p.teachersCategory)),
  },
  { id: '2.3', inputs: ['profile'], scale: sign(), compute: fromProfile(profile.categoryChange) },
  { id: '2.4', inputs: ['profile'], scale: { kind: 'levels', points: { none: 0, participants: 2, winners: 3 } }, compute: fromProfile(profile.contests) },
  { id: '2.5', inputs: ['profile'], scale: yesNo(), compute: fromProfile((p) => profile.yesNoLevel(p.experienceMunicipal)) },
  { id: '2.6', inputs: ['profile'], scale: yesNo(), compute: fromProfile((p) => profile.yesNoLevel(p.experienceRegional)) },
  { id: '2.7', inputs: ['profile'], scale: { kind: 'levels', points: { none: 0, participant: 2, winner: 3 } }, compute: fromProfile(profile.innovation) },
  { id: '2.8', inputs: ['profile'], scale: yesNo(), compute: fromProfile((p) => profile.yesNoLevel(p.methodLeaders)) },
  { id: '2.9', inputs: ['profile'], scale: { kind: 'levels', points: { regional: 3, above: 2, upTo: 1, none: 0 } }, compute: fromProfile(profile.olympiad) },
  { id: '2.10', inputs: ['profile'], scale: yesNo(), compute: fromProfile((p) => profile.yesNoLevel(p.programmes)) },
  { id: '3.1.1', inputs: ['profile'], scale: null, compute: fromProfile(profile.profileValue((p) => p.failingShare)) },
  { id: '3.1.2', inputs: ['profile'], scale: null, compute: fromProfile(profile.profileValue((p) => p.disabledShare)) },
  { id: '3.1.3', inputs: ['profile'], scale: null, compute: fromProfile(profile.profileValue((p) => p.nonNativeShare)) },
  { id: '3.1.4', inputs: ['profile'], scale: null, compute: fromProfile(profile.profileValue((p) => p.failingExtraShare)) },
  { id: '3.1.5', inputs: ['profile'], scale: null, compute: fromProfile(profile.profileValue((p) => p.socialRiskShare)) },
  { id: '3.2', inputs: ['profile'], scale: null, compute: fromProfile(profile.profileValue((p) => p.trainedLowAchieversShare)) },
  { id: '3.3', inputs: ['profile'], scale: null, compute: fromProfile(profile.failingDecrease) },
  { id: '4.1', inputs: ['profile'], scale: null, compute: fromProfile((p) => profile.yesNoLevel(p.networkSchools)) },
  { id: '4.2', inputs: ['profile'], scale: null, compute: fromProfile((p) => profile.yesNoLevel(p.networkOrganisations)) },
  { id: '4.3', inputs: ['profile'], scale: null, compute: fromProfile((p) => profile.yesNoLevel(p.jointEvents)) },
  { id: '4.4', inputs: ['profile'], scale: null, compute: fromProfile((p) => profile.yesNoLevel(p.seminarsHosted)) },
];


export interface IndicatorText {
  id: string;
  title: { ru: string; en: string };
  source: string;
  method: string;
  subjects: string;
  formula: string;
  interpretation: string | null;
}

export const INDICATOR_TEXTS: Map<string, IndicatorText> = new Map(texts.indicators.map((t) => [t.id, t]));
/** The document the indicators come from (a data/sources.json id). */
export const INDICATORS_SOURCE: string = texts.document;

/** Default scales by key: every scored indicator's own, plus the per-school ones. */
export function defaultScales(): Record<string, Scale> {
  const own = INDICATORS.filter((i) => i.scale !== null).map((i) => [i.id, i.scale!] as const);
  return { ...Object.fromEntries(own), ...EXTRA_SCALES };
}
