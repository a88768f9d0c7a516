/**
 * The objectivity flag of a school in a year from the signs computed on ФИС ОКО per-pupil exports
 * (pupil-objectivity.ts), for indicator 1.18 and `check` «по расчёту по работам участников» (shnor's
 * own reading, docs/rules.md «1.18 по расчёту»):
 * - flagged in year Y when, at school level (its classes aside), any ВПР work of Y shows at least one
 *   sign — «повысили» far above the region or a spike at the «3» boundary, each with its test;
 * - a school with per-pupil results of Y and no sign has none (as a school absent from the official
 *   list), also where no work of it had the 20 pupils a sign is tested on — the note says so;
 * - a school without per-pupil results of Y is not covered: 1.18 then falls back to the profile, as
 *   for a year the official list does not cover.
 * Example (the export of test/app/objectivity.test.ts, ВПР 2021 математика 5 кл.): sch220001 повысили
 * 11 of 24 against 4,6% (p = 2,8·10⁻⁹) and 8 of 25 at 7–8 points against 5% (p = 1,96·10⁻⁵) → flagged;
 * sch220003 2 of 25 at the boundary (p = 0,36) → none.
 */
import { parseProcedure } from '../model/procedures.js';
import { OBJECTIVITY_MIN_PUPILS, type ObjectivitySign, type WorkObjectivity } from './pupil-objectivity.js';

/** One ВПР work of a school with its signs. */
export interface WorkSigns {
  procedure: string;
  signs: ObjectivitySign[];
}

/** What the computed signs say of one school in one year. */
export interface ComputedEntry {
  schoolId: string;
  year: number;
  /** The ВПР works of the year the school has per-pupil results of, in the order analysed. */
  works: string[];
  /** Those with at least one sign; empty for a school without signs. */
  flagged: WorkSigns[];
  /** False when no work of the school had OBJECTIVITY_MIN_PUPILS pupils: nothing was tested. */
  tested: boolean;
}

export interface ComputedObjectivity {
  /** Every school and year with per-pupil ВПР results, in the order of the works. */
  entries: ComputedEntry[];
}

/** The same shape as the official list's ListStatus: not covered, or what is known of the school. */
export type ComputedStatus = { covered: false } | { covered: true; entry: ComputedEntry };

/** The school rows of the analysed works (their classes aside) gathered per school and year. */
export function computedObjectivity(works: readonly WorkObjectivity[]): ComputedObjectivity {
  const entries = new Map<string, ComputedEntry>();
  for (const work of works) {
    if (parseProcedure(work.procedure)?.kind !== 'VPR') continue;
    for (const group of work.groups) {
      if (group.level !== 'school') continue;
      const key = `${group.schoolId}\u0000${work.year}`;
      let entry = entries.get(key);
      if (entry === undefined) entries.set(key, (entry = { schoolId: group.schoolId, year: work.year, works: [], flagged: [], tested: false }));
      entry.works.push(work.procedure);
      if (group.signs.length > 0) entry.flagged.push({ procedure: work.procedure, signs: group.signs });
      entry.tested ||= group.journal.compared >= OBJECTIVITY_MIN_PUPILS || group.distribution.scored >= OBJECTIVITY_MIN_PUPILS;
    }
  }
  return { entries: [...entries.values()] };
}

export function computedLookup(computed: ComputedObjectivity): (schoolId: string, year: number) => ComputedStatus {
  const byKey = new Map(computed.entries.map((e) => [`${e.schoolId}\u0000${e.year}`, e]));
  return (schoolId, year) => {
    const entry = byKey.get(`${schoolId}\u0000${year}`);
    return entry === undefined ? { covered: false } : { covered: true, entry };
  };
}
