/**
 * A table of a document: a sheet of the workbook and the CSV, a table of the page, a table on the
 * screen. Laying out is not computing: every value here comes from the rules' results.
 */
import { messagesOf, type Lang } from '../messages/index.js';
import type { Issue } from '../model/issues.js';
import { issueMessage } from './issue-text.js';
import type { ColumnSpec } from './terminal-table.js';
import type { Text } from './document/model.js';

export interface TableCell {
  /** Text in lines: a cell of the page breaks them, the screen wraps each, a sheet keeps them in one cell. */
  value: string | number | null | readonly string[];
  /** The value with its marks, as the page shows it (a share bold within the cell); the screen and a sheet show `value`. */
  text?: Text;
  /** Bold on the page. */
  strong?: boolean;
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
  /**
   * How the screen fits the columns to the terminal's width; without it, every column prefers its
   * heading's width. `ruled`: a rule between rows (a row of one line each), not a blank row between groups.
   */
  screen?: { columns: ColumnSpec[]; ruled?: boolean };
}

export function issueTable(issues: Issue[], lang: Lang): Table {
  const t = messagesOf(lang);
  const l = t.labels;
  return {
    name: l.sheetIssues,
    headers: [l.issueFile, l.issueSheet, l.issueRow, l.issueColumn, l.issueCode, l.issueMessage],
    rows: issues.map((i) => ({
      emphasis: false,
      cells: [i.file, i.sheet, i.row, i.column, i.code, issueMessage(i, lang)].map((value) => ({ value })),
    })),
    wide: [0, 5],
  };
}
