/**
 * The long layout: one row per school × procedure × year, e.g.
 * «Код ОО | Наименование ОО | Учебный год | Процедура | Кол-во участников | «2» | «3» | «4» | «5»».
 * Needs a school column, a procedure column, and participants (or all four mark counts) or a
 * failing share — or a mean score: «Код ОО | Год | Предмет | Средний тестовый балл» is read as
 * results without a share of «2» (seeds 000 and 002 give only means).
 */
import type { CellValue } from '../../model/cells.js';
import type { ResultValues, ValueField } from '../../model/result-schema.js';
import {
  hasSchool, headerOf, mapColumns, numberAt, readProcedure, readSchoolRow, readYear, reportUnusedColumns,
  type ColumnMap,
} from './columns.js';
import { EMPTY_VALUES, emitResult } from './emit-result.js';
import type { Layout, LayoutContext, LayoutMatch } from './types.js';

const VALUE_FIELDS = Object.keys(EMPTY_VALUES) as ValueField[];
const FAILING_FIELDS: ValueField[] = ['failCount', 'failPct', 'belowMinCount', 'mark2', 'pct2'];

export const longLayout: Layout = {
  name: 'long',
  match(headers: string[]): LayoutMatch | null {
    const map = mapColumns(headers);
    const { fields } = map;
    if (!hasSchool(map) || !fields.has('procedure')) return null;
    const allMarks = ['mark2', 'mark3', 'mark4', 'mark5'].every((f) => fields.has(f as ValueField));
    const hasFailing = FAILING_FIELDS.some((f) => fields.has(f))
      && (fields.has('participants') || allMarks || fields.has('failPct') || fields.has('pct2'));
    if (!hasFailing && !fields.has('meanScore')) return null;
    return {
      layout: 'long',
      score: fields.size,
      needsYear: !fields.has('year'),
      start: (context, headerRow) => {
        reportUnusedColumns(map, context, headerRow);
        return { row: (cells, rowNumber) => readLongRow(cells, rowNumber, map, context), end() {} };
      },
    };
  },
};

function readLongRow(cells: CellValue[], rowNumber: number, map: ColumnMap, context: LayoutContext): void {
  const identity = readSchoolRow(cells, rowNumber, map, context);
  if (identity === null) return;
  const year = readYear(cells, map, context, rowNumber);
  const procedure = readProcedure(cells, map, context, rowNumber);
  const values = readValues(cells, rowNumber, map, context);
  if (year === null || procedure === null || values === null) return;
  emitResult(context, { identity, year, procedure, rowNumber, columnOf: (f) => headerOf(map, f) }, values);
}

function readValues(cells: CellValue[], rowNumber: number, map: ColumnMap, context: LayoutContext): ResultValues | null {
  const values: ResultValues = { ...EMPTY_VALUES };
  let ok = true;
  for (const field of VALUE_FIELDS) {
    const value = numberAt(cells, map.fields.get(field), headerOf(map, field) ?? field, rowNumber, context);
    if (value === undefined) ok = false;
    else values[field] = value;
  }
  return ok ? values : null;
}
