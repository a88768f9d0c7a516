/**
 * The long layout: one row per school × procedure × year, e.g.
 * «Код ОО | Наименование ОО | Учебный год | Процедура | Кол-во участников | «2» | «3» | «4» | «5»».
 * Needs a school column, a procedure column, and participants (or all four mark counts) or a
 * failing share — or a mean score: «Код ОО | Год | Предмет | Средний тестовый балл» is read as
 * results without a share of «2» (seeds 000 and 002 give only means).
 */
import type { CellValue } from '../../model/cells.js';
import { COUNT_FIELDS, type ResultValues, type ValueField } from '../../model/result-schema.js';
import {
  headerOf, mapColumns, numberAt, readProcedure, readSchoolRow, readYear, type ColumnMap,
} from './columns.js';
import { EMPTY_VALUES, emitResult } from './emit-result.js';
import { allMet, fieldNeed, fieldsMatch, layoutOfNeeds, schoolNeed } from './needs.js';
import type { Layout, LayoutContext, Need } from './types.js';

const VALUE_FIELDS = Object.keys(EMPTY_VALUES) as ValueField[];
const FAILING_FIELDS: ValueField[] = ['failCount', 'failPct', 'belowMinCount', 'mark2', 'pct2'];
const MARK_FIELDS: ValueField[] = ['mark2', 'mark3', 'mark4', 'mark5'];

/**
 * A school, a procedure, a failing count or share and what it is a share of — or, where those are
 * not complete, a mean score (results without a share of «2»).
 */
function longNeeds(map: ColumnMap): Need[] {
  const allMarks = MARK_FIELDS.every((f) => map.fields.has(f));
  const base = fieldNeed('participants-or-marks', map, ['participants', 'failPct', 'pct2']);
  const failing = [fieldNeed('failing', map, FAILING_FIELDS), base.met || !allMarks ? base : fieldNeed('participants-or-marks', map, MARK_FIELDS)];
  const mean = fieldNeed('mean', map, ['meanScore']);
  const rest = allMet(failing) || !mean.met ? failing : [mean];
  return [schoolNeed(map), fieldNeed('procedure', map, ['procedure']), ...rest];
}

export const longLayout: Layout = layoutOfNeeds('long', mapColumns, longNeeds, (map) =>
  fieldsMatch(map, (context) => ({ row: (cells, rowNumber) => readLongRow(cells, rowNumber, map, context), end() {} })));

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
    const value = numberAt(cells, map.fields.get(field), headerOf(map, field) ?? field, rowNumber, context, COUNT_FIELDS.has(field));
    if (value === undefined) ok = false;
    else values[field] = value;
  }
  return ok ? values : null;
}
