import type { CellValue } from '../../../src/model/cells.js';
import type { Issue } from '../../../src/model/issues.js';
import type { ResultRecord } from '../../../src/model/records.js';
import { GraduateTracker } from '../../../src/model/graduates.js';
import { DEFAULT_MIN_SCORES } from '../../../src/model/min-scores.js';
import { TableSink } from '../../../src/io/table-sink.js';
import { matchHeader } from '../../../src/io/layouts/index.js';
import type { LayoutName } from '../../../src/io/layouts/types.js';
import type { ReferenceValue } from '../../../src/model/reference.js';

/** Feeds rows (1-based numbering) through header detection and a layout, like a reader would; `references` collects a table's reference values. */
export function readRows(
  rows: CellValue[][], options: { layout?: LayoutName; year?: number | null; sheet?: string | null; references?: ReferenceValue[] } = {},
) {
  const records: ResultRecord[] = [];
  const graduates = new GraduateTracker();
  const issues: Issue[] = [];
  const sink = new TableSink<ResultRecord>(
    {
      file: 't.csv',
      sheet: options.sheet ?? null,
      minScores: DEFAULT_MIN_SCORES,
      report: (issue) => issues.push({ file: 't.csv', sheet: options.sheet ?? null, ...issue }),
      emit: (record) => records.push(record),
      graduates,
      references: options.references,
    },
    { match: (headers, titles) => matchHeader(headers, options.layout, titles), year: options.year ?? null },
  );
  rows.forEach((cells, i) => sink.row(cells, i + 1));
  sink.end();
  return { records, issues, outcome: sink.outcome, graduates: graduates.records() };
}

export const find = (records: ResultRecord[], schoolId: string, procedure: string) =>
  records.find((r) => r.schoolId === schoolId && r.procedure === procedure);
