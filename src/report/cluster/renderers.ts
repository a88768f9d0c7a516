/** cluster's report in every format. */
import { renderCsv } from '../renderers/csv.js';
import type { ReportRenderers } from '../renderers/index.js';
import { renderXlsx } from '../renderers/xlsx.js';
import { issueTable } from '../table-model.js';
import { renderClusterJson } from './json.js';
import { renderClusterMarkdown } from './markdown.js';
import { clusterTable, type ClusterReport } from './report.js';
import { renderClusterTable } from './terminal.js';

export const CLUSTER_RENDERERS: ReportRenderers<ClusterReport> = {
  table: (r, c) => renderClusterTable(r, c),
  csv: (r, c) => renderCsv(clusterTable(r, c.lang), c.excel),
  md: (r, c) => renderClusterMarkdown(r, c.lang),
  json: (r, c) => renderClusterJson(r, c.lang),
  xlsx: (r, c) => renderXlsx([clusterTable(r, c.lang), issueTable(r.issues)]),
};
