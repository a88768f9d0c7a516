/**
 * The pupils layout: ФИС ОКО's per-pupil ВПР results — a row per pupil with the points of each task
 * and the primary score, and no mark: the region's export «Проведение работы по <предмету>, <N>
 * класс. ВПР <год>.xlsx» (логин школы | регион | код обучающегося | класс | вариант | всего баллов |
 * балл за 1 …) and a school's protocol form (Школа «edu223017 | МБОУ …» | Муниципалитет | Код |
 * Вариант | 1 (1б) … | Итого баллов).
 * - The work: the title rows, else the file name, else --procedure / --year (the sheet's name for the year).
 * - A pupil whose variant reads «отсутствовал» (or with no total and no sign of being there: only blanks,
 *   «Н» and «не пройд.») is absent: counted and reported once per file, never a participant, never a «2».
 * - A pupil's task cells (model/task-cells.ts: «X»/«Н» are 0, «не пройд.» is nothing) must add up to the
 *   total; a row that does not, has no total, or a total above the scale's maximum, is reported and left out.
 * - The mark is the total read through the work's conversion scale (model/scales.ts): with no scale for
 *   the work the file is refused, naming the scale that is missing — a mark is never guessed.
 * Example (ВПР 2021 математика 5 кл., «2» for 0–6): 44 pupils present with totals, 22 of them 0–6 →
 * failed 22, 50% (school sch220093 of the 2021 export).
 */
import { InputError } from '../../errors.js';
import type { CellValue } from '../../model/cells.js';
import { fieldOfHeader } from '../../model/fields.js';
import { cellText, parseNumber } from '../../model/numbers.js';
import { parseProcedure } from '../../model/procedures.js';
import type { ResultRecord } from '../../model/records.js';
import { markOf, scaleFor, SHIPPED_SCALES, type Scale } from '../../model/scales.js';
import { SCHOOL_LOGIN } from '../../model/school-name.js';
import { BAD_CELL, isAbsentMark, isNoShowCode, readTaskCell } from '../../model/task-cells.js';
import { parseTaskHeader } from '../../model/tasks.js';
import { normalizeLabel } from '../../model/text.js';
import { PUPILS_KNOWN_HEADERS, PUPILS_PUPIL_HEADERS, PUPILS_TOTAL_HEADERS, PUPILS_VARIANT_PREFIX } from '../vocabulary/headers.js';
import { isBlankRow } from './columns.js';
import { readTitles } from './titles.js';
import { columnsNeed, layoutOfNeeds } from './needs.js';
import type { ColumnUse, Layout, LayoutContext, Need, RowMapper } from './types.js';

type PupilField = 'school' | 'municipality' | 'total' | 'variant' | 'pupil' | 'known';

export interface PupilColumns {
  headers: string[];
  school: number;
  municipality: number | undefined;
  total: number;
  variant: number | undefined;
  /** The task columns, in the order of the header. */
  tasks: number[];
}

/**
 * «балл за 7», «7 (1б)», «11.3 k1 (2б)»: a column of a task's points, as the published forms head them —
 * by position or with the maximum; a bare number («2») may be a mark column and is not taken here.
 */
function isTaskHeader(header: string): boolean {
  const task = parseTaskHeader(header);
  return task !== null && (task.position !== null || task.max !== null);
}

function pupilField(header: string, hasSchoolLogin: boolean): PupilField | null {
  const label = normalizeLabel(header);
  if (PUPILS_TOTAL_HEADERS.has(label)) return 'total';
  if (label.startsWith(PUPILS_VARIANT_PREFIX)) return 'variant';
  if (PUPILS_PUPIL_HEADERS.has(label) || (label === 'код' && hasSchoolLogin)) return 'pupil';
  if (PUPILS_KNOWN_HEADERS.some((pattern) => pattern.test(label))) return 'known';
  const field = fieldOfHeader(header);
  if (field === 'schoolId' || field === 'school' || field === 'schoolName') return label === 'код' ? null : 'school';
  if (field === 'municipality' || field === 'region') return 'municipality';
  return null;
}

export function findColumns(headers: string[]): PupilColumns {
  const labels = headers.map(normalizeLabel);
  const hasSchoolLogin = labels.some((l) => l.includes('логин') || l === 'школа');
  const columns: PupilColumns = { headers, school: -1, municipality: undefined, total: -1, variant: undefined, tasks: [] };
  let region: number | undefined;
  labels.forEach((label, index) => {
    if (label === '') return;
    if (isTaskHeader(headers[index]!)) {
      columns.tasks.push(index);
      return;
    }
    const field = pupilField(headers[index]!, hasSchoolLogin);
    if (field === 'school' && (columns.school < 0 || label.includes('логин'))) columns.school = index;
    else if (field === 'total' && columns.total < 0) columns.total = index;
    else if (field === 'variant' && columns.variant === undefined) columns.variant = index;
    else if (field === 'municipality') {
      if (label === 'регион') region ??= index;
      else columns.municipality ??= index;
    }
  });
  columns.municipality ??= region;
  return columns;
}

/** A school column (not the pupil's «Код»), the primary score, and two task columns at least. */
export function pupilNeeds(columns: PupilColumns): Need[] {
  const cells = (indexes: number[]) => indexes.filter((i) => i >= 0).map((i) => columns.headers[i]!);
  const tasks = cells(columns.tasks);
  return [
    columnsNeed('pupil-school', cells([columns.school])),
    columnsNeed('pupil-total', cells([columns.total])),
    { ...columnsNeed('pupil-tasks', tasks), met: tasks.length >= 2 },
  ];
}

export const pupilsLayout: Layout = layoutOfNeeds('pupils', findColumns, pupilNeeds, (columns) => ({
  score: 3 + columns.tasks.length,
  needsYear: false,
  start: (context, headerRow, titles = []) => startPupils(context, headerRow, titles, columns),
}));

interface SchoolTally {
  schoolId: string;
  schoolName: string | null;
  municipality: string | null;
  firstRow: number;
  participants: number;
  marks: [number, number, number, number];
  scoreSum: number;
}

function startPupils(context: LayoutContext, headerRow: number, titles: string[], columns: PupilColumns): RowMapper {
  reportUnknownColumns(context, headerRow, columns);
  const { procedure, year, scale } = scaledWorkOf(context, headerRow, titles);
  return new PupilTally(context, columns, { procedure, year }, scale);
}

/** The work of a per-pupil sheet and its scale, or an input error naming the header row. */
export function scaledWorkOf(context: LayoutContext<unknown>, headerRow: number, titles: string[]) {
  const work = workOf(context, titles);
  const where = { file: context.file, sheet: context.sheet, row: headerRow };
  if (work.procedure === null) throw new InputError('procedure-unknown', where);
  if (work.year === null) throw new InputError('year-unknown', where);
  const scale = scaleFor(context.scales ?? SHIPPED_SCALES, work.procedure, work.year);
  if (scale === null) throw new InputError('no-scale', where, { procedure: work.procedure, year: work.year });
  return { procedure: work.procedure, year: work.year, scale };
}

/** The title rows, then the file name («… 5 класс. ВПР 2021.xlsx»), then --procedure and the year hint (sheet name, --year). */
export function workOf(context: Pick<LayoutContext, 'file' | 'procedureHint' | 'yearHint'>, titles: string[]): { procedure: string | null; year: number | null } {
  const title = readTitles(titles);
  const name = readTitles([context.file.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, '')]);
  const flag = context.procedureHint ? (parseProcedure(context.procedureHint)?.code ?? null) : null;
  const procedure = title.procedure ?? name.procedure ?? flag;
  return { procedure, year: title.year ?? name.year ?? context.yearHint };
}

function reportUnknownColumns(context: LayoutContext, headerRow: number, columns: PupilColumns): void {
  const hasSchoolLogin = columns.headers.some((h) => normalizeLabel(h).includes('логин') || normalizeLabel(h) === 'школа');
  columns.headers.forEach((header, index) => {
    if (header.trim() === '' || columns.tasks.includes(index) || pupilField(header, hasSchoolLogin) !== null) return;
    context.report({ row: headerRow, column: header, code: 'unknown-column', params: {} });
  });
}

class PupilTally implements RowMapper {
  /** By id, in the order of first appearance; byCell by the school cell as written («edu223017 | МБОУ …» parsed once). */
  private readonly schools = new Map<string, SchoolTally>();
  private readonly byCell = new Map<string, SchoolTally>();
  private last: SchoolTally | null = null;
  private lastCell: string | null = null;
  private absent = 0;
  private readonly tasks: Int32Array;

  constructor(
    private readonly context: LayoutContext,
    private readonly layout: PupilColumns,
    private readonly work: { procedure: string; year: number },
    private readonly scale: Scale,
  ) {
    this.tasks = Int32Array.from(layout.tasks);
  }

  row(cells: CellValue[], rowNumber: number): void {
    if (isBlankRow(cells)) return;
    const columns = this.layout;
    const school = this.schoolOf(cells, rowNumber);
    if (school === null) return;
    const tasks = this.readTasks(cells, rowNumber);
    if (tasks === null) return;
    if (columns.variant !== undefined && isAbsentMark(cells[columns.variant] ?? null)) {
      if (tasks.present) this.context.report({ row: rowNumber, column: columns.headers[columns.variant]!, code: 'absent-with-points', params: { value: String(cells[columns.variant]) } });
      else this.absent += 1;
      return;
    }
    const total = this.totalOf(cells, rowNumber, tasks);
    if (total === null) return;
    if (total === 'absent') {
      this.absent += 1;
      return;
    }
    const mark = markOf(this.scale, total);
    school.participants += 1;
    school.marks[mark - 2]! += 1;
    school.scoreSum += total;
  }

  /** What inspect shows: the school, the municipality, the total, the variant and the tasks it adds up. */
  columns(): ColumnUse[] {
    const { headers, school, municipality, total, variant, tasks } = this.layout;
    const named = new Map<number, string>([[school, 'schoolId'], [total, `${this.work.procedure} primary score`]]);
    if (municipality !== undefined) named.set(municipality, 'municipality');
    if (variant !== undefined) named.set(variant, 'variant (absent)');
    tasks.forEach((index) => named.set(index, 'task points (Σ = primary score)'));
    return headers.flatMap((header, index) => (header.trim() === '' ? [] : [{ header, field: named.get(index) ?? null }]));
  }

  end(): void {
    const { context } = this;
    if (this.absent > 0) context.report({ row: null, column: null, code: 'absent-pupils', params: { count: this.absent } });
    for (const school of this.schools.values()) {
      if (school.participants > 0) context.emit(this.record(school));
    }
  }

  /**
   * The sum of the task cells and whether one shows the pupil there (a number or «X»; «Н» alone does
   * not: some schools write it for «не явился»); null (reported) when a cell is not a score.
   */
  private readTasks(cells: CellValue[], rowNumber: number): { sum: number; present: boolean } | null {
    let sum = 0;
    let present = false;
    for (let k = 0; k < this.tasks.length; k++) {
      const cell = cells[this.tasks[k]!] ?? null;
      const points = readTaskCell(cell);
      // blank and «не пройд.» add nothing
      if (points >= 0) {
        sum += points;
        present ||= !isNoShowCode(cell);
      } else if (points === BAD_CELL) {
        const index = this.tasks[k]!;
        this.context.report({ row: rowNumber, column: this.layout.headers[index]!, code: 'bad-points', params: { value: String(cell) } });
        return null;
      }
    }
    return { sum, present };
  }

  /**
   * The pupil's total, checked against the task sum and the scale; 'absent' for a row with no sign of
   * the pupil and no total (a protocol's empty line, or one of «Н», for a pupil who did not come).
   */
  private totalOf(cells: CellValue[], rowNumber: number, tasks: { sum: number; present: boolean }): number | 'absent' | null {
    const index = this.layout.total;
    const column = this.layout.headers[index]!;
    const value = parseNumber(cells[index] ?? null);
    if (!tasks.present && (value === null || value === 0)) return 'absent';
    if (value === 'invalid' || (value !== null && (value < 0 || !Number.isInteger(value)))) {
      this.context.report({ row: rowNumber, column, code: 'bad-score', params: { value: String(cells[index]) } });
      return null;
    }
    if (value !== tasks.sum) {
      this.context.report({ row: rowNumber, column, code: 'total-mismatch', params: { total: value ?? '', sum: tasks.sum } });
      return null;
    }
    if (value > this.scale.max) {
      this.context.report({ row: rowNumber, column, code: 'score-above-max', params: { score: value, max: this.scale.max, procedure: this.work.procedure, year: this.work.year } });
      return null;
    }
    return value;
  }

  /** Pupils of a school stand together: the last school is tried before the map. */
  private schoolOf(cells: CellValue[], rowNumber: number): SchoolTally | null {
    const raw = cells[this.layout.school] ?? null;
    const text = typeof raw === 'string' ? raw.trim() : cellText(raw);
    if (!text) {
      this.context.report({ row: rowNumber, column: this.layout.headers[this.layout.school]!, code: 'missing-school', params: {} });
      return null;
    }
    if (this.last !== null && this.lastCell === text) return this.last;
    let school = this.byCell.get(text);
    if (school === undefined) {
      const login = SCHOOL_LOGIN.exec(text);
      const schoolId = login ? login[1]! : text;
      school = this.schools.get(schoolId);
      if (school === undefined) {
        school = {
          schoolId, schoolName: login?.[2]?.trim() || null, municipality: this.municipalityOf(cells), firstRow: rowNumber,
          participants: 0, marks: [0, 0, 0, 0], scoreSum: 0,
        };
        this.schools.set(schoolId, school);
      }
      this.byCell.set(text, school);
    }
    this.lastCell = text;
    return (this.last = school);
  }

  /** «reg22_m001 | Алейский муниципальный район» → the name after the code. */
  private municipalityOf(cells: CellValue[]): string | null {
    const index = this.layout.municipality;
    const text = index === undefined ? null : cellText(cells[index] ?? null);
    return text === null ? null : text.replace(/^reg\w*\s*\|\s*/i, '');
  }

  private record(school: SchoolTally): ResultRecord {
    const [m2, m3, m4, m5] = school.marks;
    return {
      schoolId: school.schoolId,
      schoolName: school.schoolName,
      municipality: school.municipality,
      schoolType: null,
      year: this.work.year,
      procedure: this.work.procedure,
      participants: school.participants,
      failed: m2,
      failPct: null,
      markCounts: { 2: m2, 3: m3, 4: m4, 5: m5 },
      markPcts: {},
      meanScore: Math.round((school.scoreSum / school.participants) * 100) / 100,
      highCount: null,
      scoreHistogram: null,
      source: { file: this.context.file, sheet: this.context.sheet, row: school.firstRow },
    };
  }
}
