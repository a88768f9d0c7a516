/**
 * The computed signs of a school beside the official list of schools with signs of non-objective
 * ВПР results (ФИОКО's markers, published by the regional ЦОКО): per school and work, «совпадает»
 * (a computed sign and the work marked in the list), «только по расчёту», «только в официальном
 * списке», or neither. Only school rows are compared (a class is not on the list); a year the list
 * has no row for is not compared at all. Example: the list of 2021 marks sch220001 and sch220002 for
 * ВПР математика 5 кл.; sch220001 has a computed sign, sch220002 none → «совпадает», «только в
 * официальном списке»; sch220003, unlisted and without a sign, is neither.
 */
import { listLookup, type ObjectivityList } from '../model/markers.js';
import type { GroupObjectivity, WorkObjectivity } from './pupil-objectivity.js';

export type Agreement = 'both' | 'computed' | 'official';

export interface AgreementCounts {
  both: number;
  computed: number;
  official: number;
  neither: number;
}

export interface WorkAgreement {
  /** False when the list has no row for the work's year: nothing is compared. */
  covered: boolean;
  /** Per school row (by id): the agreement, null where neither the list nor the signs mark it. */
  bySchool: Map<string, Agreement | null>;
  counts: AgreementCounts;
}

export function agreementOf(computed: boolean, official: boolean): Agreement | null {
  if (computed && official) return 'both';
  if (computed) return 'computed';
  return official ? 'official' : null;
}

export function compareWithMarkers(work: Pick<WorkObjectivity, 'procedure' | 'year' | 'groups'>, list: ObjectivityList): WorkAgreement {
  const lookup = listLookup(list);
  const counts: AgreementCounts = { both: 0, computed: 0, official: 0, neither: 0 };
  const bySchool = new Map<string, Agreement | null>();
  const schools = work.groups.filter((g: GroupObjectivity) => g.level === 'school');
  if (!list.years.includes(work.year)) return { covered: false, bySchool, counts };
  for (const school of schools) {
    const status = lookup(school.schoolId, work.year);
    const official = status.covered && status.entry !== null && status.entry.procedures.includes(work.procedure);
    const agreement = agreementOf(school.signs.length > 0, official);
    bySchool.set(school.schoolId, agreement);
    counts[agreement ?? 'neither'] += 1;
  }
  return { covered: true, bySchool, counts };
}
