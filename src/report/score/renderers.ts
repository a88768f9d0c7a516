/** score's report in every format. */
import { renderCsv } from '../renderers/csv.js';
import type { ReportRenderers } from '../renderers/index.js';
import { renderXlsx } from '../renderers/xlsx.js';
import { issueTable } from '../table-model.js';
import { renderScoreJson } from './json.js';
import { renderScoreMarkdown } from './markdown.js';
import { pointsTable, valuesTable, type ScoreReport } from './report.js';
import { renderScoreTable } from './terminal.js';

export const SCORE_RENDERERS: ReportRenderers<ScoreReport> = {
  table: (r, c) => renderScoreTable(r, c),
  csv: (r, c) => renderCsv(pointsTable(r), c.excel),
  md: (r, c) => renderScoreMarkdown(r, c.lang),
  json: (r, c) => renderScoreJson(r, c.lang),
  xlsx: (r, c) => renderXlsx([pointsTable(r), valuesTable(r, c.lang), issueTable(r.issues)]),
};
