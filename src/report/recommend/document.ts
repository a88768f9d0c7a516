/**
 * recommend's document: a section per school, its measures grouped by addressee — a heading and a
 * list on the page, an indented block of lines on the screen. JSON keys as issue #5 fixes them.
 */
import { messagesOf, type Lang } from '../../messages/index.js';
import { heading, list, paragraph, type Block, type Document, type Section } from '../document/model.js';
import { issueMessage } from '../issue-text.js';
import { issueTable } from '../table-model.js';
import {
  byAudience, catalogueNote, documentText, measureText, recommendationLine, recommendationsTable, schoolHeading, taskValue, type RecommendReport, type SchoolRecommendations,
} from './report.js';

export function recommendDocument(report: RecommendReport, lang: Lang): Document {
  const r = messagesOf(lang).yearly.recommendations;
  const note = catalogueNote(report.schools.flatMap((s) => s.recommendations), lang);
  return {
    title: r.title,
    sections: [...(note ? [{ title: null, blocks: [paragraph(note)] }] : []), ...report.schools.map((school) => schoolSection(school, lang))],
    sheets: [recommendationsTable(report, lang), issueTable(report.issues, lang)],
    json: { value: recommendJson(report, lang) },
  };
}

function schoolSection(school: SchoolRecommendations, lang: Lang): Section {
  const r = messagesOf(lang).yearly.recommendations;
  const none: Block[] = school.recommendations.length === 0 ? [{ ...paragraph(`  ${r.none}`), tight: true }] : [];
  const groups = byAudience(school.recommendations).flatMap((group): Block[] => {
    const audience = r.audiences[group.audience];
    const lines = group.items.map((rec) => recommendationLine(rec, lang));
    return [
      { ...heading(audience), only: 'page' },
      { ...list(lines), only: 'page' },
      { kind: 'lines', only: 'screen', tight: 'screen', indent: 2, lines: [`${audience}:`, ...lines.map((line) => `  – ${line}`)] },
    ];
  });
  return { title: schoolHeading(school, lang), blocks: [...none, ...groups] };
}

function recommendJson(report: RecommendReport, lang: Lang) {
  return {
    year: report.year,
    schools: report.schools.map((school) => ({
      schoolId: school.schoolId,
      cluster: school.cluster?.cluster ?? null,
      recommendations: school.recommendations.map((rec) => ({
        id: rec.id,
        audience: rec.audience,
        priority: rec.priority,
        text: measureText(rec, lang),
        responsible: rec.entry.responsible,
        timing: rec.entry.timing,
        source: { ...rec.entry.source, citation: documentText(rec, lang) },
        // a task reason keeps its JSON value «40.5/62» (the number format of --lang en); a reason resting
        // on changes that are not significant names them ({ procedure, from, to, deltaPp, pValue })
        reasons: rec.reasons.map((reason) => ({
          trigger: reason.trigger, procedure: reason.procedure, indicator: reason.indicator, value: reason.trigger === 'task' ? taskValue(reason, 'en') : reason.value,
          ...(reason.notSignificant ? { notSignificant: reason.notSignificant } : {}),
        })),
      })),
    })),
    issues: report.issues.map((i) => ({ file: i.file, sheet: i.sheet, row: i.row, column: i.column, code: i.code, message: issueMessage(i, lang) })),
  };
}
