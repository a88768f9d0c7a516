/**
 * Tallies protocol rows while streaming. Each pupil lands in one cross-tab cell of its school —
 * class × teacher — holding participants and per task Σ points, pupils who answered and pupils
 * with 0; the school, each class and each teacher are sums of those cells, made at the end.
 * The hot path of a million-row protocol: one add per task cell, typed arrays, no object per row.
 */
import type { CellValue } from '../../model/cells.js';
import { cellText, parseNumber } from '../../model/numbers.js';
import type { TaskCell, TaskResultRecord } from '../../model/tasks.js';
import { isBlankRow, isTotalRow, type ColumnMap } from '../layouts/columns.js';
import type { LayoutContext, RowMapper } from '../layouts/types.js';
import { groupBy } from '../../model/group.js';
import { inNameOrder, isMaxLabel, normalizeClass } from './columns.js';
import type { Works } from './protocol-works.js';
import type { TaskWork } from './work.js';
import type { TaskParts } from './work-of.js';

/** «Н» (не явился / не выполнял) and «N»: not answered, like a blank cell or a dash. */
const NOT_ANSWERED = new Set(['n', 'N', 'н', 'Н']);

/** Per task: Σ points, pupils who answered (a number, 0 included) and pupils with 0. */
interface Sums {
  firstRow: number;
  participants: number;
  marked: number;
  markSum: number;
  failed: number;
  points: Float64Array;
  answered: Uint32Array;
  zeros: Uint32Array;
}

/**
 * A cross-tab cell's running sums. Most cells are a lone digit, counted in `digits` — pupils per
 * task and points 0–9, one add a cell — and turned into sums at the end; the other cells (10 points
 * and more, halves) go straight into the sums.
 */
interface Tally extends Sums {
  digits: Uint32Array;
}

/** The slots per task in Tally.digits: points 0 to 9. */
const DIGITS = 10;

/** The pupils of one class and teacher of a school (either may be null: not given, or a class without a letter). */
interface CrossCell {
  className: string | null;
  teacher: string | null;
  tally: Tally;
}

interface SchoolTally {
  schoolId: string;
  name: string | null;
  municipality: string | null;
  work: TaskWork;
  /** The work's task columns and maximums (Infinity where none is known), fixed once pupils are read. */
  indexes: Int32Array;
  limits: Float64Array;
  /** By the class cell as written, then by the teacher cell: a pupil's cross-tab cell. */
  classes: Map<CellValue, ClassEntry>;
  cells: CrossCell[];
}

interface ClassEntry {
  name: string | 'no-letter' | null;
  teachers: Map<CellValue, CrossCell>;
}

export interface TallySetup {
  context: LayoutContext<TaskResultRecord>;
  map: ColumnMap<string>;
  works: Works;
  /** The school of a protocol without a school column. */
  fixedSchool: string | null;
  /** Where the task columns start: a «Макс балл» label stands before it. */
  firstTask: number;
  /** Rows up to this one are another part's pupils (see TaskReadOptions.preambleRows). */
  preambleRows: number;
  /** The parts emitted as records besides the whole school. */
  parts: TaskParts;
  setMaxRow(cells: CellValue[], rowNumber: number): void;
}

type FieldIndex = 'schoolId' | 'school' | 'schoolName' | 'municipality' | 'className' | 'teacher' | 'studentId' | 'mark';

export class ProtocolTally implements RowMapper {
  private readonly schools = new Map<string, SchoolTally>();
  private last: SchoolTally | null = null;
  private pupilSeen = false;
  private readonly index: Record<FieldIndex, number | undefined>;

  constructor(private readonly setup: TallySetup) {
    const { fields } = setup.map;
    this.index = {
      schoolId: fields.get('schoolId'), school: fields.get('school'), schoolName: fields.get('schoolName'), municipality: fields.get('municipality'),
      className: fields.get('className'), teacher: fields.get('teacher'), studentId: fields.get('studentId'), mark: fields.get('mark'),
    };
  }

  row(cells: CellValue[], rowNumber: number): void {
    if (!startsWithText(cells) && isBlankRow(cells)) return;
    if (!this.pupilSeen && this.isMaxRow(cells)) {
      this.setup.setMaxRow(cells, rowNumber);
      return;
    }
    this.pupilSeen = true;
    if (rowNumber <= this.setup.preambleRows || this.isTotal(cells, rowNumber)) return;
    const work = this.setup.works.read(cells, rowNumber);
    if (work === null) return;
    const school = this.schoolOf(cells, rowNumber, work);
    if (school === null) return;
    const tally = this.crossCellOf(cells, rowNumber, school).tally;
    tally.participants += 1;
    this.addPoints(cells, rowNumber, school, tally);
    if (this.index.mark !== undefined) addMark(cells[this.index.mark] ?? null, tally);
  }

  end(): void {
    const { context, parts } = this.setup;
    for (const school of this.schools.values()) {
      const { cells } = school;
      context.emit(record(school, sumOf(cells), null, null, context));
      if (parts.classes) for (const [name, part] of partsBy(cells, (c) => c.className)) context.emit(record(school, part, name, null, context));
      if (parts.teachers) for (const [name, part] of partsBy(cells, (c) => c.teacher)) context.emit(record(school, part, null, name, context));
    }
  }

  /** Most cells are a lone digit within the maximum: counted in place; any other goes through addCell. */
  private addPoints(cells: CellValue[], rowNumber: number, school: SchoolTally, tally: Tally): void {
    const { indexes, limits } = school;
    const { digits } = tally;
    for (let k = 0; k < indexes.length; k++) {
      const cell = cells[indexes[k]!] ?? null;
      if (typeof cell === 'string' && cell.length === 1) {
        const digit = cell.charCodeAt(0) - 48;
        if (digit >= 0 && digit <= 9 && digit <= limits[k]!) {
          digits[k * DIGITS + digit]! += 1;
          continue;
        }
      }
      this.addCell(cell, k, rowNumber, school, tally);
    }
  }

  private addCell(cell: CellValue, k: number, rowNumber: number, school: SchoolTally, tally: Tally): void {
    const value = pointsOf(cell);
    const index = school.indexes[k]!;
    const max = school.limits[k]!;
    if (value === null) return;
    if (value === 'invalid') this.report(rowNumber, index, 'bad-points', { value: String(cell) });
    else if (value > max) this.report(rowNumber, index, 'points-above-max', { points: value, task: school.work.columns[k]!.task, max });
    else addValue(tally, k, value);
  }

  /** The «Макс балл» row under the header: its label stands in a cell before the tasks. */
  private isMaxRow(cells: CellValue[]): boolean {
    for (let i = 0; i < this.setup.firstTask; i++) {
      const text = cellText(cells[i] ?? null);
      if (text !== null) return isMaxLabel(text);
    }
    return false;
  }

  /**
   * «Итого», «Среднее» … under the pupils: a row of sums, not a pupil, labelled where the
   * participant code stands or, without one, the school. Codes rarely start with a Russian letter,
   * so most rows skip the check.
   */
  private isTotal(cells: CellValue[], rowNumber: number): boolean {
    const code = this.textAt(cells, this.index.studentId);
    const index = code !== null ? this.index.studentId : (this.index.schoolId ?? this.index.school);
    const text = code ?? this.textAt(cells, index);
    if (text === null || !startsRussian(text)) return false;
    if (!isTotalRow({ schoolId: text, schoolName: null, municipality: null, schoolType: null })) return false;
    this.setup.context.report({ row: rowNumber, column: this.setup.map.headers[index!]!, code: 'ignored-total-row', params: { value: text } });
    return true;
  }

  /** The row's school, read in full only the first time its id is seen for the work. */
  private schoolOf(cells: CellValue[], rowNumber: number, work: TaskWork): SchoolTally | null {
    const id = this.setup.fixedSchool ?? this.textAt(cells, this.index.schoolId) ?? this.textAt(cells, this.index.school) ?? this.textAt(cells, this.index.schoolName);
    if (id === null) {
      const index = this.index.schoolId ?? this.index.school ?? this.index.schoolName!;
      this.setup.context.report({ row: rowNumber, column: this.setup.map.headers[index]!, code: 'missing-school', params: {} });
      return null;
    }
    const last = this.last;
    if (last !== null && last.schoolId === id && last.work === work) return last;
    const key = `${id} ${work.procedure} ${work.year}`;
    let school = this.schools.get(key);
    if (school === undefined) {
      const name = this.textAt(cells, this.index.schoolName) ?? (this.index.schoolId === undefined ? null : this.textAt(cells, this.index.school));
      school = {
        schoolId: id, name, municipality: this.textAt(cells, this.index.municipality), work,
        indexes: Int32Array.from(work.columns, (c) => c.index), limits: Float64Array.from(work.max, (max) => max ?? Infinity), classes: new Map(), cells: [],
      };
      this.schools.set(key, school);
    }
    return (this.last = school);
  }

  /**
   * The pupil's class × teacher cell, found by the cells as written (two lookups a row). A class
   * that is a number without a letter is reported on every such row, and the pupil counts for the
   * school (and the teacher) only.
   */
  private crossCellOf(cells: CellValue[], rowNumber: number, school: SchoolTally): CrossCell {
    const classCell = keyAt(cells, this.index.className);
    const teacherCell = keyAt(cells, this.index.teacher);
    let byClass = school.classes.get(classCell);
    if (byClass === undefined) school.classes.set(classCell, (byClass = this.classEntry(cells)));
    if (byClass.name === 'no-letter') this.report(rowNumber, this.index.className!, 'class-without-letter', { value: this.textAt(cells, this.index.className)! });
    let cell = byClass.teachers.get(teacherCell);
    if (cell === undefined) {
      const className = byClass.name === 'no-letter' ? null : byClass.name;
      cell = { className, teacher: this.textAt(cells, this.index.teacher), tally: newTally(school.work, rowNumber) };
      byClass.teachers.set(teacherCell, cell);
      school.cells.push(cell);
    }
    return cell;
  }

  private classEntry(cells: CellValue[]): ClassEntry {
    const text = this.textAt(cells, this.index.className);
    return { name: text === null ? null : normalizeClass(text), teachers: new Map() };
  }

  private textAt(cells: CellValue[], index: number | undefined): string | null {
    if (index === undefined) return null;
    const cell = cells[index] ?? null;
    return typeof cell === 'string' ? cell.trim() || null : cellText(cell);
  }

  private report(rowNumber: number, index: number, code: 'bad-points' | 'points-above-max' | 'class-without-letter', params: Record<string, string | number>): void {
    this.setup.context.report({ row: rowNumber, column: this.setup.map.headers[index]!, code, params });
  }
}

/** The first cell is text that does not start with a space: the row is not blank, without looking further. */
function startsWithText(cells: CellValue[]): boolean {
  const first = cells[0];
  return typeof first === 'string' && first.length > 0 && first.charCodeAt(0) > 32;
}

function startsRussian(text: string): boolean {
  const code = text.charCodeAt(0);
  return (code >= 0x410 && code <= 0x44f) || code === 0x401 || code === 0x451;
}

/** A cell as a map key: as written, a date as its text (two equal dates are two objects). */
function keyAt(cells: CellValue[], index: number | undefined): CellValue {
  const cell = index === undefined ? null : (cells[index] ?? null);
  return cell instanceof Date ? cellText(cell) : cell;
}

/** A cell's points: null when not answered (blank, a dash, «Н»); 'invalid' for a negative or non-number. */
function pointsOf(cell: CellValue): number | null | 'invalid' {
  const points = parseNumber(cell);
  if (points === 'invalid') return typeof cell === 'string' && NOT_ANSWERED.has(cell.trim()) ? null : 'invalid';
  return points !== null && points < 0 ? 'invalid' : points;
}

function addValue(tally: Sums, k: number, points: number): void {
  tally.points[k]! += points;
  tally.answered[k]! += 1;
  if (points === 0) tally.zeros[k]! += 1;
}

/** A mark 2–5 counts; anything else (blank, «н») is no mark, not a «2». */
function addMark(cell: CellValue, tally: Tally): void {
  const mark = parseNumber(cell);
  if (mark !== 2 && mark !== 3 && mark !== 4 && mark !== 5) return;
  tally.marked += 1;
  tally.markSum += mark;
  if (mark === 2) tally.failed += 1;
}

function newTally(work: TaskWork, firstRow: number): Tally {
  const n = work.columns.length;
  return { ...emptySums(n, firstRow), digits: new Uint32Array(n * DIGITS) };
}

function emptySums(n: number, firstRow: number): Sums {
  return { firstRow, participants: 0, marked: 0, markSum: 0, failed: 0, points: new Float64Array(n), answered: new Uint32Array(n), zeros: new Uint32Array(n) };
}

/** The sums of cross-tab cells, their digit counts included: a school, a class or a teacher; its first row is the earliest. */
function sumOf(cells: CrossCell[]): Sums {
  const n = cells[0]!.tally.points.length;
  const sum = emptySums(n, Infinity);
  for (const { tally } of cells) {
    sum.firstRow = Math.min(sum.firstRow, tally.firstRow);
    sum.participants += tally.participants;
    sum.marked += tally.marked;
    sum.markSum += tally.markSum;
    sum.failed += tally.failed;
    for (let k = 0; k < n; k++) {
      sum.points[k]! += tally.points[k]!;
      sum.answered[k]! += tally.answered[k]!;
      sum.zeros[k]! += tally.zeros[k]! + tally.digits[k * DIGITS]!;
      for (let points = 0; points < DIGITS; points++) addCount(sum, k, points, tally.digits[k * DIGITS + points]!);
    }
  }
  return sum;
}

function addCount(sum: Sums, k: number, points: number, pupils: number): void {
  sum.points[k]! += points * pupils;
  sum.answered[k]! += pupils;
}

/** The classes (or teachers) of a school in Russian order, each the sum of its cells. */
function partsBy(cells: CrossCell[], nameOf: (cell: CrossCell) => string | null): [string, Sums][] {
  const byName = groupBy(cells, (cell) => nameOf(cell) ?? undefined);
  return inNameOrder(byName).map(([name, part]) => [name, sumOf(part)]);
}

/** A task no pupil answered has answered 0 and points null: no result, never a zero. */
function record(school: SchoolTally, tally: Sums, className: string | null, teacher: string | null, context: LayoutContext<TaskResultRecord>): TaskResultRecord {
  const tasks: TaskCell[] = school.work.cells().map((cell, k) => {
    const answered = tally.answered[k]!;
    return { ...cell, answered, points: answered === 0 ? null : tally.points[k]!, zeros: tally.zeros[k]! };
  });
  return {
    procedure: school.work.procedure, year: school.work.year, level: 'school', schoolId: school.schoolId, name: school.name,
    municipality: school.municipality, className, teacher, participants: tally.participants, tasks,
    ...(tally.marked > 0 ? { marks: { marked: tally.marked, sum: tally.markSum, failed: tally.failed } } : {}),
    source: { file: context.file, sheet: context.sheet, row: tally.firstRow },
  };
}
