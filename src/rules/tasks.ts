/**
 * Task-level analysis (карты затруднений). Seed 001 2.3/2.7: «Предметно-содержательный анализ
 * результатов ВПР, ОГЭ, ЕГЭ» → «Определены проблемные для большинства учащихся темы и учебные
 * действия»; seed 004: анализ «с выделением профессиональных дефицитов конкретных педагогов».
 *
 * Success on a task = Σ points / (max × pupils who answered) — or the percentage an export gives.
 * A task is a problem (затруднение) when its success is below `tasks.lowSuccess` (50%) or at least
 * `tasks.gapPp` (15) points below the reference: the region, else the school's municipality, else
 * the district built from the data. Example: 40% against the region's 62% → −22 pp: a problem;
 * 55% against 60% → −5 pp and above 50%: not a problem. A task no one answered has no success, nor
 * has one without a maximum (marked noMax: never shown as «no problem»).
 * With the protocol's marks, a class (or teacher) whose «2» share reaches the FIOKO threshold is low
 * on its own, and its share of the school's «2» says how much of the school's result it makes.
 */
import * as z from 'zod';
import type { TaskCell, TaskMap, TaskResultRecord, TaskSpec } from '../model/tasks.js';
import { groupBy } from '../model/group.js';
import { compareNatural } from '../model/text.js';
import { isLow } from './fioko.js';
import { wilson } from './stats.js';

export const taskParams = z
  .object({
    /** Success below this (%) is a problem whatever the reference. */
    lowSuccess: z.number().min(0).max(100).default(50),
    /** At least this many percentage points below the reference is a problem. */
    gapPp: z.number().min(0).max(100).default(15),
    /** Fewer participants: the school is marked small (its shares swing with one pupil). */
    smallBelow: z.number().int().min(1).default(10),
  })
  .strict();

export type TaskParams = z.infer<typeof taskParams>;
export type ReferenceLevel = 'region' | 'municipality' | 'district';

export interface TaskOutcome {
  task: string;
  max: number | null;
  success: number | null;
  reference: number | null;
  gapPp: number | null;
  ci: [number, number] | null;
  problem: boolean;
  skill: string | null;
  content: string | null;
  /** Protocols: the share of pupils who answered and scored 0. */
  zeroShare: number | null;
  /** Points without a maximum (no «Макс балл» row, header maximum, map or --task-max): no success could be computed. */
  noMax: boolean;
}

/** Problem tasks sharing a skill (or content element), worst first. */
export interface Difficulty {
  skill: string | null;
  content: string | null;
  tasks: TaskOutcome[];
}

export interface GroupTasks {
  schoolId: string;
  name: string | null;
  /** A class or a teacher of the school; both null for the whole school. */
  className: string | null;
  teacher: string | null;
  participants: number;
  /** Protocols: the school's pupils marked absent (not participants); null for a class, a teacher or an export. */
  absent: number | null;
  small: boolean;
  /** With the protocol's marks: the «2», their share (with its 95% interval) and the mean mark. */
  marks: GroupMarks | null;
  referenceLevel: ReferenceLevel;
  tasks: TaskOutcome[];
  difficulties: Difficulty[];
}

export interface GroupMarks {
  marked: number;
  failed: number;
  failShare: number;
  ci: [number, number];
  mean: number;
  /** The share of «2» at or above the FIOKO threshold (classify.threshold, %), as for a school's result. */
  low: boolean;
  threshold: number;
  /** A class or teacher: its share (%) of the school's «2»; null for the school, or when it has none. */
  ofSchool: number | null;
}

export interface SchoolTasks extends GroupTasks {
  classes: GroupTasks[];
  teachers: GroupTasks[];
}

export interface ProblemSkill {
  skill: string;
  schools: string[];
  /** A problem in more than half of the schools looked at. */
  majority: boolean;
}

export interface ProcedureTasks {
  procedure: string;
  year: number;
  reference: ReferenceLevel;
  schools: SchoolTasks[];
  district: {
    /** ШНОР when the list is known, else every school. */
    basis: 'shnor' | 'all';
    schools: number;
    problemSkills: ProblemSkill[];
  };
}

export interface TaskAnalysisInput {
  records: TaskResultRecord[];
  maps: TaskMap[];
  params: TaskParams;
  /** The ШНОР of the year, for the district view; null when no results were given. */
  flagged: ReadonlySet<string> | null;
  /** The FIOKO threshold (classify.threshold, %): a «2» share at or above it is low. */
  threshold: number;
}

type References = Map<string, number | null>;

export function analyseTasks(input: TaskAnalysisInput): ProcedureTasks[] {
  const works = groupBy(input.records, (record) => `${record.procedure}|${record.year}`);
  return [...works.values()]
    .map((records) => analyseWork(records, mapFor(input.maps, records[0]!), input))
    .sort((a, b) => b.year - a.year || a.procedure.localeCompare(b.procedure));
}

function analyseWork(records: TaskResultRecord[], map: TaskMap | null, input: TaskAnalysisInput): ProcedureTasks {
  const { procedure, year } = records[0]!;
  const specs = new Map((map?.tasks ?? []).map((t) => [t.task, t]));
  // a school whose pupils were all absent has nothing to analyse
  const wholeSchools = records.filter((r) => r.level === 'school' && r.className === null && r.teacher === null && r.participants > 0);
  const region = records.find((r) => r.level === 'region');
  const municipalities = new Map(records.filter((r) => r.level === 'municipality').map((r) => [r.name ?? '', successes(r, specs)]));
  const regionValues = region ? successes(region, specs) : null;
  const district = districtReferences(wholeSchools, specs);
  const referenceOf = (school: TaskResultRecord): { level: ReferenceLevel; values: References } => {
    if (regionValues) return { level: 'region', values: regionValues };
    const own = school.municipality === null ? undefined : municipalities.get(school.municipality);
    return own ? { level: 'municipality', values: own } : { level: 'district', values: district };
  };
  const partsOf = groupBy(records, (r) => (r.level !== 'school' || (r.className === null && r.teacher === null) ? undefined : r.schoolId));
  const schools = wholeSchools
    .map((school) => {
      const reference = referenceOf(school);
      const parts = partsOf.get(school.schoolId) ?? [];
      const part = (r: TaskResultRecord) => groupTasks(r, { ...reference, specs, input, schoolFailed: school.marks?.failed ?? 0 });
      return {
        ...groupTasks(school, { ...reference, specs, input, schoolFailed: 0 }),
        classes: parts.filter((p) => p.className !== null).map(part),
        teachers: parts.filter((p) => p.teacher !== null).map(part),
      };
    })
    .sort((a, b) => compareNatural(a.schoolId, b.schoolId));
  const level: ReferenceLevel = region ? 'region' : municipalities.size > 0 ? 'municipality' : 'district';
  return { procedure, year, reference: level, schools, district: districtView(schools, input.flagged) };
}

/** The map of the work: same procedure (and year, when the map says one), else a map that names none. */
function mapFor(maps: TaskMap[], record: TaskResultRecord): TaskMap | null {
  const same = maps.filter((m) => m.procedure === record.procedure && (m.year === null || m.year === record.year));
  return same.find((m) => m.year === record.year) ?? same[0] ?? maps.find((m) => m.procedure === null) ?? null;
}

function maxOf(cell: TaskCell, specs: Map<string, TaskSpec>): number | null {
  return cell.max ?? specs.get(cell.task)?.max ?? null;
}

/** A cell's success in percent: as given, or from the points; null when no one answered. */
export function cellSuccess(cell: TaskCell, max: number | null): number | null {
  if (cell.success !== null) return cell.success;
  if (cell.points === null || !cell.answered || !max) return null;
  return (cell.points / (max * cell.answered)) * 100;
}

function successes(record: TaskResultRecord, specs: Map<string, TaskSpec>): References {
  return new Map(record.tasks.map((cell) => [cell.task, cellSuccess(cell, maxOf(cell, specs))]));
}

/** The district from the schools themselves: pooled points where there are points, else weighted by participants. */
function districtReferences(schools: TaskResultRecord[], specs: Map<string, TaskSpec>): References {
  const sums = new Map<string, { weighted: number; weight: number }>();
  for (const school of schools) {
    for (const cell of school.tasks) {
      const max = maxOf(cell, specs);
      const success = cellSuccess(cell, max);
      if (success === null) continue;
      const weight = cell.answered !== null && max ? cell.answered * max : school.participants;
      const sum = sums.get(cell.task) ?? { weighted: 0, weight: 0 };
      sums.set(cell.task, { weighted: sum.weighted + success * weight, weight: sum.weight + weight });
    }
  }
  return new Map([...sums].map(([task, s]) => [task, s.weight > 0 ? s.weighted / s.weight : null]));
}

interface GroupContext {
  level: ReferenceLevel;
  values: References;
  specs: Map<string, TaskSpec>;
  input: TaskAnalysisInput;
  /** A class's or teacher's school: its «2» (0 for the school itself). */
  schoolFailed: number;
}

function groupTasks(record: TaskResultRecord, { level, values, specs, input, schoolFailed }: GroupContext): GroupTasks {
  const { params } = input;
  const tasks = record.tasks.map((cell) => taskOutcome(cell, record.participants, values.get(cell.task) ?? null, specs, params));
  return {
    schoolId: record.schoolId ?? '',
    name: record.name,
    className: record.className,
    teacher: record.teacher,
    participants: record.participants,
    absent: record.absent ?? null,
    small: record.participants < params.smallBelow,
    marks: marksOf(record, input.threshold, schoolFailed),
    referenceLevel: level,
    tasks,
    difficulties: difficultiesOf(tasks),
  };
}

/** The group's marks; `schoolFailed` — the school's «2», for a class's or teacher's share of them (0: none to share). */
function marksOf(record: TaskResultRecord, threshold: number, schoolFailed: number): GroupMarks | null {
  if (!record.marks) return null;
  const { marked, failed, sum } = record.marks;
  return {
    marked, failed, failShare: (failed / marked) * 100, ci: wilson(failed, marked), mean: sum / marked,
    low: isLow({ participants: marked, failed, failPct: null }, threshold),
    threshold,
    ofSchool: schoolFailed > 0 ? (failed / schoolFailed) * 100 : null,
  };
}

function taskOutcome(cell: TaskCell, participants: number, reference: number | null, specs: Map<string, TaskSpec>, params: TaskParams): TaskOutcome {
  const max = maxOf(cell, specs);
  const success = cellSuccess(cell, max);
  const gapPp = success !== null && reference !== null ? success - reference : null;
  const pupils = cell.answered ?? participants;
  const spec = specs.get(cell.task);
  return {
    task: cell.task,
    max,
    success,
    reference,
    gapPp,
    ci: success !== null && pupils > 0 ? wilson((success / 100) * pupils, pupils) : null,
    problem: success !== null && (success < params.lowSuccess || (gapPp !== null && gapPp <= -params.gapPp)),
    skill: spec?.skill ?? null,
    content: spec?.content ?? null,
    zeroShare: cell.zeros !== null && cell.answered ? (cell.zeros / cell.answered) * 100 : null,
    noMax: max === null && cell.success === null,
  };
}

/** Worst first: the largest gap below the reference, then the lowest success. */
function severity(t: TaskOutcome): number {
  return t.gapPp ?? t.success! - 100;
}

function difficultiesOf(tasks: TaskOutcome[]): Difficulty[] {
  const groups = new Map<string, Difficulty>();
  for (const task of tasks.filter((t) => t.problem).sort((a, b) => severity(a) - severity(b))) {
    const key = task.skill ?? task.content ?? `#${task.task}`;
    const group = groups.get(key) ?? { skill: task.skill, content: task.content, tasks: [] };
    group.tasks.push(task);
    groups.set(key, group);
  }
  return [...groups.values()];
}

/** Skills (or tasks, without a map) that are problems across schools: the methodological association's agenda. */
function districtView(schools: SchoolTasks[], flagged: ReadonlySet<string> | null): ProcedureTasks['district'] {
  const basis = flagged && flagged.size > 0 ? 'shnor' : 'all';
  const looked = schools.filter((s) => basis === 'all' || flagged!.has(s.schoolId));
  const bySkill = new Map<string, string[]>();
  for (const school of looked) {
    const skills = new Set(school.tasks.filter((t) => t.problem).map((t) => t.skill ?? t.task));
    for (const skill of skills) {
      const ids = bySkill.get(skill);
      if (ids) ids.push(school.schoolId);
      else bySkill.set(skill, [school.schoolId]);
    }
  }
  const problemSkills = [...bySkill]
    .map(([skill, ids]) => ({ skill, schools: ids, majority: ids.length * 2 > looked.length }))
    .sort((a, b) => b.schools.length - a.schools.length || compareNatural(a.skill, b.skill));
  return { basis, schools: looked.length, problemSkills };
}
