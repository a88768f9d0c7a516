/**
 * The year of a form that may name it in three places: the sheet name («2022»), the title row
 * («… в 2022 году») and a header («Всего выпускников в 2023 году …»). The sheet name wins, then
 * the title, then the header, then --year; a place that names another year is a conflict to
 * report. A form copied from the year before keeps the old header: the real Забайкальский край
 * file's sheet «2022», titled «… в 2022 году», says «Всего выпускников в 2023 году» — it is 2022.
 */
export const YEAR_SOURCES = ['sheet', 'title', 'header'] as const;
export type YearSource = (typeof YEAR_SOURCES)[number] | 'flag';

export interface YearChoice {
  year: number | null;
  source: YearSource | null;
  /** The places that name another year than the one taken. */
  conflicts: { source: YearSource; year: number }[];
}

export function chooseYear(found: Partial<Record<(typeof YEAR_SOURCES)[number], number | null>>, flag: number | null): YearChoice {
  const named = YEAR_SOURCES.flatMap((source) => {
    const year = found[source];
    return year == null ? [] : [{ source, year }];
  });
  const taken = named[0] ?? (flag !== null ? { source: 'flag' as const, year: flag } : null);
  if (taken === null) return { year: null, source: null, conflicts: [] };
  return { year: taken.year, source: taken.source, conflicts: named.filter((n) => n.year !== taken.year) };
}
