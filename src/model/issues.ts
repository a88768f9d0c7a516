/**
 * Problems found in the input, as data: {file, sheet, row, column, code, params}. The text a
 * user reads is made from code and params by the messages module, in the chosen language.
 */
export const ROW_ERRORS = [
  'missing-school', 'missing-procedure', 'missing-year', 'missing-participants', 'no-participants', 'missing-failing',
  'unknown-procedure', 'no-such-procedure', 'bad-year', 'bad-number', 'share-in-count', 'implausible-count', 'not-integer', 'negative-count', 'share-out-of-range', 'mean-above-100',
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
  // a pupil of a per-pupil export (pupils layout)
  'score-above-max',
  // a region's per-school ЕГЭ form (issue 17): a subject's cells that cannot be, a header without its metrics
  'value-without-participants', 'mean-out-of-range', 'missing-ege-metrics',
  // the list of signs of non-objective results (--markers): a cell, a row without a login, a conflicting repeat
  'bad-marker', 'markers-no-login', 'markers-conflict',
  // a CSV row where a quote opens a cell that swallows the next rows (they are read as rows)
  'stray-quote',
] as const;

export const WARNINGS = ['unknown-column', 'ignored-total-row', 'duplicate-column', 'sheet-without-header', 'file-without-header', 'unknown-school', 'name-matched', 'name-ambiguous', 'pcts-rounded',
  'unknown-task', 'task-max-mismatch', 'absent-pupils',
  'not-results-sheet', 'year-conflict', 'oral-columns-ignored', 'total-as-reference', 'total-mean-mismatch', 'high-count-inconsistent',
  'markers-count-mismatch', 'markers-repeated', 'unknown-marker-column', 'markers-outside-results',
  // task-level notes: said once, nothing left out that is not counted elsewhere
  'repeated-pupils', 'no-scale', 'scale-max-mismatch', 'class-list-sheet', 'task-max-differs', 'map-without-positions', 'task-positions-mismatch',
  'not-taught',
  // a per-pupil export's journal mark that is no mark (objectivity): the pupil counts as without one;
  // a file named for the objectivity section that is no such export
  'bad-journal-mark', 'not-pupil-marks',
  // objectivity: a results file beside the per-pupil exports with no ОГЭ of the works' years (not used)
  'no-oge-results',
  // a --reference row whose shares of «3»–«5» are incomplete or do not add up to 100: its mean and «2» are used, the shares not
  'reference-marks-incomplete', 'reference-pcts-do-not-add-up',
  // the text of a CSV file: a quote left inside a quoted cell, bytes that are no character of the encoding
  'quote-not-doubled', 'replaced-bytes', 'replaced-bytes-more',
  // the same result from two sources, its marks alike and its mean score in another scale: used, the first mean kept
  'duplicate-mean-differs',
  // a section of the report without data (no file: the run's, said once)
  'section-without-data',
  // the target year outside the programme's period (no file, or the --programme file)
  'programme-outside-period',
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

/**
 * What --rejects lists: the rows left out, the total rows skipped, and the sheets and files left
 * unread for want of a header (their rows are left out too, all at once).
 */
export function isLeftOut(issue: Issue): boolean {
  if (LEFT_UNREAD.has(issue.code)) return true;
  return issue.row !== null && (!isWarning(issue) || issue.code === 'ignored-total-row');
}

const LEFT_UNREAD = new Set<string>(['sheet-without-header', 'file-without-header']);

export function compareIssues(a: Issue, b: Issue): number {
  return (
    a.file.localeCompare(b.file) ||
    (a.sheet ?? '').localeCompare(b.sheet ?? '') ||
    (a.row ?? 0) - (b.row ?? 0) ||
    (a.column ?? '').localeCompare(b.column ?? '')
  );
}
