/**
 * The total rows of one sheet of the per-school ЕГЭ form and the schools they cover. At the end
 * of the sheet each total's subjects become reference values: the mean as given, the failing
 * share from the counts (failing × 100 / participants). A total's mean is checked against the
 * participant-weighted mean of the schools it covers — all the sheet's for the region, the
 * municipality's for a municipality — and left out when it is more than a tenth off
 * (totalMeanAgrees): the real 2023 sheet's «История» total says 9.74 over schools averaging 49.95.
 */
import type { ReferenceLevel, ReferenceValue } from '../../model/reference.js';
import { normalizeLabel } from '../../model/text.js';
import type { SubjectColumns } from './ege-form-header.js';
import type { SubjectValues } from './ege-form-values.js';

export interface TotalRow {
  rowNumber: number;
  level: ReferenceLevel;
  /** Null for the region. */
  municipality: string | null;
  readings: { subject: SubjectColumns; values: SubjectValues }[];
}

/** A total mean that disagrees with its schools': where it stands and both figures. */
export interface MeanMismatch {
  rowNumber: number;
  subject: SubjectColumns;
  given: number;
  /** Rounded to two decimals, as the form writes means. */
  computed: number;
}

export class SheetTotals {
  private readonly totals: TotalRow[] = [];
  /** Participants and the sum of participants × mean, by procedure and normalised municipality. */
  private readonly coverage = new Map<string, Map<string, { weight: number; sum: number }>>();

  add(total: TotalRow): void {
    this.totals.push(total);
  }

  /** A school's result with a mean, counted for the totals that cover it. */
  cover(procedure: string, municipality: string | null, values: SubjectValues): void {
    if (values.meanScore === null) return;
    const byPlace = this.coverage.get(procedure) ?? new Map<string, { weight: number; sum: number }>();
    this.coverage.set(procedure, byPlace);
    const key = normalizeLabel(municipality ?? '');
    const place = byPlace.get(key) ?? { weight: 0, sum: 0 };
    place.weight += values.participants;
    place.sum += values.participants * values.meanScore;
    byPlace.set(key, place);
  }

  /** Every total's subjects as reference values of the year, in row order; the means left out are returned too. */
  references(year: number): { values: ReferenceValue[]; mismatches: MeanMismatch[] } {
    const values: ReferenceValue[] = [];
    const mismatches: MeanMismatch[] = [];
    for (const total of this.totals) {
      for (const { subject, values: given } of total.readings) {
        let meanScore = given.meanScore;
        const computed = meanScore === null ? null : this.schoolsMean(subject.procedure, total);
        if (meanScore !== null && computed !== null && !totalMeanAgrees(meanScore, computed)) {
          mismatches.push({ rowNumber: total.rowNumber, subject, given: meanScore, computed: Math.round(computed * 100) / 100 });
          meanScore = null;
        }
        values.push({
          year, procedure: subject.procedure, meanScore, failPct: (given.failed * 100) / given.participants,
          level: total.level, municipality: total.municipality,
        });
      }
    }
    return { values, mismatches };
  }

  private schoolsMean(procedure: string, total: TotalRow): number | null {
    const byPlace = this.coverage.get(procedure);
    if (!byPlace) return null;
    const places = total.level === 'region' ? [...byPlace.values()] : [byPlace.get(normalizeLabel(total.municipality ?? ''))].filter((p) => p !== undefined);
    const weight = places.reduce((s, p) => s + p.weight, 0);
    return weight > 0 ? places.reduce((s, p) => s + p.sum, 0) / weight : null;
  }
}

/**
 * A total row's mean agrees with the participant-weighted mean of the schools it covers when it is
 * within a tenth of it: 50 against 55 agrees, against 55.01 not. The schools' means are rounded to
 * two decimals and a total may count a few pupils more; a tenth off is another figure (the real
 * 2023 sheet's «История» total says 9.74 over schools averaging 49.95).
 */
export function totalMeanAgrees(given: number, computed: number): boolean {
  return Math.abs(given - computed) * 10 <= computed;
}
