/**
 * Reads a draft ШНОР list (xlsx/csv): a column of school ids («Код ОО», «логин») and/or names
 * («Наименование ОО», «школа»). Other columns (municipality, criteria, notes) are ignored; blank
 * and total rows are skipped. No such column in the first rows of any sheet: `no-draft-header`.
 */
import type { CellValue } from '../model/cells.js';
import type { DraftEntry } from '../model/draft-entry.js';
import { fieldOfHeader, type Field } from '../model/fields.js';
import type { Issue } from '../model/issues.js';
import { isBlankRow, isTotalRow, mapColumns, readIdentity, schoolColumn, textOf, type ColumnMap } from './layouts/columns.js';
import type { LayoutContext, LayoutMatch } from './layouts/types.js';
import { readTableFile } from './read-table.js';

export interface DraftOptions {
  encoding?: string;
  delimiter?: string;
  stdin?: NodeJS.ReadableStream;
}

export interface DraftLoad {
  entries: DraftEntry[];
  issues: Issue[];
}

const DRAFT_FIELDS = new Set<Field>(['schoolId', 'schoolName', 'school']);

export async function loadDraftList(input: string, options: DraftOptions = {}): Promise<DraftLoad> {
  const entries: DraftEntry[] = [];
  const issues: Issue[] = [];
  await readTableFile<DraftEntry>(
    input,
    { ...options, match: matchDraftHeader, noHeaderCode: 'no-draft-header', year: null, minScores: {} },
    entries,
    issues,
  );
  return { entries, issues };
}

/** A draft header names the school by id, name, or both; the more it names, the better. */
export function matchDraftHeader(headers: string[]): LayoutMatch<DraftEntry> | null {
  const columns = mapColumns(headers, (header) => {
    const field = fieldOfHeader(header);
    return field !== null && DRAFT_FIELDS.has(field) ? field : null;
  });
  if (columns.fields.size === 0) return null;
  return {
    layout: 'draft',
    score: columns.fields.size,
    needsYear: false,
    start: (context) => ({ row: (cells, rowNumber) => readDraftRow(cells, rowNumber, columns, context), end() {} }),
  };
}

function readDraftRow(cells: CellValue[], rowNumber: number, columns: ColumnMap, context: LayoutContext<DraftEntry>): void {
  if (isBlankRow(cells)) return;
  const identity = readIdentity(cells, columns);
  if (identity === null) {
    context.report({ row: rowNumber, column: schoolColumn(columns), code: 'missing-school', params: {} });
    return;
  }
  if (isTotalRow(identity)) return;
  const id = textOf(cells, columns, 'schoolId');
  const only = textOf(cells, columns, 'school');
  // a lone «школа» column may hold either: it is tried as an id, then as a name
  context.emit({
    id: id ?? only,
    name: identity.schoolName,
    file: context.file,
    sheet: context.sheet,
    row: rowNumber,
  });
}
