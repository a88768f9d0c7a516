/**
 * score in the terminal: the ranking with each school's weakest indicators and its gaps in data,
 * fitted to the terminal's width (the points as «7 из 9» in one column).
 */
import { msg, type Lang } from '../../messages/index.js';
import type { SchoolScore } from '../../rules/score.js';
import { issueCounts } from '../classify/report.js';
import { formatNumber } from '../format.js';
import type { RenderContext } from '../renderers/index.js';
import { drawTable, fitColumns } from '../terminal-table.js';
import { basisText } from './markdown.js';
import type { ScoreReport } from './report.js';

export function renderScoreTable(report: ScoreReport, { lang, paint, width }: RenderContext): string {
  const l = msg().labels;
  const s = msg().score;
  const rows = report.scoring.schools.map((school) => rowOf(school, lang));
  const column = (i: number) => rows.map((row) => row[i]!);
  const head = [s.rank, l.schoolId, l.schoolName, s.total, s.percent, s.weak, s.noData];
  const widths = fitColumns([
    { heading: s.rank, values: column(0) },
    { heading: l.schoolId, values: column(1) },
    { heading: l.schoolName, preferred: 28 },
    { heading: s.total, values: column(3) },
    { heading: s.percent, preferred: 14 },
    { heading: s.weak, preferred: 26 },
    { heading: s.noData, preferred: 26 },
  ], width);
  const table = drawTable(head, widths, report.scoring.schools.map((school, i) => ({ rows: [rows[i]!], marked: school.flagged })), paint.flagged, true);
  const lines = [s.title(l.schoolYear(report.scoring.year)), basisText(report), table];
  if (report.issues.length > 0) lines.push(paint.dim(l.issuesSummary(issueCounts(report.issues))));
  return `${lines.join('\n')}\n`;
}

function rowOf(school: SchoolScore, lang: Lang): string[] {
  const weak = school.indicators.filter((i) => i.lowest).map((i) => i.id).join(', ');
  const gaps = school.indicators.filter((i) => i.reason === 'no-data').map((i) => i.id).join(', ');
  return [
    String(school.rank ?? '—'), school.schoolId, school.schoolName ?? '', msg().score.totalOf(school.total, school.max),
    school.percent === null ? '—' : formatNumber(school.percent, lang), weak, gaps,
  ];
}
