/**
 * `shnor check` with the objectivity flag «по расчёту»: a warning for each school and ВПР work of the
 * target year with a sign computed from the per-pupil exports (computed-objectivity.ts), beside the
 * other signs of non-objectivity — a sign to review, never a verdict. Example: sch220001, ВПР
 * Математика 5 кл. 2021 → «повысили» 11 of 24 (45,8%) against 4,6% (p = 2,8·10⁻⁹), and 8 of 25 at
 * 7–8 points (32%) against 5% (p = 1,96·10⁻⁵): one warning naming both.
 */
import type { DataCheck } from './check-data.js';
import type { ComputedObjectivity } from './computed-objectivity.js';
import { signParams } from './objectivity-flag.js';

export function computedChecks(computed: ComputedObjectivity, year: number): DataCheck[] {
  return computed.entries
    .filter((entry) => entry.year === year)
    .flatMap((entry) =>
      entry.flagged.map((work): DataCheck => {
        const { procedure, ...figures } = signParams(work);
        return { code: 'objectivity-computed', level: 'warning', schoolId: entry.schoolId, procedure: String(procedure), year, params: figures };
      }),
    );
}
