/**
 * The official list of schools with signs of non-objective ВПР results (ФИОКО, published by the
 * regional ЦОКО): per school and year, the ВПР procedures marked. It feeds indicator 1.18 for its
 * years, `check` and the yearly report.
 */
import type { SourceRef } from './records.js';

export interface MarkerEntry {
  /** The school year (ruling R2): the list «Год 2023» speaks of the ВПР of 2022/2023. */
  year: number;
  /** The login as the list gives it, or the id of the results' school it was matched to. */
  schoolId: string;
  schoolName: string | null;
  municipality: string | null;
  /** ВПР codes marked, in procedure order; empty for a school listed without any mark. */
  procedures: string[];
  /** «Количество маркеров» as the list gives it; null without that column or value. */
  count: number | null;
  source: SourceRef;
}

export interface ObjectivityList {
  file: string;
  /** The years the list has at least one row for, ascending: a school absent in such a year has no signs. */
  years: number[];
  entries: MarkerEntry[];
}

/** What the list says of one school in one year. */
export type ListStatus =
  | { covered: false }
  | { covered: true; entry: MarkerEntry | null };

/** Looks schools up in the list by id and year (the first row of a school and year, as the reader keeps it). */
export function listLookup(list: ObjectivityList): (schoolId: string, year: number) => ListStatus {
  const byKey = new Map<string, MarkerEntry>();
  for (const entry of list.entries) {
    const key = `${entry.schoolId}\u0000${entry.year}`;
    if (!byKey.has(key)) byKey.set(key, entry);
  }
  const years = new Set(list.years);
  return (schoolId, year) => (years.has(year) ? { covered: true, entry: byKey.get(`${schoolId}\u0000${year}`) ?? null } : { covered: false });
}
