/**
 * tasks' document: per work its title and basis, a section per school with its карта затруднений
 * (and its classes or teachers when asked), then the district's common problems — the screen cuts
 * a long list of schools. The JSON (compact, in pieces): one work as issue 9 fixes it; several
 * works as { works: [...] }.
 */
import type { Lang } from '../../messages/index.js';
import type { ProcedureTasks } from '../../rules/tasks.js';
import { paragraph, type Block, type Document, type ListItem, type Section } from '../document/model.js';
import { shortIds } from '../format.js';
import { issueTable } from '../table-model.js';
import {
  basisText, difficultyLines, districtLines, groupHeading, marksTable, partsOf, skillsTable, tasksTable, workJson, workTitle, type TasksReport,
} from './report.js';

/**
 * One work titles the document. Several each open with a section of just their title (`##` on the
 * page: a document has one title), their basis after it as on the screen, with a blank line.
 */
export function tasksDocument(report: TasksReport, lang: Lang): Document {
  const single = report.works.length === 1;
  return {
    title: single ? workTitle(report.works[0]!, lang) : null,
    sections: report.works.flatMap((work) => [
      ...(single ? [] : [{ title: workTitle(work, lang), blocks: [] }]),
      ...workSections(work, report, lang),
    ]),
    sheets: [tasksTable(report, lang), ...[marksTable(report, lang)].filter((t) => t !== null), skillsTable(report, lang), issueTable(report.issues, lang)],
    json: { pieces: () => tasksJson(report, lang) },
  };
}

/** A list of difficulties: no bullet on the screen, right under its heading. */
const difficulties = (items: (string | ListItem)[]): Block => ({ kind: 'list', items, marker: '', tight: true });

function workSections(work: ProcedureTasks, report: TasksReport, lang: Lang): Section[] {
  const [header, ...skills] = districtLines(work, lang);
  const [, ...shortSkills] = districtLines(work, lang, (ids) => shortIds(ids, lang));
  return [
    { title: null, blocks: [paragraph(basisText(work, report.params, lang))] },
    ...work.schools.map((school): Section => {
      const parts = partsOf(school, report.by).map((part): ListItem => ({ text: groupHeading(part, lang), items: difficultyLines(part, lang).map((text) => ({ text })) }));
      return { title: groupHeading(school, lang), blocks: [difficulties([...difficultyLines(school, lang), ...parts])] };
    }),
    { title: header!, blocks: [{ ...difficulties(skills), only: 'page' }, { ...difficulties(shortSkills), only: 'screen' }] },
  ];
}

function* tasksJson(report: TasksReport, lang: Lang): Generator<string> {
  const [only, ...more] = report.works;
  if (only !== undefined && more.length === 0) {
    yield* workJson(only, report, lang);
  } else {
    yield '{"works":[';
    for (const [i, work] of report.works.entries()) {
      if (i > 0) yield ',';
      yield* workJson(work, report, lang);
    }
    yield ']}';
  }
  yield '\n';
}
