/**
 * `shnor check --markers`: the official list of signs of non-objective ВПР results beside the
 * signs the data checks compute. For every school of the data on the list of the target year Y,
 * one finding per marked procedure saying whether the data show a sign there too, show none (the
 * list follows FIOKO's own method, partly on data not here — not a contradiction), were not
 * checked (the procedure is outside the set) or have no result. Each computed sign of a ВПР in a
 * year the list covers says whether the list has that school for that procedure, for others
 * only, or not at all. Nothing here is an
 * error: a list is a reason to look, as the computed signs are.
 */
import { listLookup, type ObjectivityList } from '../model/markers.js';
import { parseProcedure } from '../model/procedures.js';
import { resultKey, type ResultRecord } from '../model/records.js';
import type { DataCheck, DataCheckCode } from './check-data.js';

/** The data checks whose findings are signs of non-objective results. */
export const OBJECTIVITY_SIGNS: ReadonlySet<DataCheckCode> = new Set([
  'objectivity-no-twos-many-fives', 'objectivity-vpr-oge', 'objectivity-swing', 'journal-raised', 'objectivity-computed',
]);

export type ListedState = 'signs' | 'no-signs' | 'not-checked' | 'no-results';

export function compareWithList(
  checks: DataCheck[], list: ObjectivityList, records: ResultRecord[], year: number, checked: ReadonlySet<string>,
): DataCheck[] {
  const lookup = listLookup(list);
  const listYear = (y: number) => String(y);
  const annotated = checks.map((check): DataCheck => {
    if (!OBJECTIVITY_SIGNS.has(check.code) || check.schoolId === null || check.year === null || parseProcedure(check.procedure ?? '')?.kind !== 'VPR') return check;
    const status = lookup(check.schoolId, check.year);
    if (!status.covered) return check;
    const marked = status.entry?.procedures ?? [];
    const onList = marked.includes(check.procedure!) ? 'yes' : marked.length > 0 ? 'other' : 'no';
    return { ...check, params: { ...check.params, onList, listYear: listYear(check.year) } };
  });
  if (!list.years.includes(year)) {
    return [...annotated, { code: 'objectivity-list-year', level: 'warning', schoolId: null, procedure: null, year: null, params: { listYear: listYear(year), years: list.years.join(', ') } }];
  }
  const schools = new Set(records.map((r) => r.schoolId));
  const results = new Set(records.map(resultKey));
  const listed = list.entries
    .filter((e) => e.year === year && schools.has(e.schoolId))
    .flatMap((entry) =>
      entry.procedures.map((procedure): DataCheck => {
        const signs = checks.filter((c) => OBJECTIVITY_SIGNS.has(c.code) && c.schoolId === entry.schoolId && c.procedure === procedure && c.year === year).map((c) => c.code);
        const state: ListedState = signs.length > 0 ? 'signs'
          : !results.has(resultKey({ schoolId: entry.schoolId, procedure, year })) ? 'no-results'
          : checked.has(procedure) ? 'no-signs' : 'not-checked';
        return { code: 'objectivity-listed', level: 'warning', schoolId: entry.schoolId, procedure, year, params: { state, signs: [...new Set(signs)].join(', '), listYear: listYear(year) } };
      }),
    );
  return [...annotated, ...listed];
}
