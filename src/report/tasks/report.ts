/**
 * The task-level analysis laid out once: lines for the terminal and Markdown, one flat table for
 * CSV and XLSX, and the JSON contract of issue 9 (percentages to one decimal). Every format shows
 * the same parts of a school: its classes with `--by class`, its teachers (and their names) only
 * with `--by teacher`.
 */
import { messagesOf, type Lang } from '../../messages/index.js';
import type { Issue } from '../../model/issues.js';
import { procedureName } from '../procedure-name.js';
import type { GroupMarks, GroupTasks, ProcedureTasks, SchoolTasks, TaskOutcome, TaskParams } from '../../rules/tasks.js';
import { formatNumber } from '../format.js';
import { issueMessage } from '../issue-text.js';
import type { Table, TableRow } from '../table-model.js';

export type TasksBy = 'class' | 'teacher' | null;

export interface TasksReport {
  works: ProcedureTasks[];
  by: TasksBy;
  params: TaskParams;
  issues: Issue[];
}

const one = (value: number | null) => (value === null ? null : Math.round(value * 10) / 10);

/** The parts of a school the report shows: its classes with --by class, its teachers with --by teacher. */
export function partsOf(school: SchoolTasks, by: TasksBy): GroupTasks[] {
  if (by === 'class') return school.classes;
  return by === 'teacher' ? school.teachers : [];
}

export function workTitle(work: ProcedureTasks, lang: Lang): string {
  const t = messagesOf(lang);
  return t.difficulties.title({ procedure: procedureName(work.procedure, lang), year: t.labels.schoolYear(work.year) });
}

export function basisText(work: ProcedureTasks, params: TaskParams, lang: Lang): string {
  const d = messagesOf(lang).difficulties;
  return d.basis({ reference: d.reference[work.reference]!, low: formatNumber(params.lowSuccess, lang), gap: formatNumber(params.gapPp, lang) });
}

export function groupHeading(group: GroupTasks, lang: Lang): string {
  const d = messagesOf(lang).difficulties;
  const marks = group.marks === null ? '' : `; ${marksText(group.marks, lang)}`;
  if (group.className !== null) return `${d.part.className(group.className)}${marks}`;
  if (group.teacher !== null) return `${d.part.teacher(group.teacher)}${marks}`;
  return `${d.school({ id: group.schoolId, name: group.name ?? '', participants: group.participants, small: group.small, absent: group.absent ?? 0 })}${marks}`;
}

/** «2» — 40% из 10 с отметкой, средняя отметка 2,8; низкий результат…; 4 «2» — 80% всех «2» школы */
function marksText(marks: GroupMarks, lang: Lang): string {
  const d = messagesOf(lang).difficulties;
  return [
    d.marks({ fail: formatNumber(one(marks.failShare)!, lang), marked: marks.marked, mean: formatNumber(marks.mean, lang) }),
    ...(marks.low ? [d.low({ threshold: formatNumber(marks.threshold, lang) })] : []),
    ...(marks.ofSchool === null ? [] : [d.ofSchool({ failed: marks.failed, share: formatNumber(one(marks.ofSchool)!, lang) })]),
  ].join('; ');
}

export function taskText(t: TaskOutcome, lang: Lang): string {
  const d = messagesOf(lang).difficulties;
  const pct = (v: number | null) => (v === null ? '' : `${formatNumber(one(v)!, lang)}%`);
  const gapPp = one(t.gapPp);
  const gap = gapPp === null ? '' : `${gapPp > 0 ? '+' : gapPp < 0 ? '−' : ''}${formatNumber(Math.abs(gapPp), lang)} ${d.pp}`;
  return d.task({ task: t.task, success: pct(t.success), reference: pct(t.reference), gap, zero: pct(t.zeroShare) });
}

/**
 * The карта затруднений of a group: a line per skill with its problem tasks, worst first, then the
 * tasks without a maximum — never «no problems» for tasks whose success could not be computed.
 */
export function difficultyLines(group: GroupTasks, lang: Lang): string[] {
  const d = messagesOf(lang).difficulties;
  const noMax = group.tasks.filter((t) => t.noMax).map((t) => t.task);
  const lines = group.difficulties.map((g) => `${d.skill(g.skill)}: ${g.tasks.map((t) => taskText(t, lang)).join('; ')}`);
  if (lines.length === 0 && noMax.length < group.tasks.length) lines.push(noMax.length === 0 ? d.noProblems : d.noProblemsWithMax);
  if (noMax.length > 0) lines.push(d.noMax(noMax.join(', ')));
  return lines;
}

/** The table's «Затруднение» cell: yes, no, or «нет максимума». */
function problemText(t: TaskOutcome, lang: Lang): string {
  const { labels: l, difficulties: d } = messagesOf(lang);
  if (t.noMax) return d.noMaxCell;
  return t.problem ? l.yes : l.no;
}

/** The district's common problems, each skill with its schools joined by `join` (the terminal cuts a long list). */
export function districtLines(work: ProcedureTasks, lang: Lang, join: (ids: string[]) => string = (ids) => ids.join(', ')): string[] {
  const d = messagesOf(lang).difficulties;
  const { district } = work;
  const header = d.district({ basis: district.basis === 'shnor' ? d.basisShnor : d.basisAll, schools: district.schools });
  return [
    header,
    ...district.problemSkills.map((p) =>
      `${d.skillLine({ skill: p.skill, count: p.schools.length, total: district.schools, ids: join(p.schools) })}${p.majority ? ` — ${d.majority}` : ''}`),
  ];
}

/** One row per group × task: the whole school, then the parts asked for. */
export function tasksTable(report: TasksReport, lang: Lang): Table {
  const { labels: l, difficulties: d } = messagesOf(lang);
  const c = d.columns;
  const rows: TableRow[] = report.works.flatMap((work) =>
    work.schools.flatMap((school) => [school, ...partsOf(school, report.by)].flatMap((group) =>
      group.tasks.map((t) => ({
        emphasis: t.problem,
        cells: [
          { value: procedureName(work.procedure, lang) }, { value: l.schoolYear(work.year) }, { value: group.schoolId }, { value: school.name },
          { value: group.className ?? group.teacher }, { value: group.participants }, { value: t.task }, { value: t.max },
          { value: one(t.success), percent: true, low: t.problem }, { value: one(t.reference), percent: true }, { value: one(t.gapPp) },
          { value: one(t.ci?.[0] ?? null) }, { value: one(t.ci?.[1] ?? null) }, { value: problemText(t, lang) },
          { value: t.skill }, { value: t.content }, { value: one(t.zeroShare), percent: true },
        ],
      })))));
  const headers = [c.procedure, c.year, c.schoolId, c.name, c.part, c.participants, c.task, c.max, c.success, c.reference, c.gap, c.ciLow, c.ciHigh, c.problem, c.skill, c.content, c.zero];
  return { name: d.sheetTasks, headers, rows, wide: [3, 14, 15] };
}

/** One row per group with marks (a protocol with a mark column): the whole school, then the parts asked for; null without any. */
export function marksTable(report: TasksReport, lang: Lang): Table | null {
  const t = messagesOf(lang);
  const d = t.difficulties;
  const c = d.columns;
  const m = d.marksColumns;
  const l = t.labels;
  const rows: TableRow[] = report.works.flatMap((work) =>
    work.schools.flatMap((school) => [school, ...partsOf(school, report.by)].flatMap((group) => {
      if (group.marks === null) return [];
      const marks = group.marks;
      return [{
        emphasis: marks.low,
        cells: [
          { value: procedureName(work.procedure, lang) }, { value: l.schoolYear(work.year) }, { value: group.schoolId }, { value: school.name },
          { value: group.className ?? group.teacher }, { value: marks.marked }, { value: marks.failed },
          { value: one(marks.failShare), percent: true, low: marks.low }, { value: one(marks.ci[0]) }, { value: one(marks.ci[1]) },
          { value: one(marks.mean) }, { value: marks.low ? l.yes : l.no }, { value: one(marks.ofSchool), percent: true },
        ],
      }];
    })));
  if (rows.length === 0) return null;
  const headers = [c.procedure, c.year, c.schoolId, c.name, c.part, m.marked, m.failed, m.failShare, c.ciLow, c.ciHigh, m.mean, m.low, m.ofSchool];
  return { name: d.sheetMarks, headers, rows, wide: [3] };
}

export function skillsTable(report: TasksReport, lang: Lang): Table {
  const t = messagesOf(lang);
  const c = t.difficulties.columns;
  const rows: TableRow[] = report.works.flatMap((work) => work.district.problemSkills.map((p) => ({
    emphasis: p.majority,
    cells: [{ value: procedureName(work.procedure, lang) }, { value: t.labels.schoolYear(work.year) }, { value: p.skill }, { value: p.schools.length }, { value: work.district.schools }, { value: p.schools.join(', ') }],
  })));
  return { name: t.difficulties.sheetSkills, headers: [c.procedure, c.year, c.skill, c.schools, c.looked, c.ids], rows, wide: [2, 5] };
}

function taskJson(t: TaskOutcome) {
  return {
    task: t.task, max: t.max, success: one(t.success), reference: one(t.reference), gapPp: one(t.gapPp),
    ci: t.ci ? [one(t.ci[0]), one(t.ci[1])] : null, problem: t.problem, noMax: t.noMax, skill: t.skill, content: t.content, zeroShare: one(t.zeroShare),
  };
}

function groupJson(group: GroupTasks) {
  return {
    participants: group.participants, ...(group.absent === null ? {} : { absent: group.absent }), small: group.small, referenceLevel: group.referenceLevel,
    marks: group.marks && {
      marked: group.marks.marked, failed: group.marks.failed, failShare: one(group.marks.failShare), ci: group.marks.ci.map(one), mean: one(group.marks.mean),
      low: group.marks.low, ofSchool: one(group.marks.ofSchool),
    },
    tasks: group.tasks.map(taskJson),
    difficulties: group.difficulties.map((d) => ({ skill: d.skill, content: d.content, tasks: d.tasks.map((t) => t.task) })),
  };
}

/**
 * One work as issue 9's JSON, compact and in pieces: a region's protocols make tens of megabytes,
 * so each school is turned into text on its own and written before the next one is made.
 */
export function* workJson(work: ProcedureTasks, report: TasksReport, lang: Lang): Generator<string> {
  const head = JSON.stringify({ year: work.year, procedure: work.procedure, reference: work.reference });
  yield `${head.slice(0, -1)},"schools":[`;
  for (const [i, s] of work.schools.entries()) {
    yield `${i === 0 ? '' : ','}${JSON.stringify({
      schoolId: s.schoolId,
      name: s.name,
      ...groupJson(s),
      ...(report.by === 'class' ? { classes: s.classes.map((c) => ({ class: c.className, ...groupJson(c) })) } : {}),
      ...(report.by === 'teacher' ? { teachers: s.teachers.map((t) => ({ teacher: t.teacher, ...groupJson(t) })) } : {}),
    })}`;
  }
  const district = { basis: work.district.basis, schools: work.district.schools, problemSkills: work.district.problemSkills.map((p) => ({ skill: p.skill, schools: p.schools.length, ids: p.schools, majority: p.majority })) };
  const issues = report.issues.map((i) => ({ file: i.file, sheet: i.sheet, row: i.row, column: i.column, code: i.code, message: issueMessage(i, lang) }));
  yield `],"district":${JSON.stringify(district)},"issues":${JSON.stringify(issues)}}`;
}
