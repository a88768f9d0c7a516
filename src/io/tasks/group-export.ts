/**
 * The «Выполнение заданий» export (ФИС ОКО, regional centres): title rows naming the work
 * («ВПР 2023. Математика 5 класс»), the header «Группы участников | Кол-во ОО | Кол-во участников |
 * 1 | 2 | 4(1) | …» (or «Выполнение заданий» merged over the task columns, their numbers in the
 * row below), a «Макс балл» row, then nested group rows with the percentage of each task's
 * maximum obtained: «Вся выборка», the region, each municipality and its schools (the `sch…`
 * login in a column of its own or at the start of the name). Every group row becomes a record;
 * a school's municipality is the municipality row above it.
 */
import type { CellValue } from '../../model/cells.js';
import { cellText, parseNumber } from '../../model/numbers.js';
import type { TaskGroupLevel, TaskResultRecord } from '../../model/tasks.js';
import { normalizeLabel } from '../../model/text.js';
import { isBlankRow, isTotalRow } from '../layouts/columns.js';
import type { LayoutContext, LayoutMatch, RowMapper } from '../layouts/types.js';
import { SCHOOL_LOGIN } from '../../model/school-name.js';
import { afterTaskRow, findTaskColumns, isMaxLabel, isTaskHeading, type TaskColumn } from './columns.js';
import { workOfTitles, type TaskReadOptions } from './work-of.js';
import { TaskWork } from './work.js';
import { GROUP_EXPORT_LOGIN_HEADERS, GROUP_EXPORT_PARTICIPANTS_HEADER, GROUP_HEADER, SCHOOL_COUNT_HEADER } from '../vocabulary/headers.js';
import { GROUP_EXPORT_REGION_ROW, WHOLE_SAMPLE_ROW } from '../vocabulary/rows.js';

/** Above a protocol's score (that counts recognised columns). */
const GROUP_SCORE = 100;

const isGroupHeader = (label: string) => GROUP_HEADER.test(label);
const isParticipantsHeader = (label: string) => GROUP_EXPORT_PARTICIPANTS_HEADER.test(label);
const isSchoolCountHeader = (label: string) => SCHOOL_COUNT_HEADER.test(label);
const isLoginHeader = (label: string) => GROUP_EXPORT_LOGIN_HEADERS.includes(label);

/** «2 | 3 | 4 | 5» under «Группы участников» are the marks of «Статистика по отметкам», not tasks. */
const isMarksHeader = (tasks: TaskColumn[]) => tasks.map((t) => t.task).join(' ') === '2 3 4 5';

interface GroupColumns {
  headers: string[];
  group: number;
  participants: number;
  login: number;
  tasks: TaskColumn[];
}

export function matchGroupExport(headers: string[], options: TaskReadOptions): LayoutMatch<TaskResultRecord> | null {
  const labels = headers.map(normalizeLabel);
  const group = labels.findIndex(isGroupHeader);
  const participants = labels.findIndex(isParticipantsHeader);
  if (group < 0 || participants < 0) return null;
  const login = labels.findIndex(isLoginHeader);
  const claimed = (i: number) => i === group || i === participants || i === login || isSchoolCountHeader(labels[i]!);
  const tasks = findTaskColumns(headers, claimed);
  // «Выполнение заданий» merged over the task columns: the numbers are in the next row
  const below = tasks.length === 0 && labels.some(isTaskHeading);
  if ((tasks.length === 0 && !below) || isMarksHeader(tasks)) return null;
  const columns: GroupColumns = { headers, group, participants, login, tasks };
  return {
    layout: 'task-groups',
    score: GROUP_SCORE + tasks.length,
    needsYear: false,
    start: (context, headerRow, titles = []) => (below
      ? afterTaskRow({ headers, claimed }, context.report, (found, filled, row) => startGroups(context, row, titles, { ...columns, headers: filled, tasks: found }, options))
      : startGroups(context, headerRow, titles, columns, options)),
  };
}

function startGroups(
  context: LayoutContext<TaskResultRecord>, headerRow: number, titles: string[], columns: GroupColumns, options: TaskReadOptions,
): RowMapper {
  const work = workOfTitles(context, headerRow, titles, options);
  if (work === null) return { row() {}, end() {} };
  const taskWork = new TaskWork(work.procedure, work.year, columns.tasks, { headers: columns.headers, headerRow, report: context.report }, options);
  const reader = new GroupReader(context, columns, taskWork);
  return { row: (cells, rowNumber) => reader.row(cells, rowNumber), end() {} };
}

/** Where the nesting stands: after «Вся выборка» comes the region, then municipalities with their schools. */
class GroupReader {
  private municipality: string | null = null;
  private afterSample = false;
  private seenMunicipality = false;

  constructor(
    private readonly context: LayoutContext<TaskResultRecord>,
    private readonly columns: GroupColumns,
    private readonly work: TaskWork,
  ) {}

  row(cells: CellValue[], rowNumber: number): void {
    if (isBlankRow(cells)) return;
    const { columns, context } = this;
    const label = cellText(cells[columns.group] ?? null);
    if (isMaxLabel(label)) {
      this.work.applyMaxRow(cells, rowNumber, columns.headers, context.report);
      return;
    }
    const ownLogin = columns.login < 0 ? null : cellText(cells[columns.login] ?? null);
    const login = ownLogin === null && label !== null ? SCHOOL_LOGIN.exec(label) : null;
    if (ownLogin !== null || login !== null) {
      this.afterSample = false;
      const name = ownLogin !== null ? label : login![2]!.trim() || null;
      this.emit(cells, rowNumber, { level: 'school', schoolId: ownLogin ?? login![1]!, name, municipality: this.municipality });
      return;
    }
    if (label === null) {
      context.report({ row: rowNumber, column: columns.headers[columns.group]!, code: 'missing-school', params: {} });
      return;
    }
    this.groupRow(cells, rowNumber, label);
  }

  private groupRow(cells: CellValue[], rowNumber: number, label: string): void {
    const normal = normalizeLabel(label);
    if (normal === WHOLE_SAMPLE_ROW) {
      this.afterSample = true;
      this.emit(cells, rowNumber, { level: 'total', schoolId: null, name: label, municipality: null });
      return;
    }
    if (isTotalRow({ schoolId: label, schoolName: label, municipality: null, schoolType: null })) {
      this.context.report({ row: rowNumber, column: this.columns.headers[this.columns.group]!, code: 'ignored-total-row', params: { value: label } });
      return;
    }
    // the region: right after «Вся выборка», or named so before any municipality
    const isRegion = this.afterSample || (!this.seenMunicipality && GROUP_EXPORT_REGION_ROW.test(normal));
    this.afterSample = false;
    if (isRegion) {
      this.municipality = null;
      this.emit(cells, rowNumber, { level: 'region', schoolId: null, name: label, municipality: null });
      return;
    }
    this.seenMunicipality = true;
    this.municipality = label;
    this.emit(cells, rowNumber, { level: 'municipality', schoolId: null, name: label, municipality: label });
  }

  private emit(cells: CellValue[], rowNumber: number, group: { level: TaskGroupLevel; schoolId: string | null; name: string | null; municipality: string | null }): void {
    const participants = this.readParticipants(cells, rowNumber);
    if (participants === null) return;
    const tasks = this.work.cells();
    this.work.columns.forEach((column, k) => {
      tasks[k]!.success = this.readSuccess(cells, rowNumber, column.index);
    });
    const { file, sheet } = this.context;
    this.context.emit({
      procedure: this.work.procedure, year: this.work.year, ...group, className: null, teacher: null, participants, tasks,
      source: { file, sheet, row: rowNumber },
    });
  }

  private readParticipants(cells: CellValue[], rowNumber: number): number | null {
    const index = this.columns.participants;
    const cell = cells[index] ?? null;
    const value = parseNumber(cell);
    const column = this.columns.headers[index]!;
    if (value === null) this.context.report({ row: rowNumber, column, code: 'no-task-participants', params: {} });
    else if (value === 'invalid') this.context.report({ row: rowNumber, column, code: 'bad-number', params: { value: String(cell) } });
    else if (value < 0) this.context.report({ row: rowNumber, column, code: 'negative-count', params: {} });
    else if (!Number.isInteger(value)) this.context.report({ row: rowNumber, column, code: 'not-integer', params: {} });
    else return value;
    return null;
  }

  /** A percentage of the task's maximum; a bad cell is reported and left out (the task has no value). */
  private readSuccess(cells: CellValue[], rowNumber: number, index: number): number | null {
    const cell = cells[index] ?? null;
    const value = parseNumber(cell);
    if (value === null) return null;
    const column = this.columns.headers[index]!;
    if (value === 'invalid') this.context.report({ row: rowNumber, column, code: 'bad-number', params: { value: String(cell) } });
    else if (value < 0 || value > 100) this.context.report({ row: rowNumber, column, code: 'share-out-of-range', params: {} });
    else return value;
    return null;
  }
}
