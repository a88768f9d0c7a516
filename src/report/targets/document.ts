/**
 * targets' document: the title, the basis and the count of statuses, then the indicators — a line
 * each on the screen, a table on the page. The JSON is issue 8's contract.
 */
import { messagesOf, type Lang } from '../../messages/index.js';
import { paragraph, table, type Block, type Document } from '../document/model.js';
import { issueMessage } from '../issue-text.js';
import { issueTable } from '../table-model.js';
import { statusCounts, targetJson, targetLine, targetsTable, type TargetsReport } from './report.js';

export function targetsDocument(report: TargetsReport, lang: Lang): Document {
  const t = messagesOf(lang);
  const l = t.labels;
  const year = l.schoolYear(report.year);
  const notes = [
    ...(report.outsidePeriod ? [t.targets.outsidePeriod({ year, ...report.outsidePeriod })] : []),
    t.targets.basis({ year, previous: l.schoolYear(report.year - 1) }),
    ...(report.shnsuNote ? [report.shnsuNote] : []),
    t.targets.summary(statusCounts(report.targets)),
  ];
  const blocks: Block[] = [
    ...notes.map((text) => ({ ...paragraph(text), tight: 'screen' as const })),
    { ...table(targetsTable(report.targets, report.year, lang)), only: 'page' },
    { kind: 'lines', only: 'screen', lines: report.targets.map((o) => targetLine(o, report.year, lang)) },
  ];
  return {
    title: t.targets.title({ year, programme: report.programme.title }),
    sections: [{ title: null, blocks }],
    sheets: [targetsTable(report.targets, report.year, lang), issueTable(report.issues, lang)],
    json: { value: targetsJson(report, lang) },
  };
}

function targetsJson(report: TargetsReport, lang: Lang) {
  return {
    year: report.year,
    programme: report.programme,
    indicators: report.targets.map((o) => targetJson(o, report.year, lang)),
    issues: report.issues.map((i) => ({ file: i.file, sheet: i.sheet, row: i.row, column: i.column, code: i.code, message: issueMessage(i, lang) })),
  };
}
