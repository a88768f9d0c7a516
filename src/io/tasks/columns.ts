/**
 * What the task-level readers share: task number columns (in the header, or in the row under a
 * merged heading), the «Макс балл» row, the --task-max flag, class names, the school login and
 * the choice of a task map for a work.
 */
import { UsageError } from '../../errors.js';
import type { CellValue } from '../../model/cells.js';
import { cellText, parseNumber } from '../../model/numbers.js';
import { normalizeTask, parseTaskHeader, type TaskHeader, type TaskMap } from '../../model/tasks.js';
import { SCHOOL_LOGIN_IN_TEXT } from '../../model/school-name.js';
import { compareNatural, normalizeLabel } from '../../model/text.js';
import { isBlankRow } from '../layouts/columns.js';
import type { RowMapper } from '../layouts/types.js';
import { TASK_HEADING } from '../vocabulary/headers.js';
import { MAX_ROW_PREFIX } from '../vocabulary/rows.js';

export interface TaskColumn extends TaskHeader {
  index: number;
}

/** The columns whose header is a task («5», «6 (2б)», «балл за 16»), skipping those `claimed` by a named field. */
export function findTaskColumns(headers: string[], claimed: (index: number) => boolean = () => false): TaskColumn[] {
  const columns: TaskColumn[] = [];
  const seen = new Set<string>();
  headers.forEach((header, index) => {
    const task = claimed(index) ? null : parseTaskHeader(header);
    // a repeated number is a second table's column (a percentage beside the points): the first wins
    if (task === null || seen.has(task.task)) return;
    seen.add(task.task);
    columns.push({ index, ...task });
  });
  return columns;
}

/** «Выполнение заданий», «Номера заданий», «Баллы за задания»: a heading merged over the task columns. */
export function isTaskHeading(label: string): boolean {
  return TASK_HEADING.test(label);
}

/**
 * A header whose task numbers stand in the next row, under a merged heading: the rows go to
 * `start` from the one after that, with the header's texts filled in from it. A next row
 * without task numbers is reported (missing-task-columns) and the sheet is not read.
 */
export function afterTaskRow(
  header: { headers: string[]; claimed: (index: number) => boolean },
  report: (issue: { row: number; column: null; code: 'missing-task-columns'; params: Record<string, never> }) => void,
  start: (tasks: TaskColumn[], headers: string[], headerRow: number) => RowMapper,
): RowMapper {
  let mapper: RowMapper | null = null;
  let done = false;
  return {
    row(cells, rowNumber) {
      if (mapper !== null) return mapper.row(cells, rowNumber);
      if (done || isBlankRow(cells)) return;
      done = true;
      const texts = cells.map((cell) => cellText(cell) ?? '');
      // the row of numbers is blank under the named columns; a row with a school there is data
      const data = texts.some((text, i) => text !== '' && header.claimed(i));
      const tasks = data ? [] : findTaskColumns(texts, header.claimed);
      if (tasks.length === 0) report({ row: rowNumber, column: null, code: 'missing-task-columns', params: {} });
      else mapper = start(tasks, texts.map((text, i) => (header.claimed(i) ? '' : text) || (header.headers[i] ?? '')), rowNumber);
    },
    end() {
      mapper?.end();
    },
  };
}

/** «Макс балл», «Максимальный балл», «Макс. первичный балл». */
export function isMaxLabel(text: string | null): boolean {
  return text !== null && normalizeLabel(text).startsWith(MAX_ROW_PREFIX);
}

/** The maximums in a «Макс балл» row, by task column; a cell that is not a positive number gives none. */
export function readMaxRow(cells: CellValue[], tasks: TaskColumn[]): (number | null)[] {
  return tasks.map((t) => {
    const value = parseNumber(cells[t.index] ?? null);
    return typeof value === 'number' && value > 0 ? value : null;
  });
}

/** `--task-max "1=1,2=1,4(1)=2"` → { 1: 1, 2: 1, '4(1)': 2 }; a bad pair is a usage error. */
export function parseTaskMax(text: string): Record<string, number> {
  const maxima: Record<string, number> = {};
  for (const pair of text.split(/[,;]/)) {
    if (pair.trim() === '') continue;
    const [left, right, extra] = pair.split('=');
    const task = left === undefined ? null : normalizeTask(left.trim());
    const max = right === undefined ? 'invalid' : parseNumber(right.trim());
    if (task === null || extra !== undefined || typeof max !== 'number' || max <= 0) throw new UsageError('bad-task-max', { value: pair.trim() });
    maxima[task] = max;
  }
  return maxima;
}

/**
 * «5А», «5 «Б»», «5-б», «10 ИТ» → «5А», «5Б», «5Б», «10ИТ»; a letter alone («а», as ФИС ОКО's per-pupil
 * export writes the class) → that letter after the work's grade («5А»); «нет» (no letter: the form
 * asks for «нет» when a school has one class) → null; a bare number («5») has no letter and gives
 * 'no-letter'; any other text is kept as written.
 */
export function normalizeClass(text: string, grade: number | null = null): string | 'no-letter' | null {
  const compact = text.replace(/[\s«»"“”'`\-–—.]/g, '');
  if (/^нет$/i.test(compact)) return null;
  if (/^\d{1,2}$/.test(compact)) return 'no-letter';
  const letter = /^[а-яё]$/iu.exec(compact);
  if (letter) return `${grade ?? ''}${compact.toUpperCase()}`;
  const hit = /^(\d{1,2})([а-яёa-z]{1,4})$/iu.exec(compact);
  return hit ? `${hit[1]}${hit[2]!.toUpperCase()}` : text.trim();
}

/** A name-keyed map's entries in Russian order of the names, numbers by value: 5А, 5Б, 10А. */
export function inNameOrder<V>(byName: Map<string, V>): [string, V][] {
  return [...byName].sort(([a], [b]) => compareNatural(a, b));
}

/** The first `sch…` or `edu…` login named in the title rows. */
export function loginOfTitles(titles: string[]): string | null {
  for (const title of titles) {
    const hit = SCHOOL_LOGIN_IN_TEXT.exec(title);
    if (hit) return hit[1]!;
  }
  return null;
}

/**
 * The map of a work: one for its procedure and year, else one for its procedure without a year,
 * else one that names no procedure.
 */
export function mapFor(maps: TaskMap[], procedure: string, year: number): TaskMap | null {
  return (
    maps.find((m) => m.procedure === procedure && m.year === year) ??
    maps.find((m) => m.procedure === procedure && m.year === null) ??
    maps.find((m) => m.procedure === null) ??
    null
  );
}
