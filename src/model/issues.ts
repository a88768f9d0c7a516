/**
 * Problems found in the input, as data: {file, sheet, row, column, code, params}. The text a
 * user reads is made from code and params by the messages module, in the chosen language.
 */
export const ROW_ERRORS = [
  'missing-school', 'missing-procedure', 'missing-year', 'missing-participants', 'no-participants', 'missing-failing',
  'unknown-procedure', 'bad-year', 'bad-number', 'not-integer', 'negative-count', 'share-out-of-range',
  'fail-exceeds-participants', 'marks-exceed-participants', 'marks-do-not-add-up', 'pcts-do-not-add-up',
  'fail-share-mismatch', 'duplicate-conflict', 'bad-mark', 'bad-score', 'no-min-score',
  'bad-yes-no', 'bad-choice', 'count-exceeds-total', 'duplicate-school', 'facts-unknown-school', 'unknown-indicator',
  // a --schools row whose parent_id is not used (the school then counts as a legal entity of its own)
  'parent-self', 'parent-unknown', 'branch-of-branch', 'parent-cycle', 'parent-conflict',
  // task-level results (issue 9): a pupil's points, a class cell, a task map row
  'bad-points', 'points-above-max', 'no-task-participants', 'class-without-letter', 'bad-task', 'duplicate-task', 'missing-task-columns',
  'total-mismatch', 'absent-with-points', 'duplicate-position', 'protocol-without-school',
  // a --scales row
  'scale-out-of-order', 'scale-bound-missing',
] as const;

export const WARNINGS = ['unknown-column', 'ignored-total-row', 'duplicate-column', 'sheet-without-header', 'unknown-school', 'name-matched', 'name-ambiguous', 'pcts-rounded',
  'unknown-task', 'task-max-mismatch',
  // task-level notes: said once, nothing left out that is not counted elsewhere
  'repeated-pupils', 'no-scale', 'scale-max-mismatch', 'class-list-sheet', 'task-max-differs', 'map-without-positions', 'task-positions-mismatch',
  'not-taught', 'absent-pupils',
] as const;

export type RowErrorCode = (typeof ROW_ERRORS)[number];
export type WarningCode = (typeof WARNINGS)[number];
export type IssueCode = RowErrorCode | WarningCode;
export type IssueParams = Record<string, string | number>;

export interface Issue {
  file: string;
  sheet: string | null;
  /** The row as the spreadsheet shows it (in a CSV the header is row 1); null for a whole column. */
  row: number | null;
  /** The column by its header text; null for a whole row. */
  column: string | null;
  code: IssueCode;
  params: IssueParams;
}

const WARNING_SET = new Set<string>(WARNINGS);

export function isWarning(issue: Issue): boolean {
  return WARNING_SET.has(issue.code);
}

export function compareIssues(a: Issue, b: Issue): number {
  return (
    a.file.localeCompare(b.file) ||
    (a.sheet ?? '').localeCompare(b.sheet ?? '') ||
    (a.row ?? 0) - (b.row ?? 0) ||
    (a.column ?? '').localeCompare(b.column ?? '')
  );
}
