/**
 * The --reference file: district (or regional) values to compare schools with — one row per
 * year × procedure: «Год | Процедура | Средний балл», optionally «% «2»», «% «3»», «% «4»», «% «5»»
 * (the region's «успеваемость» and «качество знаний» when all four are there), «Муниципалитет» and
 * «Уровень» (район / регион; ruling R10). Rows without a level take the file's --reference-level.
 */
import type { CellValue } from '../model/cells.js';
import type { Issue } from '../model/issues.js';
import { normalizeLabel } from '../model/text.js';
import type { MarkPcts, ReferenceLevel, ReferenceValue } from '../model/reference.js';
import { headerOf, mapColumns, numberAt, readProcedure, readYear, tableLayout, textOf, isBlankRow, type ColumnMap } from './layouts/columns.js';
import type { LayoutContext, LayoutMatch } from './layouts/types.js';
import { readTableFile } from './read-table.js';
import { REFERENCE_LEVEL_WORDS } from './vocabulary/cells.js';
import { REFERENCE_LEVEL_HEADERS } from './vocabulary/headers.js';

export interface ReferenceOptions {
  level: ReferenceLevel;
  sheet?: string;
  encoding?: string;
  delimiter?: string;
}

export async function loadReference(input: string, options: ReferenceOptions): Promise<{ values: ReferenceValue[]; issues: Issue[] }> {
  const values: ReferenceValue[] = [];
  const issues: Issue[] = [];
  await readTableFile<ReferenceValue>(
    input,
    { ...options, match: (headers) => matchReference(headers, options.level), year: null, minScores: {}, noHeaderCode: 'no-reference-header' },
    values,
    issues,
  );
  return { values, issues };
}

function matchReference(headers: string[], level: ReferenceLevel): LayoutMatch<ReferenceValue> | null {
  const map = mapColumns(headers.map((h) => (REFERENCE_LEVEL_HEADERS.includes(normalizeLabel(h)) ? '' : h)));
  const levelIndex = headers.findIndex((h) => REFERENCE_LEVEL_HEADERS.includes(normalizeLabel(h)));
  const { fields } = map;
  if (!fields.has('year') || !fields.has('procedure') || !(fields.has('meanScore') || fields.has('failPct') || fields.has('pct2'))) return null;
  if (fields.has('schoolId') || fields.has('schoolName')) return null;
  return tableLayout('reference', map, (cells, rowNumber, context) => readReferenceRow(cells, rowNumber, map, levelIndex, level, context));
}

function readReferenceRow(
  cells: CellValue[], rowNumber: number, map: ColumnMap, levelIndex: number, fallback: ReferenceLevel, context: LayoutContext<ReferenceValue>,
): void {
  if (isBlankRow(cells)) return;
  const year = readYear(cells, map, context, rowNumber);
  const procedure = readProcedure(cells, map, context, rowNumber);
  const number = (field: 'meanScore' | 'failPct' | 'pct2' | 'pct3' | 'pct4' | 'pct5') => numberAt(cells, map.fields.get(field), headerOf(map, field) ?? field, rowNumber, context);
  const meanScore = number('meanScore');
  const failPct = number('failPct') ?? number('pct2');
  if (year === null || procedure === null || meanScore === undefined || failPct === undefined) return;
  const levelText = levelIndex >= 0 ? normalizeLabel(String(cells[levelIndex] ?? '')) : '';
  const markPcts = markPctsOf(failPct, [number('pct3'), number('pct4'), number('pct5')], rowNumber, context);
  context.emit({
    year, procedure, meanScore, failPct,
    level: levelText.split(' ').map((word) => REFERENCE_LEVEL_WORDS[word]).find((level) => level !== undefined) ?? fallback,
    municipality: textOf(cells, map, 'municipality'),
    ...(markPcts === null ? {} : { markPcts }),
  });
}

/** How far the four shares of a row may add up from 100: rounding to tenths, as published. */
const MARK_PCTS_TOLERANCE_PP = 0.1;

/**
 * The four shares of marks when a row gives them all and they add up to 100 ± 0,1; a row with some of
 * them, or four that do not add up, keeps its mean and «2» and gives no shares — a note names the row.
 */
function markPctsOf(pct2: number | null, more: (number | null | undefined)[], rowNumber: number, context: LayoutContext<ReferenceValue>): MarkPcts | null {
  if (more.every((v) => v === null)) return null;
  const shares = [pct2, ...more];
  if (shares.some((v) => v === undefined)) return null; // a cell that is no number, reported already
  if (shares.some((v) => v === null)) {
    context.report({ row: rowNumber, column: null, code: 'reference-marks-incomplete', params: {} });
    return null;
  }
  const sum = (shares as number[]).reduce((a, b) => a + b, 0);
  if (Math.abs(sum - 100) > MARK_PCTS_TOLERANCE_PP + 1e-9) {
    context.report({ row: rowNumber, column: null, code: 'reference-pcts-do-not-add-up', params: { sum: Math.round(sum * 100) / 100 } });
    return null;
  }
  return shares as MarkPcts;
}

/** `first` in full, then each of `more` whose procedure, year and municipality none before it has. */
export function mergeReferences(first: ReferenceValue[], more: ReferenceValue[]): ReferenceValue[] {
  const key = (v: ReferenceValue) => `${v.procedure}|${v.year}|${v.municipality ?? ''}`;
  const taken = new Set(first.map(key));
  const merged = [...first];
  for (const value of more) {
    if (taken.has(key(value))) continue;
    taken.add(key(value));
    merged.push(value);
  }
  return merged;
}
