/**
 * Tallies protocol rows while streaming: per school (and work), per school × class and per
 * school × teacher — participants, and per task Σ points, pupils who answered, pupils with 0.
 * The hot path of a million-row protocol: typed arrays per group, no object per row.
 */
import type { CellValue } from '../../model/cells.js';
import { cellText, parseNumber } from '../../model/numbers.js';
import type { TaskCell, TaskResultRecord } from '../../model/tasks.js';
import { isBlankRow, isTotalRow, memo, type ColumnMap } from '../layouts/columns.js';
import type { LayoutContext, RowMapper } from '../layouts/types.js';
import { isMaxLabel, normalizeClass } from './columns.js';
import type { Works } from './protocol-works.js';
import type { TaskWork } from './work.js';

/** «Н» (не явился / не выполнял) and «N»: not answered, like a blank cell or a dash. */
const NOT_ANSWERED = new Set(['n', 'N', 'н', 'Н']);
const classOf = memo(normalizeClass);
const collator = new Intl.Collator('ru', { numeric: true });

interface Tally {
  firstRow: number;
  participants: number;
  marked: number;
  markSum: number;
  failed: number;
  points: Float64Array;
  answered: Uint32Array;
  zeros: Uint32Array;
}

interface SchoolTally {
  schoolId: string;
  name: string | null;
  municipality: string | null;
  work: TaskWork;
  whole: Tally;
  classes: Map<string, Tally>;
  teachers: Map<string, Tally>;
}

export interface TallySetup {
  context: LayoutContext<TaskResultRecord>;
  map: ColumnMap<string>;
  works: Works;
  /** The school of a protocol without a school column. */
  fixedSchool: string | null;
  /** Where the task columns start: a «Макс балл» label stands before it. */
  firstTask: number;
  setMaxRow(cells: CellValue[], rowNumber: number): void;
}

export class ProtocolTally implements RowMapper {
  private readonly schools = new Map<string, SchoolTally>();
  private last: SchoolTally | null = null;
  private pupilSeen = false;
  private readonly index: Record<'schoolId' | 'school' | 'schoolName' | 'municipality' | 'className' | 'teacher' | 'studentId' | 'mark', number | undefined>;

  constructor(private readonly setup: TallySetup) {
    const { fields } = setup.map;
    this.index = {
      schoolId: fields.get('schoolId'), school: fields.get('school'), schoolName: fields.get('schoolName'), municipality: fields.get('municipality'),
      className: fields.get('className'), teacher: fields.get('teacher'), studentId: fields.get('studentId'), mark: fields.get('mark'),
    };
  }

  row(cells: CellValue[], rowNumber: number): void {
    if (isBlankRow(cells)) return;
    if (!this.pupilSeen && this.isMaxRow(cells)) {
      this.setup.setMaxRow(cells, rowNumber);
      return;
    }
    this.pupilSeen = true;
    if (this.isTotal(cells, rowNumber)) return;
    const work = this.setup.works.read(cells, rowNumber);
    if (work === null) return;
    const school = this.schoolOf(cells, rowNumber, work);
    if (school === null) return;
    const part = this.partOf(cells, rowNumber, school);
    const teacher = this.textAt(cells, this.index.teacher);
    const byTeacher = teacher === null ? null : (school.teachers.get(teacher) ?? addTally(school.teachers, teacher, work, rowNumber));
    school.whole.participants += 1;
    if (part !== null) part.participants += 1;
    if (byTeacher !== null) byTeacher.participants += 1;
    this.addPoints(cells, rowNumber, work, school.whole, part, byTeacher);
    if (this.index.mark !== undefined) this.addMark(cells[this.index.mark] ?? null, school.whole, part, byTeacher);
  }

  /** A mark 2–5 counts; anything else (blank, «н») is no mark, not a «2». */
  private addMark(cell: CellValue, ...tallies: (Tally | null)[]): void {
    const mark = parseNumber(cell);
    if (mark !== 2 && mark !== 3 && mark !== 4 && mark !== 5) return;
    for (const tally of tallies) {
      if (tally === null) continue;
      tally.marked += 1;
      tally.markSum += mark;
      if (mark === 2) tally.failed += 1;
    }
  }

  end(): void {
    const { context } = this.setup;
    for (const school of this.schools.values()) {
      context.emit(record(school, school.whole, null, null, context));
      for (const name of [...school.classes.keys()].sort(collator.compare)) context.emit(record(school, school.classes.get(name)!, name, null, context));
      for (const name of [...school.teachers.keys()].sort(collator.compare)) context.emit(record(school, school.teachers.get(name)!, null, name, context));
    }
  }

  private addPoints(cells: CellValue[], rowNumber: number, work: TaskWork, whole: Tally, part: Tally | null, byTeacher: Tally | null): void {
    const { columns, max } = work;
    for (let k = 0; k < columns.length; k++) {
      const index = columns[k]!.index;
      const cell = cells[index] ?? null;
      const points = parseNumber(cell);
      if (points === null) continue;
      if (points === 'invalid' && typeof cell === 'string' && NOT_ANSWERED.has(cell.trim())) continue;
      if (points === 'invalid' || points < 0) {
        this.report(rowNumber, index, 'bad-points', { value: String(cell) });
        continue;
      }
      const limit = max[k]!;
      if (limit !== null && points > limit) {
        this.report(rowNumber, index, 'points-above-max', { points, task: columns[k]!.task, max: limit });
        continue;
      }
      add(whole, k, points);
      if (part !== null) add(part, k, points);
      if (byTeacher !== null) add(byTeacher, k, points);
    }
  }

  /** The «Макс балл» row under the header: its label stands in a cell before the tasks. */
  private isMaxRow(cells: CellValue[]): boolean {
    for (let i = 0; i < this.setup.firstTask; i++) {
      const text = cellText(cells[i] ?? null);
      if (text !== null) return isMaxLabel(text);
    }
    return false;
  }

  /** «Итого», «Среднее» … under the pupils: a row of sums, not a pupil. Codes rarely start with a Russian letter, so most rows skip the check. */
  private isTotal(cells: CellValue[], rowNumber: number): boolean {
    const index = this.index.studentId ?? this.index.schoolId ?? this.index.school;
    const text = this.textAt(cells, index);
    if (text === null || !/^[а-яё]/i.test(text)) return false;
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
        whole: newTally(work, rowNumber), classes: new Map(), teachers: new Map(),
      };
      this.schools.set(key, school);
    }
    return (this.last = school);
  }

  /** The pupil's class: a number without a letter is reported, and the pupil counts for the school only. */
  private partOf(cells: CellValue[], rowNumber: number, school: SchoolTally): Tally | null {
    const text = this.textAt(cells, this.index.className);
    if (text === null) return null;
    const name = classOf(text);
    if (name === 'no-letter') {
      this.report(rowNumber, this.index.className!, 'class-without-letter', { value: text });
      return null;
    }
    return school.classes.get(name) ?? addTally(school.classes, name, school.work, rowNumber);
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

function newTally(work: TaskWork, firstRow: number): Tally {
  const n = work.columns.length;
  return { firstRow, participants: 0, marked: 0, markSum: 0, failed: 0, points: new Float64Array(n), answered: new Uint32Array(n), zeros: new Uint32Array(n) };
}

function addTally(tallies: Map<string, Tally>, name: string, work: TaskWork, firstRow: number): Tally {
  const tally = newTally(work, firstRow);
  tallies.set(name, tally);
  return tally;
}

function add(tally: Tally, k: number, points: number): void {
  tally.points[k]! += points;
  tally.answered[k]! += 1;
  if (points === 0) tally.zeros[k]! += 1;
}

/** A task no pupil answered has answered 0 and points null: no result, never a zero. */
function record(school: SchoolTally, tally: Tally, className: string | null, teacher: string | null, context: LayoutContext<TaskResultRecord>): TaskResultRecord {
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
