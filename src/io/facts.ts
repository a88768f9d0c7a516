/**
 * Reads the facts workbook (`shnor template facts`): the municipal sheet — a row per indicator
 * («№», «Значение», «Числитель», «Знаменатель», «Ссылка на документ», «Примечание») — and the
 * school sheet — a row per school («Код ОО» and the programme's columns). A bad cell is reported
 * with its place and left blank; the rest of the row is kept.
 */
import type { CellValue } from '../model/cells.js';
import type { Facts, MunicipalFact, SchoolFacts } from '../model/facts.js';
import type { Issue, IssueCode, IssueParams } from '../model/issues.js';
import { cellText, parseNumber } from '../model/numbers.js';
import type { Programme, ProgrammeColumn } from '../model/programme.js';
import { normalizeLabel } from '../model/text.js';
import { parseYesNo } from '../model/yes-no.js';
import { isBlankRow, mapColumns, tableLayout, type ColumnMap } from './layouts/columns.js';
import type { LayoutContext, LayoutMatch } from './layouts/types.js';
import { readTableFile } from './read-table.js';
import { FACTS_MUNICIPAL_HEADERS, FACTS_SCHOOL_HEADERS } from './vocabulary/headers.js';

type FactRow = { kind: 'municipal'; fact: MunicipalFact } | { kind: 'school'; facts: SchoolFacts };

export async function loadFacts(input: string, programme: Programme, knownSchools: Set<string>): Promise<{ facts: Facts; issues: Issue[] }> {
  const rows: FactRow[] = [];
  const issues: Issue[] = [];
  const match = (headers: string[]) => matchMunicipal(headers, programme) ?? matchSchools(headers, programme, knownSchools);
  await readTableFile<FactRow>(input, { match, noHeaderCode: 'no-facts-header', year: null, minScores: {} }, rows, issues);
  const facts: Facts = { municipal: [], schools: [] };
  for (const row of rows) {
    if (row.kind === 'municipal') facts.municipal.push(row.fact);
    else facts.schools.push(row.facts);
  }
  // the template's notes sheet is prose, not a table
  return { facts, issues: issues.filter((i) => i.code !== 'sheet-without-header') };
}

type Reporter = (column: string, code: IssueCode, params: IssueParams) => void;

function reporter(context: LayoutContext<FactRow>, row: number): Reporter {
  return (column, code, params) => context.report({ row, column, code, params });
}

function matchMunicipal(headers: string[], programme: Programme): LayoutMatch<FactRow> | null {
  const map = mapColumns(headers, (header) => lookupIn(FACTS_MUNICIPAL_HEADERS, header));
  if (!map.fields.has('id') || !map.fields.has('value')) return null;
  const byId = new Map(programme.indicators.map((i) => [i.id, i]));
  return tableLayout('facts-municipal', map, (cells, rowNumber, context) => readMunicipalRow(cells, map, reporter(context, rowNumber), context, rowNumber, byId));
}

function readMunicipalRow(
  cells: CellValue[], map: ColumnMap<string>, report: Reporter, context: LayoutContext<FactRow>, row: number, byId: Map<string, Programme['indicators'][number]>,
): void {
  if (isBlankRow(cells)) return;
  const cell = (key: string) => (map.fields.has(key) ? (cells[map.fields.get(key)!] ?? null) : null);
  const header = (key: string) => map.headers[map.fields.get(key)!]!;
  const id = cellText(cell('id'))?.replace(/\.$/, '') ?? null;
  const indicator = id === null ? undefined : byId.get(id);
  if (!indicator) {
    if (id !== null) report(header('id'), 'unknown-indicator', { id });
    return;
  }
  const value = indicator.unit === 'yesno' ? yesNoCell(cell('value'), header('value'), report) : percentCell(cell('value'), header('value'), report);
  let numerator = map.fields.has('numerator') ? countCell(cell('numerator'), header('numerator'), report) : null;
  const denominator = map.fields.has('denominator') ? countCell(cell('denominator'), header('denominator'), report) : null;
  if (numerator !== null && denominator !== null && numerator > denominator) {
    report(header('numerator'), 'count-exceeds-total', { count: numerator, total: denominator });
    numerator = null;
  }
  const text = (key: string) => cellText(cell(key));
  const source = { file: context.file, sheet: context.sheet, row };
  context.emit({ kind: 'municipal', fact: { id: indicator.id, value, numerator, denominator, evidence: text('evidence'), note: text('note'), source } });
}

function matchSchools(headers: string[], programme: Programme, known: Set<string>): LayoutMatch<FactRow> | null {
  const byHeader = new Map(programme.columns.map((c) => [normalizeLabel(c.header), c]));
  const map = mapColumns(headers, (header) => lookupIn(FACTS_SCHOOL_HEADERS, header) ?? byHeader.get(normalizeLabel(header))?.key ?? null);
  const columns = new Map(programme.columns.map((c) => [c.key, c]));
  if (!map.fields.has('schoolId') || ![...map.fields.keys()].some((key) => columns.has(key))) return null;
  const pairs = programme.indicators.flatMap((i): [string, string][] => (i.fact.source === 'teachers' ? [[i.fact.numerator, i.fact.denominator]] : []));
  return tableLayout('facts-schools', map, (cells, rowNumber, context) => readSchoolRow(cells, { map, columns, pairs }, known, context, rowNumber));
}

interface SchoolColumns {
  map: ColumnMap<string>;
  columns: Map<string, ProgrammeColumn>;
  /** [part, whole] column pairs: the numerators and denominators of teacher shares. */
  pairs: [string, string][];
}

function readSchoolRow(cells: CellValue[], { map, columns, pairs }: SchoolColumns, known: Set<string>, context: LayoutContext<FactRow>, row: number): void {
  if (isBlankRow(cells)) return;
  const report = reporter(context, row);
  const idHeader = map.headers[map.fields.get('schoolId')!]!;
  const schoolId = cellText(cells[map.fields.get('schoolId')!] ?? null);
  if (schoolId === null) return report(idHeader, 'missing-school', {});
  if (!known.has(schoolId)) return report(idHeader, 'facts-unknown-school', { school: schoolId });
  const values: SchoolFacts['values'] = {};
  for (const [key, index] of map.fields) {
    const column = columns.get(key);
    if (!column) continue;
    const header = map.headers[index]!;
    values[key] = column.kind === 'yesno' ? yesNoCell(cells[index] ?? null, header, report) : countCell(cells[index] ?? null, header, report);
  }
  checkShares(values, map, pairs, report);
  context.emit({ kind: 'school', facts: { schoolId, values, source: { file: context.file, sheet: context.sheet, row } } });
}

/** A count of teachers over the number they are part of: a share over 100% is an error, left blank. */
function checkShares(values: SchoolFacts['values'], map: ColumnMap<string>, pairs: [string, string][], report: Reporter): void {
  for (const [part, whole] of pairs) {
    const count = values[part];
    const total = values[whole];
    if (typeof count === 'number' && typeof total === 'number' && count > total) {
      report(map.headers[map.fields.get(part)!]!, 'count-exceeds-total', { count, total });
      values[part] = null;
    }
  }
}

function yesNoCell(cell: CellValue, column: string, report: Reporter): boolean | null {
  const value = parseYesNo(cell);
  if (value !== 'invalid') return value;
  report(column, 'bad-yes-no', { value: cellText(cell) ?? '' });
  return null;
}

function countCell(cell: CellValue, column: string, report: Reporter): number | null {
  const value = parseNumber(cell);
  const text = cellText(cell) ?? '';
  if (value === 'invalid') report(column, 'bad-number', { value: text });
  else if (value !== null && value < 0) report(column, 'negative-count', { value: text });
  else if (value !== null && !Number.isInteger(value)) report(column, 'not-integer', { value: text });
  else return value;
  return null;
}

function percentCell(cell: CellValue, column: string, report: Reporter): number | null {
  const value = parseNumber(cell);
  const text = cellText(cell) ?? '';
  if (value === 'invalid') report(column, 'bad-number', { value: text });
  else if (value !== null && (value < 0 || value > 100)) report(column, 'share-out-of-range', { value: text });
  else return value;
  return null;
}

function lookupIn(table: Record<string, string[]>, header: string): string | null {
  const label = normalizeLabel(header);
  for (const [key, aliases] of Object.entries(table)) if (aliases.some((a) => normalizeLabel(a) === label)) return key;
  return null;
}
