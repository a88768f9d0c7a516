/**
 * Tallies protocol rows while streaming. Each pupil lands in one cross-tab cell of its school —
 * class × teacher — holding participants and per task Σ points, pupils who answered, pupils with 0
 * and pupils whose topic was not taught; the school, each class and each teacher are sums of those
 * cells, made at the end. The hot path of a million-row protocol: one add per task cell, typed
 * arrays, no object per row.
 *
 * A row is one pupil, taken whole or not at all: a cell that is not a score or is above its task's
 * maximum, or a total («Итого баллов», «всего баллов») other than the sum of the task cells, leaves
 * the row out (reported) — the cells already added are taken back. A pupil marked absent (the
 * variant «отсутствовал», or no points at all and no total) is counted apart, not a participant.
 */
import type { CellValue } from '../../model/cells.js';
import { cellText, parseNumber } from '../../model/numbers.js';
import { parseProcedure } from '../../model/procedures.js';
import { markOf, SHIPPED_SCALES, type Scale } from '../../model/scales.js';
import { BAD_CELL, BLANK_CELL, isAbsentMark, isNoShowCode, NOT_TAUGHT, readTaskCell } from '../../model/task-cells.js';
import type { TaskCell, TaskResultRecord } from '../../model/tasks.js';
import { isBlankRow, isTotalRow, memo, type ColumnMap } from '../layouts/columns.js';
import type { LayoutContext, RowMapper } from '../layouts/types.js';
import { groupBy } from '../../model/group.js';
import { SCHOOL_LOGIN } from '../../model/school-name.js';
import { inNameOrder, isMaxLabel, normalizeClass } from './columns.js';
import type { Works } from './protocol-works.js';
import type { PupilOrigin, PupilRegistry, SheetRecorder } from './pupils.js';
import { markScale, type TaskWork } from './work.js';
import type { TaskParts } from './work-of.js';

/** Per task: Σ points, pupils who answered (a number, 0 included), pupils with 0, pupils not taught the topic. */
interface Sums {
  firstRow: number;
  participants: number;
  marked: number;
  markSum: number;
  failed: number;
  points: Float64Array;
  answered: Uint32Array;
  zeros: Uint32Array;
  notTaught: Uint32Array;
}

/**
 * A cross-tab cell's running sums. Most cells are a lone digit, counted in `digits` — pupils per
 * task and points 0–9, one add a cell — and turned into sums at the end; the other cells (10 points
 * and more, halves, «X») go straight into the sums.
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
  key: string;
  firstRow: number;
  schoolId: string;
  name: string | null;
  municipality: string | null;
  work: TaskWork;
  /** The work's task columns and maximums (Infinity where none is known), fixed once pupils are read. */
  indexes: Int32Array;
  limits: Float64Array;
  /** The conversion scale giving a pupil's mark from the total, when the protocol has no mark column. */
  scale: Scale | null;
  /** By the class cell as written, then by the teacher cell: a pupil's cross-tab cell. */
  classes: Map<CellValue, ClassEntry>;
  cells: CrossCell[];
  absent: number;
  /** This sheet's pupils of the school by class, when a workbook's sheets are checked for repeats. */
  pupils: Map<string, Map<string, number>> | null;
}

interface ClassEntry {
  name: string | null;
  /** The class cell as text, for the pupils read before. */
  key: string;
  teachers: Map<CellValue, CrossCell>;
  pupils: Map<string, number> | null;
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
  /** The pupils of the workbook's earlier sheets; absent for a CSV. */
  pupils?: PupilRegistry;
}

type FieldIndex =
  | 'schoolId' | 'school' | 'schoolName' | 'municipality' | 'className' | 'classIndex' | 'teacher' | 'studentId' | 'mark'
  | 'variant' | 'variant2' | 'total';

type RowIssue = 'bad-points' | 'points-above-max' | 'class-without-letter' | 'total-mismatch' | 'absent-with-points';

/** «edu223017 | МБОУ "Вавилонская СОШ"» → the login and the name; any other text is an id alone. */
const splitSchool = memo((text: string): { id: string; name: string | null } => {
  const hit = SCHOOL_LOGIN.exec(text);
  return hit ? { id: hit[1]!, name: hit[2]!.trim() || null } : { id: text, name: null };
});

/** «reg22_m001 | Алейский муниципальный район» → the name after the code. */
function municipalityName(text: string | null): string | null {
  const hit = text === null ? null : /^\S+\s*\|\s*(.+)$/.exec(text);
  return hit ? hit[1]!.trim() : text;
}

export class ProtocolTally implements RowMapper {
  private readonly schools = new Map<string, SchoolTally>();
  private last: SchoolTally | null = null;
  private pupilSeen = false;
  private readonly index: Record<FieldIndex, number | undefined>;
  private readonly recorder: SheetRecorder | null;
  private readonly scales = new Map<TaskWork, Scale | null>();
  private repeated: { count: number; row: number; code: string; origin: PupilOrigin } | null = null;

  constructor(private readonly setup: TallySetup) {
    const { fields } = setup.map;
    this.index = {
      schoolId: fields.get('schoolId'), school: fields.get('school'), schoolName: fields.get('schoolName'),
      municipality: fields.get('municipality') ?? fields.get('region'), className: fields.get('className'), classIndex: fields.get('classIndex'),
      teacher: fields.get('teacher'), studentId: fields.get('studentId'), mark: fields.get('mark'), variant: fields.get('variant'),
      variant2: fields.get('variant2'), total: fields.get('total'),
    };
    const { sheet } = setup.context;
    this.recorder = setup.pupils !== undefined && sheet !== null && this.index.studentId !== undefined ? setup.pupils.openSheet(sheet) : null;
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
    const entry = this.classEntryOf(cells, rowNumber, school);
    const code = entry.pupils === null ? null : this.textAt(cells, this.index.studentId);
    if (code !== null && this.isRepeated(school, entry, code, rowNumber)) return;
    if (this.isMarkedAbsent(cells)) {
      if (this.hasPoints(cells, school)) this.report(rowNumber, this.index.variant!, 'absent-with-points', { value: this.textAt(cells, this.index.variant)! });
      else this.countAbsent(school, entry, code, rowNumber);
      return;
    }
    const tally = this.crossCellOf(cells, rowNumber, school, entry).tally;
    const sum = this.addPoints(cells, rowNumber, school, tally);
    if (sum < 0) return;
    const total = this.index.total === undefined ? undefined : parseNumber(cells[this.index.total] ?? null);
    if (sum === 0 && (total === undefined || total === null || total === 0) && !this.hasPoints(cells, school)) {
      this.takeBack(cells, school, tally, school.indexes.length);
      this.countAbsent(school, entry, code, rowNumber);
      return;
    }
    if (total !== undefined && (typeof total !== 'number' || Math.abs(total - sum) > 1e-9)) {
      this.takeBack(cells, school, tally, school.indexes.length);
      this.report(rowNumber, this.index.total!, 'total-mismatch', { total: this.textAt(cells, this.index.total) ?? '', sum });
      return;
    }
    tally.participants += 1;
    if (this.index.mark !== undefined) addMark(parseNumber(cells[this.index.mark] ?? null), tally);
    else if (school.scale !== null) addMark(markOf(school.scale, sum), tally);
    if (code !== null && !entry.pupils!.has(code)) entry.pupils!.set(code, rowNumber);
  }

  end(): void {
    const { context, parts } = this.setup;
    if (this.repeated !== null) {
      const { count, row, code, origin } = this.repeated;
      context.report({ row, column: this.setup.map.headers[this.index.studentId!]!, code: 'repeated-pupils', params: { count, code, sheet: origin.sheet, row: origin.row } });
    }
    for (const school of this.schools.values()) {
      const { cells } = school;
      context.emit(record(school, sumOf(cells, school.indexes.length), null, null, context));
      if (parts.classes) for (const [name, part] of partsBy(cells, (c) => c.className)) context.emit(record(school, part, name, null, context));
      if (parts.teachers) for (const [name, part] of partsBy(cells, (c) => c.teacher)) context.emit(record(school, part, null, name, context));
    }
  }

  /**
   * Adds a pupil's task cells; the row's Σ points, or −1 when a cell is not a score or is above its
   * task's maximum (reported; the cells added before it taken back). Most cells are a lone digit
   * within the maximum: counted in place (fastDigit, inlined here for the hot path).
   */
  private addPoints(cells: CellValue[], rowNumber: number, school: SchoolTally, tally: Tally): number {
    const { indexes, limits } = school;
    const { digits } = tally;
    let sum = 0;
    for (let k = 0; k < indexes.length; k++) {
      const cell = cells[indexes[k]!] ?? null;
      if (typeof cell === 'string' && cell.length === 1) {
        const digit = cell.charCodeAt(0) - 48;
        if (digit >= 0 && digit <= 9 && digit <= limits[k]!) {
          digits[k * DIGITS + digit]! += 1;
          sum += digit;
          continue;
        }
      }
      if (cell === null || cell === '') continue;
      const digit = typeof cell === 'number' ? fastDigit(cell, limits[k]!) : -1;
      if (digit >= 0) {
        digits[k * DIGITS + digit]! += 1;
        sum += digit;
        continue;
      }
      const value = readTaskCell(cell);
      if (value >= 0 && value <= limits[k]!) {
        addValue(tally, k, value, 1);
        sum += value;
      } else if (value === NOT_TAUGHT) {
        tally.notTaught[k]! += 1;
      } else if (value !== BLANK_CELL) {
        this.takeBack(cells, school, tally, k);
        if (value === BAD_CELL) this.report(rowNumber, indexes[k]!, 'bad-points', { value: String(cell) });
        else this.report(rowNumber, indexes[k]!, 'points-above-max', { points: value, task: school.work.columns[k]!.task, max: limits[k]! });
        return -1;
      }
    }
    return sum;
  }

  /** Takes back the task cells before `upto` of a row that addPoints added. */
  private takeBack(cells: CellValue[], school: SchoolTally, tally: Tally, upto: number): void {
    const { indexes, limits } = school;
    for (let k = 0; k < upto; k++) {
      const cell = cells[indexes[k]!] ?? null;
      const digit = fastDigit(cell, limits[k]!);
      if (digit >= 0) {
        tally.digits[k * DIGITS + digit]! -= 1;
        continue;
      }
      const value = readTaskCell(cell);
      if (value >= 0) addValue(tally, k, value, -1);
      else if (value === NOT_TAUGHT) tally.notTaught[k]! -= 1;
    }
  }

  /** A number or «X» in a task cell: the pupil was there (blank, «Н» and «не пройд.» say nothing of it). */
  private hasPoints(cells: CellValue[], school: SchoolTally): boolean {
    for (const index of school.indexes) {
      const cell = cells[index] ?? null;
      if (readTaskCell(cell) >= 0 && !isNoShowCode(cell)) return true;
    }
    return false;
  }

  /** «отсутствовал» in a variant cell, and no variant in the other (a pupil of part 1 only is a participant). */
  private isMarkedAbsent(cells: CellValue[]): boolean {
    const first = this.index.variant === undefined ? null : (cells[this.index.variant] ?? null);
    // a variant is a number or a short text: only a longer text can say «отсутствовал»
    if (typeof first !== 'string' || first.length < 3) return false;
    if (!isAbsentMark(first)) return false;
    const second = this.index.variant2 === undefined ? null : (cells[this.index.variant2] ?? null);
    return second === null || isAbsentMark(second) || cellText(second) === null;
  }

  private countAbsent(school: SchoolTally, entry: ClassEntry, code: string | null, rowNumber: number): void {
    school.absent += 1;
    if (code !== null && !entry.pupils!.has(code)) entry.pupils!.set(code, rowNumber);
  }

  /** A pupil an earlier sheet of the workbook gave: left out, counted for one note at the end of the sheet. */
  private isRepeated(school: SchoolTally, entry: ClassEntry, code: string, rowNumber: number): boolean {
    const origin = this.recorder!.earlierOrigin(school.key, entry.key, code);
    if (origin === null) return false;
    if (this.repeated === null) this.repeated = { count: 1, row: rowNumber, code, origin };
    else this.repeated.count += 1;
    return true;
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
    const schoolText = this.textAt(cells, this.index.school);
    const id = this.setup.fixedSchool ?? this.textAt(cells, this.index.schoolId) ?? (schoolText === null ? null : splitSchool(schoolText).id) ?? this.textAt(cells, this.index.schoolName);
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
      const split = schoolText === null ? null : splitSchool(schoolText);
      const name = this.textAt(cells, this.index.schoolName) ?? split?.name ?? (this.index.schoolId === undefined ? null : schoolText);
      school = {
        key, firstRow: rowNumber, schoolId: id, name, municipality: municipalityName(this.textAt(cells, this.index.municipality)), work,
        indexes: Int32Array.from(work.columns, (c) => c.index), limits: Float64Array.from(work.max, (max) => max ?? Infinity),
        scale: this.index.mark === undefined ? this.scaleOf(work) : null, classes: new Map(), cells: [], absent: 0,
        pupils: this.recorder?.school(key) ?? null,
      };
      this.schools.set(key, school);
    }
    return (this.last = school);
  }

  /** The work's conversion scale, looked up (and any problem with it reported) once a sheet. */
  private scaleOf(work: TaskWork): Scale | null {
    if (!this.scales.has(work)) {
      const { scale, problem } = markScale(work, this.setup.context.scales ?? SHIPPED_SCALES);
      if (problem !== null) this.setup.context.report({ row: null, column: null, code: problem.code, params: problem.params });
      this.scales.set(work, scale);
    }
    return this.scales.get(work)!;
  }

  /**
   * The pupil's class, found by the cell as written. «Наименование класса»: «5А», «5 «б»» → «5А»,
   * «5Б»; a letter alone («а», as the per-pupil export writes it) gets the grade of the work («5А»);
   * «нет» is no class; a number without a letter is reported once for the school and its pupils
   * count for the school only. «Класс № …»: a number in the form's list of classes → «№ 1».
   */
  private classEntryOf(cells: CellValue[], rowNumber: number, school: SchoolTally): ClassEntry {
    const index = this.index.className ?? this.index.classIndex;
    const cell = keyAt(cells, index);
    let entry = school.classes.get(cell);
    if (entry === undefined) {
      const text = this.textAt(cells, index);
      const name = text === null ? null : this.index.className !== undefined ? normalizeClass(text, parseProcedure(school.work.procedure)?.grade ?? null) : `№ ${text}`;
      if (name === 'no-letter') this.report(rowNumber, index!, 'class-without-letter', { value: text! });
      const key = text ?? '';
      entry = { name: name === 'no-letter' ? null : name, key, teachers: new Map(), pupils: school.pupils === null ? null : classPupils(school.pupils, key) };
      school.classes.set(cell, entry);
    }
    return entry;
  }

  /** The pupil's class × teacher cell, found by the cells as written. */
  private crossCellOf(cells: CellValue[], rowNumber: number, school: SchoolTally, entry: ClassEntry): CrossCell {
    const teacherCell = keyAt(cells, this.index.teacher);
    let cell = entry.teachers.get(teacherCell);
    if (cell === undefined) {
      cell = { className: entry.name, teacher: this.textAt(cells, this.index.teacher), tally: newTally(school.work, rowNumber) };
      entry.teachers.set(teacherCell, cell);
      school.cells.push(cell);
    }
    return cell;
  }

  private textAt(cells: CellValue[], index: number | undefined): string | null {
    if (index === undefined) return null;
    const cell = cells[index] ?? null;
    return typeof cell === 'string' ? cell.trim() || null : cellText(cell);
  }

  private report(rowNumber: number, index: number, code: RowIssue, params: Record<string, string | number>): void {
    this.setup.context.report({ row: rowNumber, column: this.setup.map.headers[index]!, code, params });
  }
}

function classPupils(school: Map<string, Map<string, number>>, key: string): Map<string, number> {
  let pupils = school.get(key);
  if (pupils === undefined) school.set(key, (pupils = new Map()));
  return pupils;
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

/** A lone digit 0–9 within the maximum — «2» as a CSV gives it, 2 as a workbook does — else −1. */
function fastDigit(cell: CellValue, limit: number): number {
  if (typeof cell === 'string') {
    if (cell.length !== 1) return -1;
    const digit = cell.charCodeAt(0) - 48;
    return digit >= 0 && digit <= 9 && digit <= limit ? digit : -1;
  }
  return typeof cell === 'number' && Number.isInteger(cell) && cell >= 0 && cell <= 9 && cell <= limit ? cell : -1;
}

/** Adds (sign 1) or takes back (sign −1) a pupil's points on task k. */
function addValue(tally: Sums, k: number, points: number, sign: 1 | -1): void {
  tally.points[k]! += sign * points;
  tally.answered[k]! += sign;
  if (points === 0) tally.zeros[k]! += sign;
}

/** A mark 2–5 counts; anything else (blank, «н») is no mark, not a «2». */
function addMark(mark: number | null | 'invalid', tally: Tally): void {
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
  return {
    firstRow, participants: 0, marked: 0, markSum: 0, failed: 0,
    points: new Float64Array(n), answered: new Uint32Array(n), zeros: new Uint32Array(n), notTaught: new Uint32Array(n),
  };
}

/** The sums of cross-tab cells, their digit counts included: a school, a class or a teacher; its first row is the earliest. */
function sumOf(cells: CrossCell[], n: number): Sums {
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
      sum.notTaught[k]! += tally.notTaught[k]!;
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
  return inNameOrder(byName).map(([name, part]) => [name, sumOf(part, part[0]!.tally.points.length)]);
}

/** A task no pupil answered has answered 0 and points null: no result, never a zero. */
function record(school: SchoolTally, tally: Sums, className: string | null, teacher: string | null, context: LayoutContext<TaskResultRecord>): TaskResultRecord {
  const tasks: TaskCell[] = school.work.cells().map((cell, k) => {
    const answered = tally.answered[k]!;
    return { ...cell, answered, points: answered === 0 ? null : tally.points[k]!, zeros: tally.zeros[k]!, notTaught: tally.notTaught[k]! };
  });
  const whole = className === null && teacher === null;
  return {
    procedure: school.work.procedure, year: school.work.year, level: 'school', schoolId: school.schoolId, name: school.name,
    municipality: school.municipality, className, teacher, participants: tally.participants, ...(whole ? { absent: school.absent } : {}), tasks,
    ...(tally.marked > 0 ? { marks: { marked: tally.marked, sum: tally.markSum, failed: tally.failed } } : {}),
    source: { file: context.file, sheet: context.sheet, row: Number.isFinite(tally.firstRow) ? tally.firstRow : school.firstRow },
  };
}
