/** tasks' report in every format. JSON (compact, in pieces): one work as issue 9 fixes it; several works as { works: [...] }. */
import type { Lang } from '../../messages/index.js';
import { markdownEscaper } from '../escape.js';
import { shortIds } from '../format.js';
import { renderCsv } from '../renderers/csv.js';
import type { ReportRenderers } from '../renderers/index.js';
import { renderXlsx } from '../renderers/xlsx.js';
import { issueTable } from '../table-model.js';
import {
  basisText, difficultyLines, districtLines, groupHeading, marksTable, partsOf, skillsTable, tasksTable, workJson, workTitle, type TasksReport,
} from './report.js';

function renderText(report: TasksReport, lang: Lang, markdown: boolean): string {
  const lines: string[] = [];
  const text = markdownEscaper(markdown);
  const item = (line: string, depth: number) => (markdown ? `${'  '.repeat(depth)}- ${text(line)}` : `${'  '.repeat(depth + 1)}${line}`);
  const title = (line: string, level: string) => (markdown ? `${level} ${text(line)}` : line);
  for (const work of report.works) {
    lines.push(title(workTitle(work, lang), '#'), '', text(basisText(work, report.params, lang)), '');
    for (const school of work.schools) {
      lines.push(title(groupHeading(school, lang), '##'));
      lines.push(...difficultyLines(school, lang).map((line) => item(line, 0)));
      for (const part of partsOf(school, report.by)) {
        lines.push(item(groupHeading(part, lang), 0), ...difficultyLines(part, lang).map((line) => item(line, 1)));
      }
      lines.push('');
    }
    const [header, ...skills] = markdown ? districtLines(work) : districtLines(work, shortIds);
    lines.push(title(header!, '##'), ...skills.map((line) => item(line, 0)), '');
  }
  return `${lines.join('\n').trimEnd()}\n`;
}

function* renderJson(report: TasksReport): Generator<string> {
  const [only, ...more] = report.works;
  if (only !== undefined && more.length === 0) {
    yield* workJson(only, report);
  } else {
    yield '{"works":[';
    for (const [i, work] of report.works.entries()) {
      if (i > 0) yield ',';
      yield* workJson(work, report);
    }
    yield ']}';
  }
  yield '\n';
}

export const TASKS_RENDERERS: ReportRenderers<TasksReport> = {
  table: (r, c) => renderText(r, c.lang, false),
  csv: (r, c) => renderCsv(tasksTable(r, c.lang), c.excel),
  md: (r, c) => renderText(r, c.lang, true),
  json: (r) => renderJson(r),
  xlsx: (r, c) => renderXlsx([tasksTable(r, c.lang), ...[marksTable(r, c.lang)].filter((t) => t !== null), skillsTable(r, c.lang), issueTable(r.issues)]),
};
