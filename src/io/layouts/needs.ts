/** Building a layout's needs (types.ts: Need) from the columns of a header row. */
import type { Field } from '../../model/fields.js';
import type { ColumnMap } from './columns.js';
import type { Need } from './types.js';

/** A need met by a column of any of these fields. */
export function fieldNeed(code: string, map: ColumnMap, fields: readonly Field[]): Need {
  return columnsNeed(code, fields.flatMap((field) => headerCells(map, field)));
}

/** A need met by any of these header cells. */
export function columnsNeed(code: string, columns: string[]): Need {
  return { code, met: columns.length > 0, columns };
}

/** A column the layout must not see: met when there is none. */
export function forbiddenNeed(code: string, map: ColumnMap, fields: readonly Field[]): Need {
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
