/**
 * The per-pupil protocol: a row per participant — school (or none: --school or a `sch…` login in
 * the title rows), participant code, class, teacher, variant, the points of each task (their
 * numbers in the header, or in the row under a merged «Баллы за задания»), a total and a mark
 * (tallied: «2» and the mean, per group). Rows are tallied while streaming (protocol-tally.ts):
 * participants, and per task Σ points, pupils who answered (a number, 0 included) and pupils
 * with 0, per school, class and teacher. Only the tallies are kept; they become records at the end.
 */
import type { CellValue } from '../../model/cells.js';
import { FIELD_ALIASES } from '../../model/fields.js';
import type { TaskResultRecord } from '../../model/tasks.js';
import { normalizeLabel } from '../../model/text.js';
import { mapColumns, type ColumnMap } from '../layouts/columns.js';
import type { LayoutContext, LayoutMatch, RowMapper } from '../layouts/types.js';
import { readTitles } from '../layouts/titles.js';
import { afterTaskRow, findTaskColumns, isTaskHeading, loginOfTitles, type TaskColumn } from './columns.js';
import { ProtocolTally } from './protocol-tally.js';
import { TaskWork } from './work.js';
import { optionProcedure, workOfTitles, type TaskReadOptions } from './work-of.js';
import { ProtocolWorks, type Works } from './protocol-works.js';

const PROTOCOL_ALIASES = {
  schoolId: FIELD_ALIASES.schoolId,
  schoolName: FIELD_ALIASES.schoolName,
  school: FIELD_ALIASES.school,
  municipality: FIELD_ALIASES.municipality,
  procedure: FIELD_ALIASES.procedure,
  year: FIELD_ALIASES.year,
  studentId: [...FIELD_ALIASES.studentId, 'номер участника', 'шифр', 'шифр участника', 'код ученика', 'фио', 'фио участника', 'ученик', 'обучающийся'],
  className: ['class', 'класс', 'класс буква', 'литера'],
  teacher: ['teacher', 'учитель', 'фио учителя', 'педагог', 'фио педагога'],
  variant: ['variant', 'вариант', 'номер варианта', '№ варианта'],
  // read by other commands, not for tasks
  total: ['total', 'сумма', 'сумма баллов', 'первичный балл', 'итоговый балл', 'балл', 'score', 'итого', 'всего баллов'],
  mark: FIELD_ALIASES.mark,
} as const satisfies Record<string, readonly string[]>;

type ProtocolField = keyof typeof PROTOCOL_ALIASES;

const FIELD_BY_LABEL = new Map<string, ProtocolField>(
  (Object.entries(PROTOCOL_ALIASES) as [ProtocolField, readonly string[]][]).flatMap(([field, aliases]) =>
    aliases.map((alias) => [normalizeLabel(alias), field] as [string, ProtocolField]),
  ),
);

const fieldOf = (header: string) => FIELD_BY_LABEL.get(normalizeLabel(header)) ?? null;

export function matchProtocol(headers: string[], options: TaskReadOptions): LayoutMatch<TaskResultRecord> | null {
  const map = mapColumns(headers, fieldOf);
  const { fields } = map;
  if (!fields.has('studentId') && !fields.has('schoolId') && !fields.has('school')) return null;
  const tasks = findTaskColumns(headers, (i) => map.unknown.indexOf(i) < 0);
  // «Баллы за задания» merged over the task columns: the numbers are in the next row
  const below = tasks.length === 0 && map.unknown.some((i) => isTaskHeading(normalizeLabel(headers[i]!)));
  // two task columns at least: a lone «5» may be a mark, not a task
  if (tasks.length < 2 && !below) return null;
  const fieldColumns = new Set(fields.values());
  return {
    layout: 'task-protocol',
    score: fields.size + tasks.length,
    needsYear: false,
    start: (context, headerRow, titles = []) => (below
      ? afterTaskRow({ headers, claimed: (i) => fieldColumns.has(i) }, context.report, (found, filled, row) =>
        startProtocol({ context, headerRow: row, titles, map: { ...map, headers: filled }, tasks: found, options }))
      : startProtocol({ context, headerRow, titles, map, tasks, options })),
  };
}

interface ProtocolStart {
  context: LayoutContext<TaskResultRecord>;
  headerRow: number;
  titles: string[];
  map: ColumnMap<ProtocolField>;
  tasks: TaskColumn[];
  options: TaskReadOptions;
}

function startProtocol(start: ProtocolStart): RowMapper {
  const { context, headerRow, titles, map, tasks, options } = start;
  const idle: RowMapper = { row() {}, end() {} };
  const hasSchool = map.fields.has('schoolId') || map.fields.has('school') || map.fields.has('schoolName');
  const fixedSchool = hasSchool ? null : (loginOfTitles(titles) ?? options.school ?? null);
  if (!hasSchool && fixedSchool === null) {
    context.report({ row: headerRow, column: null, code: 'missing-school', params: {} });
    return idle;
  }
  reportUnused(map, tasks, context, headerRow);
  const where = { headers: map.headers, headerRow, report: context.report };
  let maxRow: { cells: CellValue[]; rowNumber: number } | null = null;
  const newWork = (procedure: string, year: number) => {
    const work = new TaskWork(procedure, year, tasks, where, options);
    if (maxRow !== null) work.applyMaxRow(maxRow.cells, maxRow.rowNumber, map.headers, context.report);
    return work;
  };
  let works: Works;
  if (map.fields.has('procedure') || map.fields.has('year')) {
    works = new ProtocolWorks(map, context, readFixedWork(titles, options, context), newWork);
  } else {
    const work = workOfTitles(context, headerRow, titles, options);
    if (work === null) return idle;
    const fixed = newWork(work.procedure, work.year);
    works = { read: () => fixed, all: () => [fixed] };
  }
  const setMaxRow = (cells: CellValue[], rowNumber: number) => {
    maxRow = { cells, rowNumber };
    for (const work of works.all()) work.applyMaxRow(cells, rowNumber, map.headers, context.report);
  };
  return new ProtocolTally({
    context, map, works, fixedSchool, firstTask: tasks[0]!.index, preambleRows: options.preambleRows ?? 0,
    parts: options.parts ?? { classes: true, teachers: true }, setMaxRow,
  });
}

/** The work the title rows or flags name, for the cells a procedure or year column leaves blank. */
function readFixedWork(titles: string[], options: TaskReadOptions, context: LayoutContext<TaskResultRecord>) {
  const title = readTitles(titles);
  return { procedure: title.procedure ?? optionProcedure(options), year: title.year ?? context.yearHint };
}

/** The columns neither a field nor a task: a warning each (the total, mark and variant are known, not read). */
function reportUnused(map: ColumnMap<ProtocolField>, tasks: TaskColumn[], context: LayoutContext<TaskResultRecord>, headerRow: number): void {
  const used = new Set(tasks.map((t) => t.index));
  for (const index of map.unknown) {
    if (!used.has(index)) context.report({ row: headerRow, column: map.headers[index]!, code: 'unknown-column', params: {} });
  }
  for (const index of map.repeated) {
    if (!used.has(index)) context.report({ row: headerRow, column: map.headers[index]!, code: 'duplicate-column', params: {} });
  }
}
