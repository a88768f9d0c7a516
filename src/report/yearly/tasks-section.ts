/**
 * The report's section on task-level results (issue 9): the карта затруднений of every ШНОР,
 * the district's common problem skills and a heat map of schools × tasks by the gap. Teachers
 * appear only with `report.teachers: true`.
 */
import { messagesOf, type Lang } from '../../messages/index.js';
import { procedureName } from '../procedure-name.js';
import type { ProcedureTasks, TaskParams } from '../../rules/tasks.js';
import { taskHeatmap } from '../charts.js';
import { chart, heading, list, paragraph, type Block, type Section } from '../document/model.js';
import { basisText, difficultyLines, districtLines, groupHeading, workTitle } from '../tasks/report.js';

export interface TasksSectionInput {
  works: ProcedureTasks[];
  flagged: ReadonlySet<string>;
  params: TaskParams;
  teachers: boolean;
  /** The years of the task results read, the report's year among them or not. */
  yearsRead: number[];
}

/** `gap`: why the section has no data (src/report/yearly/gaps.ts), its first sentence. */
export function tasksSection(input: TasksSectionInput, lang: Lang, title: string, gap?: string): Section {
  const d = messagesOf(lang).difficulties;
  const blocks: Block[] = gap ? [paragraph(gap)] : [];
  for (const work of input.works) {
    blocks.push(heading(workTitle(work, lang)), paragraph(basisText(work, input.params, lang)));
    for (const school of work.schools.filter((s) => input.flagged.has(s.schoolId))) {
      const parts = [...school.classes, ...(input.teachers ? school.teachers : [])];
      blocks.push(paragraph(groupHeading(school, lang)), list([
        ...difficultyLines(school, lang),
        ...parts.map((part) => `${groupHeading(part, lang)}: ${difficultyLines(part, lang).join('; ')}`),
      ]));
    }
    // common difficulties of no school are none to speak of, not «затруднений нет»
    if (work.district.schools > 0) {
      const [header, ...skills] = districtLines(work, lang);
      blocks.push(paragraph(header!), list(skills.length > 0 ? skills : [d.noProblems]));
    }
    const cells = work.schools.flatMap((s) => s.tasks.filter((t) => t.gapPp !== null).map((t) => ({ school: s.schoolId, task: t.task, gap: Math.round(t.gapPp! * 10) / 10 })));
    if (cells.length > 0) {
      const name = `tasks-${work.procedure}-${work.year}`;
      blocks.push(chart(taskHeatmap(name, d.heatTitle(procedureName(work.procedure, lang)), cells, { school: d.heatSchool, task: d.heatTask, gap: d.heatGap, shown: d.heatShown })));
    }
  }
  return { id: 'tasks', title, blocks };
}
