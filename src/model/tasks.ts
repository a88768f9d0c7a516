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
  /** Protocols: pupils whose cell says «не пройд.» (the topic not taught yet): out of the task's denominator. */
  notTaught: number | null;
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
  /** Protocols: pupils marked absent (not participants); absent (undefined) for an export. */
  absent?: number;
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
  /** The task's place in the work (the map's «№» beside «№ по КИМу»): an export's «балл за N» is the task at position N. */
  position: number | null;
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

/** «№ 5», «Задание 6», «4 (1)», «4.1», «11.3 k1» → «5», «6», «4(1)», «4.1», «11.3 К1». */
export function normalizeTask(text: string): string | null {
  const cleaned = text
    .replace(/^(?:№|no\.?|задание|зад\.?|task)\s*/iu, '')
    .replace(/\s+/g, '')
    .replace(/\.$/, '');
  // a criterion of a task, as the protocol form writes it («11.3 k1»): named as teachers know it, «К1»
  const criterion = /^(\d{1,2}(?:\(\d{1,2}\)|\.\d{1,2})?)[кk](\d{1,2})$/iu.exec(cleaned);
  if (criterion) return `${criterion[1]} К${criterion[2]}`;
  return /^\d{1,2}(?:\(\d{1,2}\)|\.\d{1,2}|[а-яa-z])?$/iu.test(cleaned) ? cleaned.toLowerCase() : null;
}

/** A task column's header read: the task, the maximum it states, the position it names. */
export interface TaskHeader {
  task: string;
  /** «6 (2б)»: the header states the task's maximum points; null when it does not. */
  max: number | null;
  /** «балл за 16»: the task's position in the work (the 16th task column), not its number; null for a numbered header. */
  position: number | null;
}

const POSITION_HEADER = /^балл за (?:задание )?(\d{1,2})$/;
/** «6 (2б)», «11.1 (1 б.)», «14 (2 балла)»: the number, then the maximum in brackets. */
const MAX_HEADER = /^(.+?)\s*\(\s*(\d{1,2})\s*б(?:алл|алла|аллов)?\.?\s*\)$/iu;

/**
 * A task column's header: «6 (2б)» → task 6, max 2 (the protocol form); «балл за 16» → the task at
 * position 16 (the per-pupil export numbers its columns 1…N in the order of the work); «4(1)»,
 * «4.1», «№ 5» → that task, no maximum. Null when the header is not a task.
 */
export function parseTaskHeader(text: string): TaskHeader | null {
  const position = POSITION_HEADER.exec(text.trim().toLowerCase().replace(/\s+/g, ' '));
  if (position) {
    const n = Number(position[1]);
    return n > 0 ? { task: String(n), max: null, position: n } : null;
  }
  const withMax = MAX_HEADER.exec(text.trim());
  const task = normalizeTask(withMax ? withMax[1]! : text);
  const max = withMax ? Number(withMax[2]) : null;
  return task === null || max === 0 ? null : { task, max, position: null };
}
