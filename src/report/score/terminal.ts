/** score in the terminal: the ranking with each school's weakest indicators and its gaps in data. */
import Table from 'cli-table3';
import { msg, type Lang } from '../../messages/index.js';
import type { SchoolScore } from '../../rules/score.js';
import { issueCounts } from '../classify/report.js';
import { formatNumber } from '../format.js';
import type { Painter } from '../renderers/index.js';
import { basisText } from './markdown.js';
import type { ScoreReport } from './report.js';

export function renderScoreTable(report: ScoreReport, lang: Lang, paint: Painter): string {
  const l = msg().labels;
  const s = msg().score;
  const table = new Table({
    head: [s.rank, l.schoolId, l.schoolName, s.total, s.max, s.percent, s.weak, s.noData],
    style: { head: [], border: [] },
    colWidths: [7, 10, 30, 7, 10, 16, 28, 28],
    wordWrap: true,
  });
  for (const school of report.scoring.schools) {
    const row = rowOf(school, lang);
    table.push(school.flagged ? row.map(paint.flagged) : row);
  }
  const lines = [s.title(l.schoolYear(report.scoring.year)), basisText(report), table.toString()];
  if (report.issues.length > 0) lines.push(paint.dim(l.issuesSummary(issueCounts(report.issues))));
  return `${lines.join('\n')}\n`;
}

function rowOf(school: SchoolScore, lang: Lang): string[] {
  const weak = school.indicators.filter((i) => i.lowest).map((i) => i.id).join(', ');
  const gaps = school.indicators.filter((i) => i.reason === 'no-data').map((i) => i.id).join(', ');
  return [
    String(school.rank ?? '—'), school.schoolId, school.schoolName ?? '', String(school.total), String(school.max),
    school.percent === null ? '—' : formatNumber(school.percent, lang), weak, gaps,
  ];
}
