/**
 * What the objectivity analysis keeps of a per-pupil ВПР export: counts, never pupils. For each
 * school and class of a work, how the ВПР mark (the primary score read through the year's scale)
 * stands against the journal mark for the previous term, and how many pupils have each primary
 * score. A pupil with a valid score and no journal mark («нет отметки», blank) is counted apart.
 */
import type { Scale } from './scales.js';

export interface JournalCounts {
  /** The ВПР mark below the journal mark («понизили»). */
  lowered: number;
  /** Equal («подтвердили»). */
  confirmed: number;
  /** Above («повысили»). */
  raised: number;
  /** A valid score and no journal mark. */
  noJournal: number;
}

export interface PupilGroupTally extends JournalCounts {
  schoolId: string;
  schoolName: string | null;
  municipality: string | null;
  /** «5А»; null when the export names no class («нет», blank). */
  className: string | null;
  /** Pupils by primary score: scores[s] pupils scored s (0 … the scale's maximum). */
  scores: number[];
}

/** One work of the exports read: its scale and the tallies of its schools' classes. */
export interface PupilWork {
  procedure: string;
  year: number;
  scale: Scale;
  groups: PupilGroupTally[];
}

export const emptyJournalCounts = (): JournalCounts => ({ lowered: 0, confirmed: 0, raised: 0, noJournal: 0 });

/** The sum of tallies: a school of its classes, a municipality or the region of its schools. */
export function addCounts(into: { counts: JournalCounts; scores: number[] }, group: JournalCounts & { scores: number[] }): void {
  into.counts.lowered += group.lowered;
  into.counts.confirmed += group.confirmed;
  into.counts.raised += group.raised;
  into.counts.noJournal += group.noJournal;
  group.scores.forEach((count, score) => {
    into.scores[score] = (into.scores[score] ?? 0) + count;
  });
}
