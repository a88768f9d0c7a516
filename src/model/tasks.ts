/**
 * Task-level results (issue 9, карты затруднений): how a group did on each task of a work. Two
 * inputs give them — a «Выполнение заданий» export (a success percentage per group and task) and
 * a per-pupil protocol (points per pupil and task, tallied while reading) — and a task map says
 * what each task checks. A task no one answered has no success: it is never a zero.
 */
import type { SourceRef } from './records.js';

/** Whose row: the whole sample, the region, a municipality, a school, or a school's class or teacher. */
export type TaskGroupLevel = 'total' | 'region' | 'municipality' | 'school';

export interface TaskCell {
  /** The task number as the work writes it, normalised: «4(1)», «4.1», «5». */
  task: string;
  /** The task's maximum points; null when no source gives it. */
  max: number | null;
  /** Protocols: Σ points, pupils who answered (a number in the cell, 0 included) and who scored 0. */
  points: number | null;
  answered: number | null;
  zeros: number | null;
  /** Exports: the percentage of the maximum points obtained, as given. */
  success: number | null;
}

export interface TaskResultRecord {
  /** Procedure code (VPR-MA-5 …) and school year, from the title rows, the columns or the flags. */
  procedure: string;
  year: number;
  level: TaskGroupLevel;
  /** For a school (and its classes and teachers); null for the sample, the region and a municipality. */
  schoolId: string | null;
  /** The row's name: the school's, the municipality's, «Красноярский край» … */
  name: string | null;
  municipality: string | null;
  /** A class («5А») or a teacher: a part of the school; both null for the whole school. */
  className: string | null;
  teacher: string | null;
  participants: number;
  tasks: TaskCell[];
  /** Protocols with a mark column: pupils with a mark, the sum of marks, pupils with «2». */
  marks?: MarkTally;
  source: SourceRef;
}

export interface MarkTally {
  marked: number;
  sum: number;
  failed: number;
}

/** One line of a task map (`--map`): «проверяемые требования (умения)», content element, level. */
export interface TaskSpec {
  task: string;
  max: number | null;
  skill: string | null;
  content: string | null;
  level: string | null;
}

export interface TaskMap {
  procedure: string | null;
  year: number | null;
  tasks: TaskSpec[];
  file: string;
}

/** «№ 5», «Задание 6», «4 (1)», «4.1» → «5», «6», «4(1)», «4.1». */
export function normalizeTask(text: string): string | null {
  const cleaned = text
    .replace(/^(?:№|no\.?|задание|зад\.?|task)\s*/iu, '')
    .replace(/\s+/g, '')
    .replace(/\.$/, '');
  return /^\d{1,2}(?:\(\d{1,2}\)|\.\d{1,2}|[а-яa-z])?$/iu.test(cleaned) ? cleaned.toLowerCase() : null;
}
