/**
 * Reads the official list of schools with signs of non-objective ВПР results (--markers): one row
 * per school and year — «Год | Логин | Муниципалитет | ОО | 4 РУ | 4 МА | 5 РУ | 5 МА | Количество
 * маркеров», a procedure cell 1 (marked) or 0 / blank (not), any sheet name. A bad cell is left
 * out with an issue and the rest of the row kept; a row without a login or a year is left out.
 * Then matchMarkers ties the list's logins to the schools of the results.
 */
import type { CellValue } from '../model/cells.js';
import { fieldOfHeader, type Field } from '../model/fields.js';
import type { Issue } from '../model/issues.js';
import type { MarkerEntry, ObjectivityList } from '../model/markers.js';
import { cellText, parseNumber } from '../model/numbers.js';
import { compareProcedures, parseProcedure, readVprAbbreviation } from '../model/procedures.js';
import type { ResultRecord } from '../model/records.js';
import { SCHOOL_LOGIN } from '../model/school-name.js';
import { foldId, normalizeLabel } from '../model/text.js';
import { parseYesNo } from '../model/yes-no.js';
import { findByName, schoolDirectory, type SchoolEntry } from './identity.js';
import { isBlankRow, isTotalRow, mapColumns, readYear, reportUnusedColumns, type ColumnMap } from './layouts/columns.js';
import type { LayoutContext, LayoutMatch } from './layouts/types.js';
import { readTableFile } from './read-table.js';
import { MARKER_COUNT_HEADERS } from './vocabulary/headers.js';

export interface MarkersOptions {
  encoding?: string;
  delimiter?: string;
  /** The year of a list without a «Год» column whose sheet name does not say it (--year). */
  year?: number | null;
}

export interface MarkersLoad {
  list: ObjectivityList;
  issues: Issue[];
}

export async function loadMarkers(input: string, options: MarkersOptions = {}): Promise<MarkersLoad> {
  const rows: MarkerEntry[] = [];
  const issues: Issue[] = [];
  const { year = null, ...read } = options;
  const outcome = await readTableFile<MarkerEntry>(input, { ...read, match: matchMarkersHeader, noHeaderCode: 'no-markers-header', year, minScores: {} }, rows, issues);
  const entries = withoutRepeats(rows, issues);
  return { list: { file: outcome.file, years: [...new Set(entries.map((e) => e.year))].sort((a, b) => a - b), entries }, issues };
}

/** ВПР codes are the procedure columns' keys; the rest are the identity fields and the count. */
type MarkerColumn = Field | 'count' | `VPR-${string}`;

const IDENTITY: ReadonlySet<Field> = new Set(['year', 'schoolId', 'municipality', 'region', 'schoolName', 'school']);

function markerColumnOf(header: string): MarkerColumn | null {
  if (MARKER_COUNT_HEADERS.has(normalizeLabel(header))) return 'count';
  const field = fieldOfHeader(header);
  if (field !== null) return IDENTITY.has(field) ? field : null;
  const code = vprOfHeader(header);
  return code === null ? null : (code as MarkerColumn);
}

/** «4 РУ» or a full name («ВПР Русский язык 4 кл.»): the ВПР it names, else null. */
function vprOfHeader(header: string): string | null {
  const abbreviated = readVprAbbreviation(header);
  if (abbreviated) return abbreviated.procedure?.code ?? null;
  const named = parseProcedure(header);
  return named?.kind === 'VPR' ? named.code : null;
}

/** A header shaped like a procedure column that names no ВПР: «4 ЗЗ», «9 РУ», «ОГЭ Математика». */
function looksLikeProcedure(header: string): boolean {
  return readVprAbbreviation(header) !== null || parseProcedure(header) !== null;
}

const isProcedureColumn = (column: MarkerColumn) => column.startsWith('VPR-');

function matchMarkersHeader(headers: string[]): LayoutMatch<MarkerEntry> | null {
  const map = mapColumns<MarkerColumn>(headers, markerColumnOf);
  const procedures = [...map.fields].filter(([column]) => isProcedureColumn(column));
  if (!map.fields.has('schoolId') || procedures.length === 0) return null;
  return {
    layout: 'markers',
    score: map.fields.size,
    needsYear: !map.fields.has('year'),
    start: (context, headerRow) => {
      const unknownProcedures = new Set(map.unknown.filter((i) => looksLikeProcedure(headers[i]!)));
      for (const index of unknownProcedures) context.report({ row: headerRow, column: headers[index]!, code: 'unknown-marker-column', params: { value: headers[index]! } });
      reportUnusedColumns(map, context, headerRow, unknownProcedures);
      return { row: (cells, rowNumber) => readMarkerRow(cells, rowNumber, map, procedures, context), end() {} };
    },
  };
}

function readMarkerRow(
  cells: CellValue[], rowNumber: number, map: ColumnMap<MarkerColumn>, procedures: [MarkerColumn, number][], context: LayoutContext<MarkerEntry>,
): void {
  if (isBlankRow(cells)) return;
  const text = (column: MarkerColumn) => {
    const index = map.fields.get(column);
    return index === undefined ? null : cellText(cells[index] ?? null);
  };
  const idText = text('schoolId');
  const login = idText === null ? null : SCHOOL_LOGIN.exec(idText);
  const schoolName = text('schoolName') ?? text('school') ?? (login?.[2]?.trim() || null);
  const idColumn = headerAt(map, 'schoolId');
  if (idText === null) {
    const total = schoolName !== null && isTotalRow({ schoolId: schoolName, schoolName, municipality: null, schoolType: null });
    context.report(total
      ? { row: rowNumber, column: idColumn, code: 'ignored-total-row', params: { value: schoolName } }
      : { row: rowNumber, column: idColumn, code: 'markers-no-login', params: {} });
    return;
  }
  const year = readYear(cells, map as ColumnMap, context, rowNumber);
  if (year === null) return;

  const marked: string[] = [];
  let badCell = false;
  for (const [code, index] of procedures) {
    const value = parseYesNo(cells[index] ?? null);
    if (value === 'invalid') {
      badCell = true;
      context.report({ row: rowNumber, column: map.headers[index]!, code: 'bad-marker', params: { value: String(cells[index]) } });
    } else if (value) {
      marked.push(code);
    }
  }
  marked.sort(compareProcedures);
  const count = readCount(cells, rowNumber, map, context);
  if (count !== null && !badCell && count !== marked.length) {
    context.report({ row: rowNumber, column: headerAt(map, 'count'), code: 'markers-count-mismatch', params: { count, marked: marked.length } });
  }
  context.emit({
    year,
    schoolId: login?.[1] ?? idText,
    schoolName,
    municipality: text('municipality') ?? text('region'),
    procedures: marked,
    count,
    source: { file: context.file, sheet: context.sheet, row: rowNumber },
  });
}

function headerAt(map: ColumnMap<MarkerColumn>, column: MarkerColumn): string | null {
  const index = map.fields.get(column);
  return index === undefined ? null : map.headers[index]!;
}

/** «Количество маркеров»: a whole number from 0; anything else is reported and not used. */
function readCount(cells: CellValue[], rowNumber: number, map: ColumnMap<MarkerColumn>, context: LayoutContext<MarkerEntry>): number | null {
  const index = map.fields.get('count');
  if (index === undefined) return null;
  const cell = cells[index] ?? null;
  const value = parseNumber(cell);
  const column = map.headers[index]!;
  if (value === 'invalid') context.report({ row: rowNumber, column, code: 'bad-number', params: { value: String(cell) } });
  else if (value !== null && value < 0) context.report({ row: rowNumber, column, code: 'negative-count', params: { value } });
  else if (value !== null && !Number.isInteger(value)) context.report({ row: rowNumber, column, code: 'not-integer', params: { value } });
  else return value;
  return null;
}

/**
 * A school listed twice for one year: a repeat with the same marks is counted once (one note per
 * sheet, naming the rows); a repeat with other marks is left out, the first row kept.
 */
function withoutRepeats(rows: MarkerEntry[], issues: Issue[]): MarkerEntry[] {
  const first = new Map<string, MarkerEntry>();
  const repeats = new Map<string, { file: string; sheet: string | null; rows: number[] }>();
  const kept: MarkerEntry[] = [];
  for (const row of rows) {
    const key = `${foldId(row.schoolId)}\u0000${row.year}`;
    const earlier = first.get(key);
    if (!earlier) {
      first.set(key, row);
      kept.push(row);
    } else if (sameMarks(earlier, row)) {
      const where = `${row.source.file}\u0000${row.source.sheet ?? ''}`;
      const group = repeats.get(where) ?? { file: row.source.file, sheet: row.source.sheet, rows: [] };
      group.rows.push(row.source.row);
      repeats.set(where, group);
    } else {
      const { file, sheet, row: line } = row.source;
      issues.push({ file, sheet, row: line, column: null, code: 'markers-conflict', params: { school: row.schoolId, year: row.year, first: earlier.source.row } });
    }
  }
  for (const group of repeats.values()) {
    issues.push({ file: group.file, sheet: group.sheet, row: group.rows[0]!, column: null, code: 'markers-repeated', params: { count: group.rows.length, rows: rowRanges(group.rows) } });
  }
  return kept;
}

function sameMarks(a: MarkerEntry, b: MarkerEntry): boolean {
  return a.procedures.join() === b.procedures.join() && a.count === b.count;
}

/** 309, 310, 311, 400 → «309–311, 400». */
export function rowRanges(rows: number[]): string {
  const ranges: [number, number][] = [];
  for (const row of rows) {
    const last = ranges.at(-1);
    if (last && row === last[1] + 1) last[1] = row;
    else ranges.push([row, row]);
  }
  return ranges.map(([a, b]) => (a === b ? String(a) : `${a}–${b}`)).join(', ');
}

/**
 * Ties the list to the schools of the results: by login (case aside); where the results key
 * schools otherwise (a code, or a name the --schools list did not turn into a login), by the
 * normalised name within the same municipality, each such match reported to be confirmed. A
 * login matches nothing but a login: a list login absent from results keyed by logins is a
 * school outside the data. Schools the results do not have are one note per year of the list.
 */
export function matchMarkers(list: ObjectivityList, records: ResultRecord[], listed: SchoolEntry[]): MarkersLoad {
  return matchMarkersToSchools(list, schoolDirectory(records), listed);
}

/** matchMarkers over the schools of the data as a directory (a per-pupil export has no result records). */
export function matchMarkersToSchools(list: ObjectivityList, schools: SchoolEntry[], listed: SchoolEntry[] = []): MarkersLoad {
  const known = new Map(schools.map((s) => [foldId(s.schoolId), s.schoolId]));
  const notLogins = (entry: SchoolEntry) => known.has(foldId(entry.schoolId)) && !SCHOOL_LOGIN.test(entry.schoolId);
  const directory = [...listed, ...schools].filter(notLogins);
  const issues: Issue[] = [];
  const outside = new Map<number, string[]>();
  const entries = list.entries.map((entry) => {
    const id = known.get(foldId(entry.schoolId)) ?? byName(entry, directory, issues);
    if (id !== null) return { ...entry, schoolId: id };
    outside.set(entry.year, [...(outside.get(entry.year) ?? []), entry.schoolId]);
    return entry;
  });
  for (const [year, ids] of outside) {
    const total = list.entries.filter((e) => e.year === year).length;
    issues.push({ file: list.file, sheet: null, row: null, column: null, code: 'markers-outside-results', params: { year, count: ids.length, total, examples: ids.slice(0, 3).join(', ') } });
  }
  return { list: { ...list, entries }, issues };
}

function byName(entry: MarkerEntry, directory: SchoolEntry[], issues: Issue[]): string | null {
  if (entry.schoolName === null || directory.length === 0) return null;
  const sameMunicipality = (e: SchoolEntry) =>
    entry.municipality === null || e.municipality === null || normalizeLabel(e.municipality) === normalizeLabel(entry.municipality);
  const candidates = findByName(directory, entry.schoolName, entry.municipality).filter(sameMunicipality);
  const { file, sheet, row } = entry.source;
  if (candidates.length > 1) {
    issues.push({ file, sheet, row, column: null, code: 'name-ambiguous', params: { name: entry.schoolName, ids: candidates.map((c) => c.schoolId).join(', ') } });
    return null;
  }
  const [match] = candidates;
  if (!match) return null;
  issues.push({ file, sheet, row, column: null, code: 'name-matched', params: { name: entry.schoolName, id: match.schoolId, known: match.names[0] ?? match.schoolId } });
  return match.schoolId;
}
