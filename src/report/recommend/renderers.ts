/** recommend's report in every format. JSON keys as issue #5 fixes them. */
import { msg, type Lang } from '../../messages/index.js';
import { markdownEscaper } from '../escape.js';
import { renderCsv } from '../renderers/csv.js';
import type { ReportRenderers } from '../renderers/index.js';
import { renderXlsx } from '../renderers/xlsx.js';
import { issueMessage } from '../issue-text.js';
import { issueTable } from '../table-model.js';
import { byAudience, measureText, recommendationLine, recommendationsTable, schoolHeading, taskValue, type RecommendReport } from './report.js';

function renderText(report: RecommendReport, lang: Lang, markdown: boolean): string {
  const r = msg().yearly.recommendations;
  const text = markdownEscaper(markdown);
  const lines: string[] = [markdown ? `# ${text(r.title)}` : r.title, ''];
  for (const school of report.schools) {
    lines.push(markdown ? `## ${text(schoolHeading(school, lang))}` : schoolHeading(school, lang));
    if (school.recommendations.length === 0) lines.push(`  ${text(r.none)}`);
    for (const group of byAudience(school.recommendations)) {
      const audience = text(r.audiences[group.audience]);
      lines.push(markdown ? `\n### ${audience}\n` : `  ${audience}:`);
      for (const rec of group.items) lines.push(markdown ? `- ${text(recommendationLine(rec, lang))}` : `    – ${recommendationLine(rec, lang)}`);
    }
    lines.push('');
  }
  return `${lines.join('\n').trimEnd()}\n`;
}

function renderJson(report: RecommendReport): string {
  const document = {
    year: report.year,
    schools: report.schools.map((school) => ({
      schoolId: school.schoolId,
      cluster: school.cluster?.cluster ?? null,
      recommendations: school.recommendations.map((rec) => ({
        id: rec.id,
        audience: rec.audience,
        priority: rec.priority,
        text: measureText(rec),
        responsible: rec.entry.responsible,
        timing: rec.entry.timing,
        source: rec.entry.source,
        // a task reason keeps its JSON value «40.5/62» (the number format of --lang en)
        reasons: rec.reasons.map((reason) => ({
          trigger: reason.trigger, procedure: reason.procedure, indicator: reason.indicator, value: reason.trigger === 'task' ? taskValue(reason, 'en') : reason.value,
        })),
      })),
    })),
    issues: report.issues.map((i) => ({ file: i.file, sheet: i.sheet, row: i.row, column: i.column, code: i.code, message: issueMessage(i) })),
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}

export const RECOMMEND_RENDERERS: ReportRenderers<RecommendReport> = {
  table: (r, c) => renderText(r, c.lang, false),
  md: (r, c) => renderText(r, c.lang, true),
  json: (r) => renderJson(r),
  csv: (r, c) => renderCsv(recommendationsTable(r, c.lang), c.excel),
  xlsx: (r, c) => renderXlsx([recommendationsTable(r, c.lang), issueTable(r.issues)]),
};
