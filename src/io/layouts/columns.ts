/**
 * What the layouts share: mapping header cells to fields, reading a row's school and year,
 * recognising total rows, and parsing numeric cells with an issue for each bad one.
 */
import type { CellValue } from '../../model/cells.js';
import { fieldOfHeader, type Field } from '../../model/fields.js';
import { cellText, parseCount, parseNumber } from '../../model/numbers.js';
import { normalizeLabel } from '../../model/text.js';
import { parseSchoolYear } from '../../model/school-year.js';
import { parseProcedure, unknownProcedureCode } from '../../model/procedures.js';
import type { IssueParams } from '../../model/issues.js';
import { TOTAL_ROW_WORDS } from '../vocabulary/rows.js';
import type { LayoutContext, LayoutMatch } from './types.js';

/** What the shared helpers need of a layout's context, whatever it emits. */
type RowContext = Pick<LayoutContext<unknown>, 'report' | 'yearHint'>;

export interface ColumnMap<K = Field> {
  headers: string[];
  fields: Map<K, number>;
  /** Indexes of non-empty headers no field claimed. */
  unknown: number[];
  /** Indexes of headers naming a field an earlier column already holds (the first one is used). */
  repeated: number[];
}

/** Maps each header to the field it names (by default the result fields; a profile passes its own). */
export function mapColumns(headers: string[]): ColumnMap;
export function mapColumns<K>(headers: string[], lookup: (header: string) => K | null): ColumnMap<K>;
export function mapColumns<K>(headers: string[], lookup: (header: string) => K | null = fieldOfHeader as never): ColumnMap<K> {
  const fields = new Map<K, number>();
  const unknown: number[] = [];
  const repeated: number[] = [];
  headers.forEach((header, index) => {
    if (header.trim() === '') return;
    const field = lookup(header);
    if (field === null) unknown.push(index);
    else if (fields.has(field)) repeated.push(index);
    else fields.set(field, index);
  });
  return { headers, fields, unknown, repeated };
}

/** Warns of the columns left unused; `used` are unknown ones a layout reads by its own grammar. */
export function reportUnusedColumns(map: ColumnMap<unknown>, context: RowContext, headerRow: number, used: Set<number> = new Set()): void {
  for (const index of map.unknown) {
    if (!used.has(index)) context.report({ row: headerRow, column: map.headers[index]!, code: 'unknown-column', params: {} });
  }
  for (const index of map.repeated) {
    context.report({ row: headerRow, column: map.headers[index]!, code: 'duplicate-column', params: {} });
  }
}

export interface SchoolIdentity {
  schoolId: string;
  schoolName: string | null;
  municipality: string | null;
  schoolType: string | null;
}

export function cellOf(cells: CellValue[], map: ColumnMap, field: Field): CellValue {
  const index = map.fields.get(field);
  return index === undefined ? null : (cells[index] ?? null);
}

export function textOf(cells: CellValue[], map: ColumnMap, field: Field): string | null {
  return cellText(cellOf(cells, map, field));
}

/** A column that only says «школа» gives both the id and the name. */
export function readIdentity(cells: CellValue[], map: ColumnMap): SchoolIdentity | null {
  const id = textOf(cells, map, 'schoolId');
  const name = textOf(cells, map, 'schoolName');
  const school = textOf(cells, map, 'school');
  const schoolId = id ?? school ?? name;
  if (schoolId === null) return null;
  return {
    schoolId,
    schoolName: name ?? school,
    municipality: textOf(cells, map, map.fields.has('municipality') ? 'municipality' : 'region'),
    schoolType: textOf(cells, map, 'schoolType'),
  };
}

/** Rows such as «Итого по району» summarise the schools above them; they are not a school. */
export function isTotalRow(identity: SchoolIdentity): boolean {
  return isTotalLabel(identity.schoolName ?? identity.schoolId);
}

/** «Итого», «Всего по району», «По краю», «Среднее»: a label that names a total, not a school. */
export function isTotalLabel(text: string): boolean {
  const label = normalizeLabel(text);
  return TOTAL_ROW_WORDS.some((word) => label === word || label.startsWith(`${word} `));
}

/**
 * The school of a data row; null (with an issue) for a row without one or a total row, and
 * silently for a blank row.
 */
export function readSchoolRow(cells: CellValue[], rowNumber: number, map: ColumnMap, context: RowContext): SchoolIdentity | null {
  if (isBlankRow(cells)) return null;
  const identity = readIdentity(cells, map);
  const column = schoolColumn(map);
  if (identity === null) {
    context.report({ row: rowNumber, column, code: 'missing-school', params: {} });
    return null;
  }
  if (isTotalRow(identity)) {
    context.report({ row: rowNumber, column, code: 'ignored-total-row', params: { value: identity.schoolId } });
    return null;
  }
  return identity;
}

export function isBlankRow(cells: CellValue[]): boolean {
  return cells.every((cell) => cell === null || (typeof cell === 'string' && cell.trim() === ''));
}

/**
 * Parses a numeric cell; reports «bad-number» and returns undefined when it is not a number —
 * and, in a count column (`count`), «share-in-count» for a share such as «20%».
 */
export function numberAt(
  cells: CellValue[], index: number | undefined, header: string, rowNumber: number, context: RowContext, count = false,
): number | null | undefined {
  if (index === undefined) return null;
  const cell = cells[index] ?? null;
  const value = count ? parseCount(cell) : parseNumber(cell);
  if (value !== 'invalid' && value !== 'share') return value;
  context.report({ row: rowNumber, column: header, code: value === 'share' ? 'share-in-count' : 'bad-number', params: { value: String(cell) } });
  return undefined;
}

/**
 * Caches look-ups by the raw cell text: a million rows repeat the same few years and names,
 * usually in runs, so the last text is checked before the map.
 */
export function memo<T>(parse: (text: string) => T): (text: string) => T {
  const cache = new Map<string, T>();
  let lastText: string | undefined;
  let lastValue: T;
  return (text) => {
    if (text === lastText) return lastValue;
    let value = cache.get(text);
    if (value === undefined && !cache.has(text)) {
      value = parse(text);
      cache.set(text, value);
    }
    lastText = text;
    lastValue = value as T;
    return lastValue;
  };
}

export const procedureOf = memo((text: string) => parseProcedure(text)?.code ?? null);
export const yearOf = memo((text: string) => parseSchoolYear(/^\d{4}$/.test(text) ? Number(text) : text));

export function readYear(cells: CellValue[], map: ColumnMap, context: RowContext, rowNumber: number): number | null {
  const cell = cellOf(cells, map, 'year');
  if (cell === null || (typeof cell === 'string' && cell.trim() === '')) {
    if (context.yearHint !== null) return context.yearHint;
    context.report({ row: rowNumber, column: headerOf(map, 'year'), code: 'missing-year', params: {} });
    return null;
  }
  const year = typeof cell === 'string' ? yearOf(cell.trim()) : parseSchoolYear(cell);
  if (year === null) context.report({ row: rowNumber, column: headerOf(map, 'year'), code: 'bad-year', params: { value: String(cell) } });
  return year;
}

export function readProcedure(cells: CellValue[], map: ColumnMap, context: RowContext, rowNumber: number): string | null {
  const text = textOf(cells, map, 'procedure');
  const column = headerOf(map, 'procedure');
  if (text === null) {
    context.report({ row: rowNumber, column, code: 'missing-procedure', params: {} });
    return null;
  }
  const code = procedureOf(text);
  if (code === null) context.report({ row: rowNumber, column, ...unreadProcedure(text) });
  return code;
}

/**
 * Why a procedure cell names no procedure: a code with an unknown subject or grade, with the
 * known codes nearest to it («OGE-RUS» — похоже на OGE-RU), or a text read neither as a code nor as a name.
 */
export function unreadProcedure(text: string): { code: 'no-such-procedure' | 'unknown-procedure'; params: IssueParams } {
  const unknown = unknownProcedureCode(text);
  if (unknown === null) return { code: 'unknown-procedure', params: { value: text } };
  return unknown.nearest.length > 0
    ? { code: 'no-such-procedure', params: { value: text, nearest: unknown.nearest.join(' / ') } }
    : { code: 'no-such-procedure', params: { value: text, subjects: unknown.subjects.join(', ') } };
}

export function headerOf(map: ColumnMap, field: Field): string | null {
  const index = map.fields.get(field);
  return index === undefined ? null : map.headers[index]!;
}

export function schoolColumn(map: ColumnMap): string | null {
  return headerOf(map, 'schoolId') ?? headerOf(map, 'school') ?? headerOf(map, 'schoolName');
}

/**
 * The match of a table that holds no results (a profile, a school list, a scale, facts, reference
 * values): scored by the columns it knows, no year asked for, the columns nobody reads reported,
 * each row handed to `read`.
 */
export function tableLayout<T>(
  layout: string, map: ColumnMap<unknown>, read: (cells: CellValue[], rowNumber: number, context: LayoutContext<T>) => void,
): LayoutMatch<T> {
  return {
    layout,
    score: map.fields.size,
    needsYear: false,
    start: (context, headerRow) => {
      reportUnusedColumns(map, context, headerRow);
      return { row: (cells, rowNumber) => read(cells, rowNumber, context), end() {} };
    },
  };
}
