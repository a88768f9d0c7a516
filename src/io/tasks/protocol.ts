/**
 * The per-pupil protocol: a row per pupil — school (or none: --school or a `sch…`/`edu…` login in
 * the title rows), pupil code, class, teacher, variant, the points of each task (their numbers in
 * the header — «6 (2б)» with the maximum, «балл за 16» by position — or in the row under a merged
 * «Баллы за задания»), a total and a mark. ФИС ОКО's protocol form and its per-pupil export are
 * protocols too: their columns beside the tasks (user, region, upload date, sex, the journal mark,
 * textbooks) are known and not read. Rows are tallied while streaming (protocol-tally.ts); only the
 * tallies are kept, and they become records at the end.
 */
import type { CellValue } from '../../model/cells.js';
import type { TaskResultRecord } from '../../model/tasks.js';
import { normalizeLabel } from '../../model/text.js';
import { mapColumns, type ColumnMap } from '../layouts/columns.js';
import type { LayoutContext, LayoutMatch, RowMapper } from '../layouts/types.js';
import { afterTaskRow, findTaskColumns, isTaskHeading, loginOfTitles, type TaskColumn } from './columns.js';
import { ProtocolTally } from './protocol-tally.js';
import { TaskWork } from './work.js';
import { namedWork, optionProcedure, workOfTitles, type TaskReadOptions } from './work-of.js';
import { ProtocolWorks, type Works } from './protocol-works.js';
import type { PupilRegistry } from './pupils.js';
import { CLASS_LIST_PREFIX, PROTOCOL_ALIASES, PROTOCOL_CLASS_INDEX, PROTOCOL_JOURNAL_MARK, PROTOCOL_KNOWN_UNREAD } from '../vocabulary/headers.js';

const KNOWN_UNREAD = PROTOCOL_KNOWN_UNREAD.map(normalizeLabel);

type ProtocolField = keyof typeof PROTOCOL_ALIASES | 'classIndex' | 'known';

const FIELD_BY_LABEL = new Map<string, ProtocolField>([
  ...(Object.entries(PROTOCOL_ALIASES) as [ProtocolField, readonly string[]][]).flatMap(([field, aliases]) =>
    aliases.map((alias) => [normalizeLabel(alias), field] as [string, ProtocolField]),
  ),
  ...KNOWN_UNREAD.map((label) => [label, 'known'] as [string, ProtocolField]),
]);

function fieldOf(header: string): ProtocolField | null {
  if (PROTOCOL_CLASS_INDEX.test(header)) return 'classIndex';
  const label = normalizeLabel(header);
  return FIELD_BY_LABEL.get(label) ?? (PROTOCOL_JOURNAL_MARK.test(label) ? 'known' : null);
}

/**
 * «Код» alone is the pupil's code when another column names the school (the protocol form:
 * «Школа» beside it) or none names the pupil (a school's own form: «Код | Вариант | 1 (1б) …»);
 * it is the school's code only beside a pupil column and no school column. With both named
 * elsewhere it is an unknown column.
 */
function resolveCode(map: ColumnMap<ProtocolField>): ColumnMap<ProtocolField> {
  const code = map.fields.get('code');
  if (code === undefined) return map;
  const fields = new Map(map.fields);
  fields.delete('code');
  const namesSchool = fields.has('schoolId') || fields.has('school') || fields.has('schoolName');
  if (!fields.has('studentId')) fields.set('studentId', code);
  else if (!namesSchool) fields.set('schoolId', code);
  else return { ...map, fields, unknown: [...map.unknown, code].sort((a, b) => a - b) };
  return { ...map, fields };
}

export function matchProtocol(headers: string[], options: TaskReadOptions, pupils?: PupilRegistry): LayoutMatch<TaskResultRecord> | null {
  const map = resolveCode(mapColumns(headers, fieldOf));
  const { fields } = map;
  if (!fields.has('studentId') && !fields.has('schoolId') && !fields.has('school')) return null;
  const tasks = findTaskColumns(headers, (i) => map.unknown.indexOf(i) < 0);
  // «Баллы за задания» merged over the task columns: the numbers are in the next row
  const below = tasks.length === 0 && map.unknown.some((i) => isTaskHeading(normalizeLabel(headers[i]!)));
  // two task columns at least: a lone «5» may be a mark, not a task
  if (tasks.length < 2 && !below) return null;
  const fieldColumns = new Set([...fields.values(), ...map.repeated]);
  return {
    layout: 'task-protocol',
    score: fields.size + tasks.length,
    needsYear: false,
    start: (context, headerRow, titles = []) => (below
      ? afterTaskRow({ headers, claimed: (i) => fieldColumns.has(i) }, context.report, (found, filled, row) =>
        startProtocol({ context, headerRow: row, titles, map: { ...map, headers: filled }, tasks: found, options, pupils }))
      : startProtocol({ context, headerRow, titles, map, tasks, options, pupils })),
  };
}

/**
 * The protocol form's sheet «Классы» (a row per class: «Буква (цифра) класса», the textbook) beside
 * its «Протокол»: not results — skipped with a note naming it.
 */
export function matchClassList(headers: string[]): LayoutMatch<TaskResultRecord> | null {
  const labels = headers.map(normalizeLabel);
  if (!labels.some((label) => label.startsWith(CLASS_LIST_PREFIX))) return null;
  return {
    layout: 'class-list',
    score: 1,
    needsYear: false,
    start: (context, headerRow) => {
      context.report({ row: headerRow, column: null, code: 'class-list-sheet', params: { sheet: context.sheet ?? '' } });
      return { row() {}, end() {} };
    },
  };
}

interface ProtocolStart {
  context: LayoutContext<TaskResultRecord>;
  headerRow: number;
  titles: string[];
  map: ColumnMap<ProtocolField>;
  tasks: TaskColumn[];
  options: TaskReadOptions;
  pupils: PupilRegistry | undefined;
}

function startProtocol(start: ProtocolStart): RowMapper {
  const { context, headerRow, titles, map, tasks, options } = start;
  const idle: RowMapper = { row() {}, end() {} };
  const hasSchool = map.fields.has('schoolId') || map.fields.has('school') || map.fields.has('schoolName');
  const fixedSchool = hasSchool ? null : (loginOfTitles(titles) ?? options.school ?? null);
  if (!hasSchool && fixedSchool === null) {
    context.report({ row: headerRow, column: null, code: 'protocol-without-school', params: {} });
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
  const works = worksOf(start, newWork);
  if (works === null) return idle;
  const setMaxRow = (cells: CellValue[], rowNumber: number) => {
    maxRow = { cells, rowNumber };
    for (const work of works.all()) work.applyMaxRow(cells, rowNumber, map.headers, context.report);
  };
  return new ProtocolTally({
    context, map, works, fixedSchool, firstTask: tasks[0]!.index, preambleRows: options.preambleRows ?? 0,
    parts: options.parts ?? { classes: true, teachers: true }, setMaxRow, pupils: start.pupils,
  });
}

/**
 * The work of each row. The procedure: a procedure column, else the title rows, the file name,
 * --procedure. The year: a year column, else the title rows, the sheet or file name, else the
 * upload date of each row (the protocol form's «Дата загрузки»), else --year.
 */
function worksOf(start: ProtocolStart, newWork: (procedure: string, year: number) => TaskWork): Works | null {
  const { context, headerRow, titles, map, options } = start;
  const named = namedWork(context, titles);
  const byRow = map.fields.has('procedure') || map.fields.has('year') || (named.year === null && map.fields.has('uploaded'));
  if (byRow) {
    return new ProtocolWorks(map, context, { procedure: named.procedure ?? optionProcedure(options), year: named.year }, newWork);
  }
  const work = workOfTitles(context, headerRow, titles, options);
  if (work === null) return null;
  const fixed = newWork(work.procedure, work.year);
  return { read: () => fixed, all: () => [fixed] };
}

/** The columns neither a field nor a task: a warning each (the known ones of ФИС ОКО's forms aside). */
function reportUnused(map: ColumnMap<ProtocolField>, tasks: TaskColumn[], context: LayoutContext<TaskResultRecord>, headerRow: number): void {
  const used = new Set(tasks.map((t) => t.index));
  for (const index of map.unknown) {
    if (!used.has(index)) context.report({ row: headerRow, column: map.headers[index]!, code: 'unknown-column', params: {} });
  }
  for (const index of map.repeated) {
    if (!used.has(index) && fieldOf(map.headers[index]!) !== 'known') context.report({ row: headerRow, column: map.headers[index]!, code: 'duplicate-column', params: {} });
  }
}
