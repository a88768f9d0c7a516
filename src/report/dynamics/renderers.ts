/** dynamics' report in every format. */
import { renderCsv } from '../renderers/csv.js';
import type { ReportRenderers } from '../renderers/index.js';
import { renderXlsx } from '../renderers/xlsx.js';
import { issueTable } from '../table-model.js';
import { renderDynamicsJson } from './json.js';
import { renderDynamicsMarkdown } from './markdown.js';
import { targetsTable } from '../targets/report.js';
import { dynamicsTable, listTable, type DynamicsReport } from './report.js';
import { renderDynamicsTable } from './terminal.js';

export const DYNAMICS_RENDERERS: ReportRenderers<DynamicsReport> = {
  table: (r, c) => renderDynamicsTable(r, c),
  csv: (r, c) => renderCsv(dynamicsTable(r, c.lang), c.excel),
  md: (r, c) => renderDynamicsMarkdown(r, c.lang),
  json: (r, c) => renderDynamicsJson(r, c.lang),
  xlsx: (r, c) => renderXlsx([dynamicsTable(r, c.lang), listTable(r, c.lang), targetsTable(r.analysis.targets, r.analysis.year, c.lang), issueTable(r.issues)]),
};
