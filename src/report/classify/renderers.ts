/** classify's report in every format. */
import type { ReportRenderers } from '../renderers/index.js';
import { renderCsv } from '../renderers/csv.js';
import { renderXlsx } from '../renderers/xlsx.js';
import { renderJson } from './json.js';
import { renderMarkdown } from './markdown.js';
import { renderTable } from './terminal.js';
import { schoolTable, type ClassifyReport } from './report.js';
import { issueTable } from '../table-model.js';

export const CLASSIFY_RENDERERS: ReportRenderers<ClassifyReport> = {
  table: (r, c) => renderTable(r, c),
  csv: (r, c) => renderCsv(schoolTable(r, c.lang), c.excel),
  md: (r, c) => renderMarkdown(r, c.lang),
  json: (r, c) => renderJson(r, c.lang),
  xlsx: (r, c) => renderXlsx([schoolTable(r, c.lang), issueTable(r.issues)]),
};
