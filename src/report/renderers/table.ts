/**
 * The terminal table (cli-table3). Colour comes from the painter the CLI passes in, so this
 * module never decides about terminals or NO_COLOR.
 */
import Table from 'cli-table3';
import { msg, type Lang } from '../../messages/index.js';
import type { SchoolVerdict } from '../../rules/fioko.js';
import type { ClassifyReport } from '../classify-report.js';
import { issueCounts } from '../classify-report.js';
import { describeResult, explainNote } from '../explain.js';

export interface Painter {
  flagged(text: string): string;
  dim(text: string): string;
}

export function renderTable(report: ClassifyReport, lang: Lang, paint: Painter): string {
  const { year, method, schools } = report.classification;
  const l = msg().labels;
  const table = new Table({
    head: [l.schoolId, l.schoolName, l.flagged, l.criteria, l.lowResults, l.notes],
    style: { head: [], border: [] },
    wordWrap: true,
    colWidths: [12, 28, 7, 9, 38, 44],
  });
  for (const school of schools) {
    const cells = schoolCells(school, year, method.threshold, lang);
    table.push(school.flagged ? cells.map(paint.flagged) : cells);
  }
  const flagged = schools.filter((s) => s.flagged).length;
  const lines = [l.title(l.schoolYear(year)), table.toString(), l.summary({ flagged, total: schools.length })];
  if (report.issues.length > 0) lines.push(paint.dim(l.issuesSummary(issueCounts(report.issues))));
  return `${lines.join('\n')}\n`;
}

function schoolCells(school: SchoolVerdict, year: number, threshold: number, lang: Lang): string[] {
  const l = msg().labels;
  const low = school.lowResults.map((r) => describeResult(r, lang, true)).join('\n');
  const notes = school.notes
    .filter((n) => n.code !== 'criterion-a' && n.code !== 'criterion-b')
    .map((n) => explainNote(n, year, threshold, lang))
    .join('\n');
  return [school.schoolId, school.schoolName ?? '', school.flagged ? l.yes : l.no, school.criteria.join(', '), low, notes];
}
