/** Building a layout's needs (types.ts: Need) from the columns of a header row. */
import type { Field } from '../../model/fields.js';
import type { ResultRecord } from '../../model/records.js';
import { reportUnusedColumns, type ColumnMap } from './columns.js';
import type { Layout, LayoutContext, LayoutMatch, LayoutName, Need, NeedCode, RowMapper } from './types.js';

/** A need met by a column of any of these fields. */
export function fieldNeed(code: NeedCode, map: ColumnMap, fields: readonly Field[]): Need {
  return columnsNeed(code, fields.flatMap((field) => headerCells(map, field)));
}

/** A need met by any of these header cells. */
export function columnsNeed(code: NeedCode, columns: string[]): Need {
  return { code, met: columns.length > 0, columns };
}

/** A column the layout must not see: met when there is none. */
export function forbiddenNeed(code: NeedCode, map: ColumnMap, fields: readonly Field[]): Need {
  const columns = fields.flatMap((field) => headerCells(map, field));
  return { code, met: columns.length === 0, columns, forbidden: true };
}

/** Every result layout names its school by a code, a name, or a column that says only «школа». */
export function schoolNeed(map: ColumnMap): Need {
  return fieldNeed('school', map, ['schoolId', 'school', 'schoolName']);
}

export function allMet(needs: Need[]): boolean {
  return needs.every((need) => need.met);
}

function headerCells(map: ColumnMap, field: Field): string[] {
  const index = map.fields.get(field);
  return index === undefined ? [] : [map.headers[index]!];
}

/**
 * A result layout known by its needs: the header read once into `columns`, the layout's needs of
 * them, and when all are met the match `read` makes of them (its name added).
 */
export function layoutOfNeeds<C>(
  name: LayoutName, find: (headers: string[]) => C, needs: (columns: C) => Need[], read: (columns: C) => Omit<LayoutMatch, 'layout'>,
): Layout {
  return {
    name,
    needs: (headers) => needs(find(headers)),
    match(headers) {
      const columns = find(headers);
      return allMet(needs(columns)) ? { layout: name, ...read(columns) } : null;
    },
  };
}

/**
 * The reading of a table whose columns are fields (long, wide, students): scored by the fields it
 * knows (and `extra`), asking for a year when none is a column, the columns nobody reads reported.
 */
export function fieldsMatch(map: ColumnMap, start: (context: LayoutContext<ResultRecord>) => RowMapper, used = new Set<number>(), extra = 0): Omit<LayoutMatch, 'layout'> {
  return {
    score: map.fields.size + extra,
    needsYear: !map.fields.has('year'),
    start: (context, headerRow) => {
      reportUnusedColumns(map, context, headerRow, used);
      return start(context);
    },
  };
}
