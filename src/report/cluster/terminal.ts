/**
 * cluster in the terminal: a cli-table3 table of school, cluster and reasons fitted to the
 * terminal's width, each wrapped line its own row (cli-table3 is slow on multi-line cells, as in
 * classify).
 */
import Table from 'cli-table3';
import { msg, type Lang } from '../../messages/index.js';
import type { ClusterVerdict } from '../../rules/clusters.js';
import { issueCounts } from '../classify/report.js';
import type { RenderContext } from '../renderers/index.js';
import { NO_INNER_RULES, cellLines, fitColumns, headingCell, schoolCells } from '../terminal-table.js';
import { basisText, clusterLabel, reasonTexts, summaryText, type ClusterReport } from './report.js';

export function renderClusterTable(report: ClusterReport, { lang, paint, width }: RenderContext): string {
  const l = msg().labels;
  const c = msg().cluster;
  const { year, schools } = report.analysis;
  const head = [l.schoolId, l.schoolName, c.cluster, c.reasons];
  const widths = fitColumns([
    { heading: l.schoolId, values: schools.map((s) => schoolCells(s)[0][0]!) },
    { heading: l.schoolName, preferred: 28 },
    { heading: c.cluster, preferred: 26, unbroken: schools.map((s) => clusterLabel(s.cluster, lang)) },
    { heading: c.reasons, preferred: 62 },
  ], width);
  const table = new Table({
    head: head.map((h, i) => headingCell(h, widths[i]!)),
    style: { head: [], border: [] },
    colWidths: widths,
    chars: NO_INNER_RULES,
  });
  schools.forEach((school, index) => {
    if (index > 0) table.push(widths.map(() => ''));
    for (const line of schoolLines(school, year, lang, widths)) table.push(school.cluster === 1 ? line.map(paint.flagged) : line);
  });
  const lines = [c.title(l.schoolYear(year)), basisText(report), table.toString(), summaryText(report)];
  if (report.issues.length > 0) lines.push(paint.dim(l.issuesSummary(issueCounts(report.issues))));
  return `${lines.join('\n')}\n`;
}

function schoolLines(school: ClusterVerdict, year: number, lang: Lang, widths: number[]): string[][] {
  const label = `${school.cluster === null ? '' : `${school.cluster}. `}${clusterLabel(school.cluster, lang)}`;
  const columns = [...schoolCells(school), [label], reasonTexts(school, year, lang)]
    .map((texts, i) => texts.flatMap((text) => cellLines(text, widths[i]!)));
  const height = Math.max(...columns.map((column) => column.length));
  return Array.from({ length: height }, (_, row) => columns.map((column) => column[row] ?? ''));
}
