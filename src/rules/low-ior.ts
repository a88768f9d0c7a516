/**
 * «Школа с низким ИОР», one definition for every command (seed 003 §3.5: «выявлены школы,
 * функционирующие в зоне риска снижения образовательных результатов обучающихся (далее-школы с
 * низким ИОР) … В данных школах наблюдается отрицательная динамика образовательных результатов по
 * отдельным предметам в течение 2-3 лет и низкий индекс образовательных результатов»): ИОР
 * (indicator 1.19) below 0 and, in some procedure, `run` negative changes in a row up to Y (ruling
 * R9: two, three years of data). `score`'s municipal group «ШНОР и школы с низким ИОР» and cluster 2
 * both take it from here.
 * Example: ИОР −0,05 and ОГЭ русский 1/20 → 3/20 → 5/20 (+10, +10 pp, two negative changes) — a
 * school with low ИОР; the same ИОР with 5% → 5% → 15% (one negative change) — not.
 */
import { notSignificant, runChanges, type ChangeRef, type SchoolDynamics } from './dynamics.js';

export interface LowIor {
  ior: number;
  /** The procedures with a negative run of at least `run` changes. */
  procedures: string[];
  run: number;
  /** The run's changes the test does not find significant: the verdict says so. */
  notSignificant: ChangeRef[];
}

export function lowIorOf(ior: number | null, dynamics: SchoolDynamics | undefined, run: number, year: number): LowIor | null {
  if (ior === null || ior >= 0) return null;
  const running = (dynamics?.procedures ?? []).filter((p) => p.negativeRun >= run);
  if (running.length === 0) return null;
  return {
    ior,
    procedures: running.map((p) => p.procedure),
    run,
    notSignificant: running.flatMap((p) => notSignificant(p.procedure, runChanges(p, year))),
  };
}
