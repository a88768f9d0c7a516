/**
 * 1.18 Признаки необъективности ВПР (seed 003: «Образовательные организации, вошедшие в список
 * Рособнадзора, как имеющие признаки необъективности результатов ВПР (2021 г.) — Школы, не
 * имеющие признаки необъективности результатов ВПР -3 балла, имеющие признаки необъективности-0
 * баллов»). The --markers list of year Y decides for Y: a school with a procedure marked there has
 * signs (0), a school absent from it — or listed with nothing marked — has none (3). The list wins
 * over the profile column; a year the list does not cover falls back to the profile as before.
 * With «по расчёту» the signs computed from the per-pupil exports decide the same way, school by
 * school (objectivity-flag.ts, computed-objectivity.ts); a school without per-pupil results of Y
 * falls back to the profile.
 * Example: the list of 2023 marks «4 РУ» and «5 МА» for edu053017 → flagged, 0 points, note «в
 * списке признаков необъективности 2023 г.: ВПР Русский язык 4 кл., ВПР Математика 5 кл.».
 */
import { fromProfile, yesNoLevel } from './from-profile.js';
import type { IndicatorNote, Outcome, SchoolData, ScoreContext } from './types.js';

const fromProfileColumn = fromProfile((p) => yesNoLevel(p.nonObjective, 'flagged', 'clean'));

export function objectivity(school: SchoolData, context: ScoreContext): Outcome {
  const { year } = context;
  const status = context.objectivity?.(school.schoolId, year) ?? null;
  if (status === null) return fromProfileColumn(school, context);
  if (!status.covered) {
    const outcome = fromProfileColumn(school, context);
    return { ...outcome, notes: [status.note, ...outcome.notes] };
  }
  const { flagged } = status;
  const notes: IndicatorNote[] = [...status.notes];
  const profile = context.profileGiven ? (school.profile?.nonObjective ?? null) : null;
  if (profile !== null && profile !== flagged) notes.push({ code: status.differs, params: { value: profile ? 'yes' : 'no' } });
  return { value: flagged ? 1 : 0, level: flagged ? 'flagged' : 'clean', notes };
}
