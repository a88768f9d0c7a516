/**
 * recommend's document: a section per school, its measures grouped by addressee — a heading and a
 * list on the page, every measure in the JSON and the workbook. The screen gives a summary: each
 * school's first measures (as the справка chooses them), a line each with its first ground (cut to
 * the terminal's width), the municipal service's measures once; `full`, every measure as on the page. JSON keys as issue #5
 * fixes them.
 */
import { messagesOf, type Lang } from '../../messages/index.js';
import { heading, list, paragraph, type Block, type Document, type Section } from '../document/model.js';
import { issueMessage } from '../issue-text.js';
import { objectivityMeasuresLine } from '../objectivity-source.js';
import { issueTable } from '../table-model.js';
import {
  byAudience, catalogueNote, documentText, firstReason, measureText, municipalLines, PRIORITY_MEASURES, priorityMeasures, recommendationLine, recommendationsTable, schoolHeading, taskValue,
  type RecommendReport, type SchoolRecommendations,
} from './report.js';

/** `full`: every measure on the screen too, not the summary. */
export function recommendDocument(report: RecommendReport, lang: Lang, full = false): Document {
  const r = messagesOf(lang).yearly.recommendations;
  const all = report.schools.flatMap((s) => s.recommendations);
  const notes = [
    catalogueNote(all, lang),
    // a measure on indicator 1.18 rests on a flag whose source the run chose: said once
    all.some((rec) => rec.reasons.some((reason) => reason.indicator === '1.18')) ? objectivityMeasuresLine(report.objectivityFrom, lang) : null,
  ].filter((note): note is string => note !== null);
  return {
    title: r.title,
    sections: [
      ...(notes.length > 0 ? [{ title: null, blocks: notes.map((note) => paragraph(note)) }] : []),
      ...report.schools.map((school) => schoolSection(school, lang, full)), ...(full ? [] : summaryEnd(report, lang)),
    ],
    sheets: [recommendationsTable(report, lang), issueTable(report.issues, lang)],
    json: { value: recommendJson(report, lang) },
  };
}

function schoolSection(school: SchoolRecommendations, lang: Lang, full: boolean): Section {
  const r = messagesOf(lang).yearly.recommendations;
  const none: Block[] = school.recommendations.length === 0 ? [{ ...paragraph(`  ${r.none}`), tight: true }] : [];
  const groups = byAudience(school.recommendations).flatMap((group): Block[] => {
    const audience = r.audiences[group.audience];
    const lines = group.items.map((rec) => recommendationLine(rec, lang));
    return [
      { ...heading(audience), only: 'page' },
      { ...list(lines), only: 'page' },
      ...(full ? [{ kind: 'lines', only: 'screen', tight: 'screen', indent: 2, lines: [`${audience}:`, ...lines.map((line) => `  – ${line}`)] } satisfies Block] : []),
    ];
  });
  const first = priorityMeasures(school.recommendations);
  const summary: Block[] = full || first.length === 0 ? [] : [{
    kind: 'lines', only: 'screen', tight: 'screen', indent: 2, cut: true,
    lines: first.map((rec) => `– ${r.audiences[rec.audience]}: ${measureText(rec, lang)} — ${firstReason(rec, lang)}`),
  }];
  return { title: schoolHeading(school, lang), blocks: [...none, ...summary, ...groups] };
}

/** After the summary: the municipal service's measures once, and what the summary leaves out. */
function summaryEnd(report: RecommendReport, lang: Lang): Section[] {
  const r = messagesOf(lang).yearly.recommendations;
  const municipal = municipalLines(report.schools, lang);
  const all = report.schools.reduce((sum, school) => sum + school.recommendations.length, 0);
  return [
    ...(municipal.length > 0 ? [{ title: r.municipal, only: 'screen' as const, blocks: [{ kind: 'list', items: municipal, marker: '– ' } satisfies Block] }] : []),
    { title: null, only: 'screen', blocks: [paragraph(r.screenSummary({ count: PRIORITY_MEASURES, all, schools: report.schools.length }), 'dim')] },
  ];
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
