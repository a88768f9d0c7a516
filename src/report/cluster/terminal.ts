/**
 * cluster in the terminal: a cli-table3 table of school, cluster and reasons, each wrapped line
 * its own row (cli-table3 is slow on multi-line cells, as in classify).
 */
import Table from 'cli-table3';
import { msg, type Lang } from '../../messages/index.js';
import type { ClusterVerdict } from '../../rules/clusters.js';
import { issueCounts } from '../classify/report.js';
import { schoolCells, wrap } from '../classify/terminal.js';
import type { Painter } from '../renderers/index.js';
import { basisText, clusterLabel, reasonTexts, summaryText, type ClusterReport } from './report.js';

const WIDTHS = [12, 30, 28, 64];
const NO_INNER_RULES = { mid: '', 'left-mid': '', 'mid-mid': '', 'right-mid': '' };

export function renderClusterTable(report: ClusterReport, lang: Lang, paint: Painter): string {
  const l = msg().labels;
  const c = msg().cluster;
  const { year, schools } = report.analysis;
  const table = new Table({
    head: [l.schoolId, l.schoolName, c.cluster, c.reasons],
    style: { head: [], border: [] },
    colWidths: WIDTHS,
    chars: NO_INNER_RULES,
  });
  schools.forEach((school, index) => {
    if (index > 0) table.push(WIDTHS.map(() => ''));
    for (const line of schoolLines(school, year, lang)) table.push(school.cluster === 1 ? line.map(paint.flagged) : line);
  });
  const lines = [c.title(l.schoolYear(year)), basisText(report), table.toString(), summaryText(report)];
  if (report.issues.length > 0) lines.push(paint.dim(l.issuesSummary(issueCounts(report.issues))));
  return `${lines.join('\n')}\n`;
}

function schoolLines(school: ClusterVerdict, year: number, lang: Lang): string[][] {
  const label = `${school.cluster === null ? '' : `${school.cluster}. `}${clusterLabel(school.cluster, lang)}`;
  const columns = [...schoolCells(school), [label], reasonTexts(school, year, lang)]
    .map((texts, i) => texts.flatMap((text) => wrap(text, WIDTHS[i]! - 2)));
  const height = Math.max(...columns.map((column) => column.length));
  return Array.from({ length: height }, (_, row) => columns.map((column) => column[row] ?? ''));
}
