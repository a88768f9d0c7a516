/**
 * `check`'s report in every format. The JSON contract: exactly year, missing[{schoolId, criteria,
 * lowResults[{year, procedure, participants, failed, failShare}]}], extra[{schoolId, reason}],
 * absent[{entry, reason}], dataChecks[{code, level, schoolId, procedure, year, message}].
 */
import { msg, type Lang } from '../../messages/index.js';
import type { ResultAssessment } from '../../rules/fioko.js';
import type { Painter, ReportRenderers } from '../renderers/index.js';
import { escapeMarkdown as escape } from '../escape.js';
import { renderCsv } from '../renderers/csv.js';
import { renderXlsx } from '../renderers/xlsx.js';
import {
  absentText, branchMatchText, checkMessage, checkSubject, counts, entryText, extraText, findingsTable, missingText, nameMatchText, type CheckReport,
} from './report.js';

export const CHECK_RENDERERS: ReportRenderers<CheckReport> = {
  table: (r, c) => renderText(r, c.lang, c.paint),
  csv: (r, c) => renderCsv(findingsTable(r, c.lang), c.excel),
  md: (r, c) => renderMarkdown(r, c.lang),
  json: (r, c) => renderJson(r, c.lang),
  xlsx: (r, c) => renderXlsx([findingsTable(r, c.lang)]),
};

interface Section {
  title: string;
  items: { text: string; strong: boolean }[];
}

function sections(report: CheckReport, lang: Lang): Section[] {
  const c = msg().check;
  const list: Section[] = [];
  const cmp = report.comparison;
  const name = (id: string, schoolName: string | null) => (schoolName && schoolName !== id ? `${id} ${schoolName}` : id);
  if (cmp) {
    list.push(
      { title: c.sections.missing, items: cmp.missing.map((s) => ({ text: `${name(s.schoolId, s.schoolName)}: ${missingText(s, lang)}`, strong: true })) },
      { title: c.sections.extra, items: cmp.extra.map((s) => ({ text: `${name(s.schoolId, s.schoolName)}: ${extraText(s, report.year, lang)}`, strong: true })) },
      { title: c.sections.absent, items: cmp.absent.map((a) => ({ text: `${entryText(a.entry)}: ${absentText(a)}`, strong: true })) },
    );
    if (cmp.nameMatches.length > 0) list.push({ title: c.sections.nameMatches, items: cmp.nameMatches.map((n) => ({ text: nameMatchText(n), strong: false })) });
    if (cmp.branchMatches.length > 0) list.push({ title: c.sections.branchMatches, items: cmp.branchMatches.map((b) => ({ text: branchMatchText(b), strong: false })) });
  }
  list.push({
    title: c.sections.dataChecks,
    items: report.dataChecks.map((d) => {
      const subject = checkSubject(d, lang);
      return { text: `[${c.levels[d.level]}] ${subject ? `${subject}: ` : ''}${checkMessage(d, lang)}`, strong: d.level === 'error' };
    }),
  });
  return list;
}

function summary(report: CheckReport): string[] {
  const c = msg().check;
  const n = counts(report);
  const lines: string[] = [];
  if (report.comparison) lines.push(n.missing + n.extra + n.absent === 0 ? c.verdictOk : c.verdictBad(n));
  lines.push(c.checksSummary(n));
  return lines;
}

function title(report: CheckReport): string {
  const c = msg().check;
  const year = msg().labels.schoolYear(report.year);
  return report.comparison ? c.title(year) : c.titleData(year);
}

function renderText(report: CheckReport, lang: Lang, paint: Painter): string {
  const c = msg().check;
  const lines = [title(report)];
  if (report.draft) lines.push(c.draftFile(report.draft.file, report.draft.entries));
  for (const section of sections(report, lang)) {
    lines.push('', `${section.title} (${section.items.length}):`);
    if (section.items.length === 0) lines.push(`  ${paint.dim(c.none)}`);
    for (const item of section.items) lines.push(`  ${item.strong ? paint.flagged(`• ${item.text}`) : `• ${item.text}`}`);
  }
  lines.push('', ...summary(report));
  return `${lines.join('\n')}\n`;
}

function renderMarkdown(report: CheckReport, lang: Lang): string {
  const c = msg().check;
  const lines = [`# ${escape(title(report))}`, ''];
  if (report.draft) lines.push(escape(c.draftFile(report.draft.file, report.draft.entries)), '');
  lines.push(...summary(report).map((s) => `**${escape(s)}**`).join('\n\n').split('\n'));
  for (const section of sections(report, lang)) {
    lines.push('', `## ${escape(section.title)}`, '');
    if (section.items.length === 0) lines.push(`_${escape(c.none)}_`);
    for (const item of section.items) lines.push(`- ${escape(item.text.replace(/\r?\n/g, ' '))}`);
  }
  return `${lines.join('\n')}\n`;
}

function renderJson(report: CheckReport, lang: Lang): string {
  const cmp = report.comparison;
  const document = {
    year: report.year,
    missing: (cmp?.missing ?? []).map((s) => ({ schoolId: s.schoolId, criteria: s.criteria, lowResults: s.lowResults.map(lowResult) })),
    extra: (cmp?.extra ?? []).map((s) => ({ schoolId: s.schoolId, reason: extraText(s, report.year, lang) })),
    absent: (cmp?.absent ?? []).map((a) => ({ entry: entryText(a.entry), reason: absentText(a) })),
    dataChecks: report.dataChecks.map((d) => ({
      code: d.code, level: d.level, schoolId: d.schoolId, procedure: d.procedure, year: d.year, message: checkMessage(d, lang),
    })),
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}

function lowResult(r: ResultAssessment) {
  return { year: r.year, procedure: r.procedure, participants: r.participants, failed: r.failed, failShare: r.failShare };
}
