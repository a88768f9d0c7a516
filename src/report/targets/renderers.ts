/** targets' report in every format; the JSON is issue 8's contract. */
import { msg, type Lang } from '../../messages/index.js';
import { tableLines } from '../document/markdown.js';
import { escapeMarkdown } from '../escape.js';
import { issueMessage } from '../issue-text.js';
import { renderCsv } from '../renderers/csv.js';
import type { ReportRenderers } from '../renderers/index.js';
import { renderXlsx } from '../renderers/xlsx.js';
import { issueTable } from '../table-model.js';
import type { TargetOutcome } from '../../rules/targets.js';
import { statusCounts, targetJson, targetLine, targetsTable } from './report.js';

export interface TargetsReport {
  year: number;
  programme: { id: string; title: string };
  targets: TargetOutcome[];
  /** The ШНСУ note, once: no profile, or no ИСБШ threshold; null when neither applies. */
  shnsuNote: string | null;
  issues: Parameters<typeof issueMessage>[0][];
}

function header(report: TargetsReport): string[] {
  const t = msg().targets;
  const l = msg().labels;
  const year = l.schoolYear(report.year);
  return [
    t.title({ year, programme: report.programme.title }),
    t.basis({ year, previous: l.schoolYear(report.year - 1) }),
    ...(report.shnsuNote ? [report.shnsuNote] : []),
    t.summary(statusCounts(report.targets)),
  ];
}

function renderText(report: TargetsReport, lang: Lang): string {
  const [title, ...rest] = header(report);
  return `${[title, ...rest, '', ...report.targets.map((o) => targetLine(o, report.year, lang))].join('\n')}\n`;
}

function renderMarkdown(report: TargetsReport, lang: Lang): string {
  const [title, ...rest] = header(report);
  const lines = [`# ${escapeMarkdown(title!)}`, '', ...rest.flatMap((p) => [escapeMarkdown(p), '']), ...tableLines(targetsTable(report.targets, report.year, lang), lang)];
  return `${lines.join('\n')}\n`;
}

function renderJson(report: TargetsReport, lang: Lang): string {
  const document = {
    year: report.year,
    programme: report.programme,
    indicators: report.targets.map((o) => targetJson(o, report.year, lang)),
    issues: report.issues.map((i) => ({ file: i.file, sheet: i.sheet, row: i.row, column: i.column, code: i.code, message: issueMessage(i) })),
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}

export const TARGETS_RENDERERS: ReportRenderers<TargetsReport> = {
  table: (r, c) => renderText(r, c.lang),
  csv: (r, c) => renderCsv(targetsTable(r.targets, r.year, c.lang), c.excel),
  md: (r, c) => renderMarkdown(r, c.lang),
  json: (r, c) => renderJson(r, c.lang),
  xlsx: (r, c) => renderXlsx([targetsTable(r.targets, r.year, c.lang), issueTable(r.issues)]),
};
