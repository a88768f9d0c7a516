/**
 * A pupil's task cell as ФИС ОКО protocols and per-pupil exports write it. The meaning of each code
 * was checked against the file's own «всего баллов» (docs/rules.md, «Коды в ячейках заданий»):
 * - a number: the points;
 * - «X» / «Х» (Latin or Cyrillic, any case): the pupil took part and did not attempt the task — 0 points
 *   (the ВПР 2021 export counts it 0 in «всего баллов» on 10,897 rows, and the pupil as present);
 * - «Н» / «H»: 0 points as well — in the same export one school writes «H» in task 8 for 35 pupils whose
 *   totals count it 0, while its other 16 pupils have 1 and none has 0: «H» stands where others write 0;
 * - «не пройд.» (тема не пройдена): the topic was not taught yet — the task is left out of that
 *   pupil's denominator, neither 0 nor points;
 * - blank or a dash: no answer recorded — left out of the task's denominator, as a task no one answered.
 * Anything else is not a task score.
 */
import type { CellValue } from './cells.js';
import { parseNumber } from './numbers.js';

/** The readings that are not points (points are ≥ 0). */
export const BLANK_CELL = -1;
export const NOT_TAUGHT = -2;
export const BAD_CELL = -3;

/** «X», «Х», «Н», «H», «N» in either case: the pupil took part and scored 0 (Latin and Cyrillic look-alikes are one code). */
const ZERO_CODES = new Set(['x', 'х', 'н', 'h', 'n']);
const NOT_TAUGHT_PATTERN = /^(?:тема\s+)?не\s+пр[а-яё]*\.?$/;

/** Points ≥ 0, or BLANK_CELL, NOT_TAUGHT or BAD_CELL. */
export function readTaskCell(cell: CellValue): number {
  if (cell === null) return BLANK_CELL;
  if (typeof cell === 'number') return Number.isFinite(cell) && cell >= 0 ? cell : BAD_CELL;
  if (typeof cell !== 'string') return BAD_CELL;
  if (cell.length === 1) {
    const digit = cell.charCodeAt(0) - 48;
    if (digit >= 0 && digit <= 9) return digit;
  }
  const text = cell.trim().toLowerCase();
  if (text === '' || text === '-' || text === '–' || text === '—') return BLANK_CELL;
  if (ZERO_CODES.has(text)) return 0;
  if (NOT_TAUGHT_PATTERN.test(text)) return NOT_TAUGHT;
  const value = parseNumber(text);
  return typeof value === 'number' && value >= 0 ? value : BAD_CELL;
}

/**
 * «Н» / «H» / «N» alone: 0 points by readTaskCell, but no sign that the pupil was there (some schools
 * write it for «не явился») — a row of nothing but these and blanks is an absent pupil (docs/rules.md).
 */
export function isNoShowCode(cell: CellValue): boolean {
  if (typeof cell !== 'string') return false;
  const text = cell.trim().toLowerCase();
  return text === 'н' || text === 'h' || text === 'n';
}

/** «отсутствовал», «отс.», «не явился», «н/я» in the variant cell: the pupil was absent — not a participant. */
export function isAbsentMark(cell: CellValue): boolean {
  if (typeof cell !== 'string') return false;
  const text = cell.trim().toLowerCase();
  return text.startsWith('отсутств') || text === 'отс' || text === 'отс.' || text === 'н/я' || text.startsWith('не явил');
}
