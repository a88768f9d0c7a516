/**
 * Where a school's objectivity flag (indicator 1.18, «признаки необъективности результатов ВПР»)
 * comes from: the official list (--markers), the profile column, or the signs computed from the
 * per-pupil exports among the inputs. The default is the list when one is given, else the profile.
 * The list and the computed signs answer alike (FlagStatus): nothing for this school and year — 1.18
 * falls back to the profile, with a note — or flagged or not, with the notes that explain it.
 * Example: computed, sch220001 with «повысили» 45,8% against 4,6% in ВПР Математика 5 кл. 2021 →
 * flagged, the note «по расчёту по работам участников 2020/2021 уч. г.: ВПР Математика 5 кл. — …».
 */
import { listLookup, type ObjectivityList } from '../model/markers.js';
import { OBJECTIVITY_MIN_PUPILS, type TestedSign } from './pupil-objectivity.js';
import { computedLookup, type ComputedEntry, type ComputedObjectivity, type WorkSigns } from './computed-objectivity.js';
import type { IndicatorNote } from './indicators/types.js';

export const OBJECTIVITY_SOURCES = ['list', 'profile', 'computed'] as const;
export type ObjectivitySource = (typeof OBJECTIVITY_SOURCES)[number];

export type ObjectivityBasis =
  | { source: 'profile' }
  | { source: 'list'; list: ObjectivityList }
  | { source: 'computed'; computed: ComputedObjectivity };

/** Which source a run took its flag from, named in its output: the list's file with the list. */
export interface ObjectivityFrom {
  source: ObjectivitySource;
  file: string | null;
}

export function objectivityFrom(basis: ObjectivityBasis): ObjectivityFrom {
  return { source: basis.source, file: basis.source === 'list' ? basis.list.file : null };
}

/** What a list or the computed signs say of a school in a year; `differs` is the note's code when the profile says otherwise. */
export type FlagStatus =
  | { covered: false; note: IndicatorNote }
  | { covered: true; flagged: boolean; notes: IndicatorNote[]; differs: string };

export type FlagLookup = (schoolId: string, year: number) => FlagStatus;

/** null for the profile: 1.18 reads its column as it always did. */
export function flagLookup(basis: ObjectivityBasis): FlagLookup | null {
  if (basis.source === 'profile') return null;
  return basis.source === 'list' ? fromList(basis.list) : fromComputed(basis.computed);
}

function fromList(list: ObjectivityList): FlagLookup {
  const lookup = listLookup(list);
  return (schoolId, year) => {
    const status = lookup(schoolId, year);
    if (!status.covered) return { covered: false, note: { code: 'markers-year-missing', params: { year } } };
    const procedures = status.entry?.procedures ?? [];
    const flagged = procedures.length > 0;
    const note: IndicatorNote = flagged
      ? { code: 'markers-listed', params: { year, procedures: procedures.join(', ') } }
      : { code: status.entry ? 'markers-none-marked' : 'markers-not-listed', params: { year } };
    return { covered: true, flagged, notes: [note], differs: 'markers-profile-differs' };
  };
}

function fromComputed(computed: ComputedObjectivity): FlagLookup {
  const lookup = computedLookup(computed);
  return (schoolId, year) => {
    const status = lookup(schoolId, year);
    if (!status.covered) return { covered: false, note: { code: 'computed-no-results', params: { year } } };
    return { covered: true, flagged: status.entry.flagged.length > 0, notes: computedNotes(status.entry), differs: 'computed-profile-differs' };
  };
}

/** A note per work with signs; for a school without, one note naming the works (and whether any was tested). */
function computedNotes(entry: ComputedEntry): IndicatorNote[] {
  const { year } = entry;
  if (entry.flagged.length > 0) return entry.flagged.map((work) => ({ code: 'computed-signs', params: { year, ...signParams(work) } }));
  return [{ code: entry.tested ? 'computed-no-signs' : 'computed-untested', params: { year, procedures: entry.works.join(', '), ...(entry.tested ? {} : { min: OBJECTIVITY_MIN_PUPILS }) } }];
}

/**
 * The figures of a work's signs as a note's parameters: «повысили» (raised of compared, the shares,
 * p) and the «3» boundary (count of scored at from–to points, the shares, p), and what they were
 * compared with (`against`: the region, or the municipality of a municipal export).
 */
export function signParams(work: WorkSigns): Record<string, string | number> {
  // the per-pupil exports alone give the tested signs (the ОГЭ beside the ВПР is check's own finding)
  const tested = work.signs.filter((s): s is TestedSign => s.code !== 'vpr-beside-oge');
  // the signs of a work are tested against the same reference: the region, or the one municipality the files hold
  const params: Record<string, string | number> = { procedure: work.procedure, against: tested[0]?.against ?? 'region' };
  for (const sign of tested) {
    if (sign.code === 'raised-above-region') {
      Object.assign(params, { raised: sign.raised, compared: sign.compared, raisedPct: sign.pct, raisedRegionPct: sign.regionPct, raisedP: sign.p });
    } else {
      Object.assign(params, { spike: sign.count, scored: sign.scored, from: sign.from, to: sign.to, spikePct: sign.pct, spikeRegionPct: sign.regionPct, spikeP: sign.p });
    }
  }
  return params;
}
