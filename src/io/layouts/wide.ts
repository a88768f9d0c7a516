/**
 * The wide layout: one row per school, one column per procedure and metric, headed as analysts
 * write them (seed 003 §3.2): «школы | ВПР Русский 5 кл. % «2» | ОГЭ- математика % не преодолевших».
 * A header is read by a small grammar: the metric phrase (% «2», доля «2», не преодолевших,
 * участников, средний балл, средняя отметка, кол-во «2») is cut off and the rest must name a
 * procedure. A blank cell means no data, not zero; a procedure with only a mean filled in is read
 * without a share of «2».
 */
import type { CellValue } from '../../model/cells.js';
import { parseProcedure } from '../../model/procedures.js';
import { COUNT_FIELDS, type ResultValues, type ValueField } from '../../model/result-schema.js';
import { normalizeLabel } from '../../model/text.js';
import { mapColumns, numberAt, readSchoolRow, readYear, type ColumnMap } from './columns.js';
import { EMPTY_VALUES, emitResult } from './emit-result.js';
import { columnsNeed, fieldsMatch, layoutOfNeeds, schoolNeed } from './needs.js';
import type { Layout, LayoutContext, Need } from './types.js';
import { WIDE_COMPARISON, WIDE_METRICS } from '../vocabulary/headers.js';

export interface WideColumn {
  index: number;
  procedure: string;
  field: ValueField;
}

/** Reads one header: «ВПР Математика 6 кл. % «2»» → VPR-MA-6, failPct. */
export function parseWideHeader(header: string, index = 0): WideColumn | null {
  const label = normalizeLabel(header);
  for (const { pattern, field } of WIDE_METRICS) {
    const hit = pattern.exec(label);
    if (!hit) continue;
    const rest = (label.slice(0, hit.index) + ' ' + label.slice(hit.index + hit[0].length)).trim();
    if (WIDE_COMPARISON.test(rest)) return null;
    const procedure = parseProcedure(header.trim().split(/\s+/)[0]!) ?? parseProcedure(rest);
    return procedure ? { index, procedure: procedure.code, field } : null;
  }
  return null;
}

/** The columns «<procedure> <metric>» among the headers no field claimed. */
function wideColumns(map: ColumnMap): WideColumn[] {
  return map.unknown.flatMap((i) => parseWideHeader(map.headers[i]!, i) ?? []);
}

function wideNeeds(map: ColumnMap, columns: WideColumn[]): Need[] {
  return [schoolNeed(map), columnsNeed('wide-columns', columns.map((c) => map.headers[c.index]!))];
}

/** The header's field columns and its procedure columns. */
function wideHeader(headers: string[]): { map: ColumnMap; columns: ReturnType<typeof wideColumns> } {
  const map = mapColumns(headers);
  return { map, columns: wideColumns(map) };
}

export const wideLayout: Layout = layoutOfNeeds(
  'wide', wideHeader, ({ map, columns }) => wideNeeds(map, columns),
  ({ map, columns }) => fieldsMatch(
    map, (context) => ({ row: (cells, rowNumber) => readWideRow(cells, rowNumber, map, groupByProcedure(columns), context), end() {} }),
    new Set(columns.map((c) => c.index)), columns.length,
  ),
);

function groupByProcedure(columns: WideColumn[]): Map<string, WideColumn[]> {
  const groups = new Map<string, WideColumn[]>();
  for (const column of columns) groups.set(column.procedure, [...(groups.get(column.procedure) ?? []), column]);
  return groups;
}

function readWideRow(
  cells: CellValue[], rowNumber: number, map: ColumnMap, groups: Map<string, WideColumn[]>, context: LayoutContext,
): void {
  const identity = readSchoolRow(cells, rowNumber, map, context);
  if (identity === null) return;
  const year = readYear(cells, map, context, rowNumber);
  if (year === null) return;
  for (const [procedure, columns] of groups) {
    const values = readGroup(cells, rowNumber, columns, map, context);
    if (values === null) continue;
    const columnOf = (field: ValueField) => {
      const column = columns.find((c) => c.field === field) ?? columns[0]!;
      return map.headers[column.index]!;
    };
    emitResult(context, { identity, year, procedure, rowNumber, columnOf }, values);
  }
}

/** The values of one procedure's columns; null when they are all blank (no data) or one is bad. */
function readGroup(cells: CellValue[], rowNumber: number, columns: WideColumn[], map: ColumnMap, context: LayoutContext): ResultValues | null {
  const values: ResultValues = { ...EMPTY_VALUES };
  let any = false;
  let ok = true;
  for (const column of columns) {
    const value = numberAt(cells, column.index, map.headers[column.index]!, rowNumber, context, COUNT_FIELDS.has(column.field));
    if (value === undefined) ok = false;
    else if (value !== null) {
      values[column.field] = value;
      any = true;
    }
  }
  return ok && any ? values : null;
}
