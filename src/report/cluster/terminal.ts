/**
 * cluster in the terminal: a cli-table3 table of school, cluster and reasons fitted to the
 * terminal's width, each wrapped line its own row (cli-table3 is slow on multi-line cells, as in
 * classify).
 */
import { msg, type Lang } from '../../messages/index.js';
import type { ClusterVerdict } from '../../rules/clusters.js';
import { issueCounts } from '../classify/report.js';
import type { RenderContext } from '../renderers/index.js';
import { drawTable, fitColumns, lineRows, schoolCells } from '../terminal-table.js';
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
  const table = drawTable(head, widths, schools.map((s) => ({ rows: schoolLines(s, year, lang, widths), marked: s.cluster === 1 })), paint.flagged);
  const lines = [c.title(l.schoolYear(year)), basisText(report), table, summaryText(report)];
  if (report.issues.length > 0) lines.push(paint.dim(l.issuesSummary(issueCounts(report.issues))));
  return `${lines.join('\n')}\n`;
}

function schoolLines(school: ClusterVerdict, year: number, lang: Lang, widths: number[]): string[][] {
  const label = `${school.cluster === null ? '' : `${school.cluster}. `}${clusterLabel(school.cluster, lang)}`;
  return lineRows([...schoolCells(school), [label], reasonTexts(school, year, lang)], widths);
}
