/**
 * A report laid out as tables: what the CSV and XLSX renderers write, whatever the command.
 * Laying out is not computing: every value here comes from the rules' results.
 */
import { msg } from '../messages/index.js';
import type { Issue } from '../model/issues.js';
import { issueMessage } from './issue-text.js';

export interface TableCell {
  value: string | number | null;
  /** A percentage (0–100). */
  percent?: boolean;
  /** A cell to fill: a low result, an indicator at the bottom of its scale. */
  low?: boolean;
}

export interface TableRow {
  /** A row to stand out (a flagged school). */
  emphasis: boolean;
  cells: TableCell[];
}

export interface Table {
  /** The sheet name in a workbook. */
  name: string;
  headers: string[];
  rows: TableRow[];
  /** Columns kept wide (names, explanations), by index. */
  wide?: number[];
}

export function issueTable(issues: Issue[]): Table {
  const l = msg().labels;
  return {
    name: l.sheetIssues,
    headers: [l.issueFile, l.issueSheet, l.issueRow, l.issueColumn, l.issueCode, l.issueMessage],
    rows: issues.map((i) => ({
      emphasis: false,
      cells: [i.file, i.sheet, i.row, i.column, i.code, issueMessage(i)].map((value) => ({ value })),
    })),
    wide: [0, 5],
  };
}
