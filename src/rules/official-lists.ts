/**
 * The official lists beside the computed verdict. The profile says whether a school is on the
 * federal or the regional ШНОР list or in the project «500+» (ruling R7). Seed 004 counts those
 * assignments as the list itself: «В 2021-2022 учебном году федерацией, регионом, а также
 * муниципалитетом были отнесены к разряду ШНРО семь ОУ округа», the federation's being the
 * project «500+» («МБОУ «Икшурминская средняя школа», МБОУ «Троицкая средняя школа» были отнесены к
 * федеральному проекту 500+»), the region's its «региональному проекту сопровождения ШНРО».
 * The municipality's own assignment is the FIOKO rule over its results (fioko.ts).
 *
 * Where the lists and the data disagree the school is named both ways: on a list while the data
 * do not flag it (with why not, as check explains a draft's extra school), or flagged by the data
 * while on none of the lists the profile fills in. Worked example (seed 004 made up in
 * test/app/pirov-clusters.test.ts): Бушуйская, on the regional list, with one low result in Y under
 * the eight FIOKO procedures → lists ['regional'], disagreement 'listed-not-flagged', why 'one-low'.
 */
import type { SchoolProfile } from '../model/profile.js';
import { extraReason, type ExtraReason } from './check-draft.js';
import type { Classification, Criterion, SchoolVerdict } from './fioko.js';

export const OFFICIAL_LISTS = ['federal', 'regional', 'project500'] as const;
export type OfficialList = (typeof OFFICIAL_LISTS)[number];

const FIELDS: Record<OfficialList, 'federalList' | 'regionalList' | 'project500'> = {
  federal: 'federalList', regional: 'regionalList', project500: 'project500',
};

export interface ListStanding {
  schoolId: string;
  schoolName: string | null;
  /** The lists the school is on, [] when on none of those the profile fills in; null when the profile says nothing of any. */
  lists: OfficialList[] | null;
  /** Flagged by the FIOKO rule over the data, and by which criteria. */
  flagged: boolean;
  criteria: Criterion[];
  /** 'listed-not-flagged': on a list, the data do not flag it; 'flagged-not-listed' the other way; null when they agree or the lists are unknown. */
  disagreement: 'listed-not-flagged' | 'flagged-not-listed' | null;
  /** Why the data do not flag a listed school. */
  why: ExtraReason | null;
}

/** The lists the profile puts the school on; null without a profile row or with all three cells blank. */
export function officialListsOf(profile: SchoolProfile | null | undefined): OfficialList[] | null {
  if (!profile || OFFICIAL_LISTS.every((list) => profile[FIELDS[list]] === null)) return null;
  return OFFICIAL_LISTS.filter((list) => profile[FIELDS[list]] === true);
}

export function listStanding(verdict: SchoolVerdict, profile: SchoolProfile | null | undefined, classification: Pick<Classification, 'year' | 'method'>): ListStanding {
  const lists = officialListsOf(profile);
  const listed = lists !== null && lists.length > 0;
  const notFlagged = listed && !verdict.flagged;
  const disagreement = notFlagged ? 'listed-not-flagged' : lists !== null && !listed && verdict.flagged ? 'flagged-not-listed' : null;
  return {
    schoolId: verdict.schoolId, schoolName: verdict.schoolName, lists, flagged: verdict.flagged, criteria: verdict.criteria, disagreement,
    why: notFlagged ? extraReason(verdict, classification) : null,
  };
}

/** Every school's standing, keyed by id; empty when no profile was given. */
export function listStandings(classification: Classification, profiles: SchoolProfile[]): Map<string, ListStanding> {
  const byId = new Map(profiles.map((p) => [p.schoolId, p]));
  return new Map(classification.schools.map((verdict) => [verdict.schoolId, listStanding(verdict, byId.get(verdict.schoolId), classification)]));
}
