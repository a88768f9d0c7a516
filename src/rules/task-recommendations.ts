/**
 * Task-level measures (issue 9): a problem skill of a school calls for its teachers of the
 * subject to work on those tasks («задания 4(1), 7: … — в ИОМ учителя математики; повторение в 6
 * классе»), ordered by the gap; a skill that is a problem in most ШНОР calls for the municipal
 * methodological association. Why: the task, the school's success and the reference. The texts
 * are the catalogue's (trigger «task»), their blanks filled by the renderer from `fill`.
 */
import type { CatalogEntry } from '../model/catalog.js';
import { parseProcedure } from '../model/procedures.js';
import type { Recommendation } from './recommendations.js';
import type { ProcedureTasks, SchoolTasks } from './tasks.js';

export interface TaskFill {
  tasks: string;
  skill: string | null;
  /** The subject code (MA, RU …) and the grade the tasks come back in, for the renderer's words. */
  subject: string | null;
  nextGrade: number | null;
  count: number | null;
  total: number | null;
}

export function taskRecommendations(school: SchoolTasks, work: ProcedureTasks, catalog: CatalogEntry[]): Recommendation[] {
  const forSchool = catalog.filter((e) => e.trigger.kind === 'task' && e.trigger.scope === 'school');
  const forDistrict = catalog.filter((e) => e.trigger.kind === 'task' && e.trigger.scope === 'district');
  const procedure = parseProcedure(work.procedure);
  const base = { subject: procedure?.subject ?? null, nextGrade: procedure?.grade ? procedure.grade + 1 : null };
  const own = school.difficulties.flatMap((difficulty, index) =>
    forSchool.map((entry) => ({
      id: `${entry.id}:${work.procedure}:${index + 1}`,
      audience: entry.audience,
      priority: 1,
      entry,
      reasons: difficulty.tasks.map((t) => ({ trigger: 'task' as const, procedure: work.procedure, indicator: t.task, value: t.success, compared: t.reference })),
      fill: { ...base, tasks: difficulty.tasks.map((t) => t.task).join(', '), skill: difficulty.skill ?? difficulty.content, count: null, total: null },
    })));
  const problemTasks = new Map(school.tasks.filter((t) => t.problem).map((t) => [t.skill ?? t.task, t]));
  const shared = work.district.problemSkills
    .filter((p) => p.majority && p.schools.includes(school.schoolId))
    .flatMap((p) => forDistrict.map((entry) => ({
      id: `${entry.id}:${work.procedure}:${p.skill}`,
      audience: entry.audience,
      priority: 2,
      entry,
      reasons: [{ trigger: 'task' as const, procedure: work.procedure, indicator: problemTasks.get(p.skill)?.task ?? null, value: p.schools.length, compared: work.district.schools }],
      fill: {
        ...base, skill: p.skill, count: p.schools.length, total: work.district.schools,
        tasks: school.tasks.filter((t) => t.problem && (t.skill ?? t.task) === p.skill).map((t) => t.task).join(', '),
      },
    })));
  return [...own, ...shared];
}
