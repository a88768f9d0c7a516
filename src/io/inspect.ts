/**
 * What shnor sees in an input file (`shnor inspect`): the dialect of a CSV, each sheet's header
 * row, layout and column mapping, the procedures and years found, the rows used and left out —
 * and the explicit flags that make the same reading without guessing (the idea of DuckDB's
 * sniff_csv).
 */
import type { Issue } from '../model/issues.js';
import { fieldOfHeader } from '../model/fields.js';
import type { ResultRecord } from '../model/records.js';
import { compareProcedures } from '../model/procedures.js';
import { detectEncoding, decodeHead, resolveEncoding } from './encoding.js';
import type { FileOutcome } from './read-table.js';
import { sniffDelimiter } from './readers/csv.js';
import type { ReadOptions } from './readers/types.js';
import { detectFormat, openSource } from './source.js';
import type { ColumnUse } from './layouts/types.js';
import { parseWideHeader } from './layouts/wide.js';

export interface SheetReport {
  sheet: string | null;
  headerRow: number | null;
  layout: string | null;
  columns: ColumnUse[];
  records: number;
  procedures: string[];
  years: number[];
  rejected: number;
  warnings: number;
  /** `--sheet … --layout … --year …` for this sheet. */
  flags: string[];
}

export interface FileReport {
  file: string;
  format: 'csv' | 'xlsx';
  encoding: string | null;
  delimiter: string | null;
  sheets: SheetReport[];
  /** The whole reproduction: `shnor classify FILE --encoding … --delimiter …`. */
  reproduce: string;
}

export async function dialectOf(input: string, options: ReadOptions): Promise<{ encoding: string | null; delimiter: string | null }> {
  const source = await openSource(input);
  if (detectFormat(source) === 'xlsx') return { encoding: null, delimiter: null };
  const encoding = options.encoding ? resolveEncoding(options.encoding, source.name) : detectEncoding(source.head);
  return { encoding, delimiter: options.delimiter ?? sniffDelimiter(decodeHead(source.head, encoding)) };
}

export function describeFile(
  outcome: FileOutcome, dialect: { encoding: string | null; delimiter: string | null }, records: ResultRecord[], issues: Issue[], isWarning: (i: Issue) => boolean,
): FileReport {
  const sheets = outcome.sheets.map((sheet): SheetReport => {
    const own = records.filter((r) => r.source.file === outcome.file && r.source.sheet === sheet.sheet);
    const problems = issues.filter((i) => i.file === outcome.file && i.sheet === sheet.sheet);
    const years = [...new Set(own.map((r) => r.year))].sort();
    const flags = [
      ...(sheet.sheet !== null ? ['--sheet', quote(sheet.sheet)] : []),
      ...(sheet.layout ? ['--layout', sheet.layout] : []),
      ...(years.length === 1 ? ['--year', String(years[0])] : []),
    ];
    return {
      sheet: sheet.sheet,
      headerRow: sheet.headerRow,
      layout: sheet.layout,
      columns: sheet.columns ?? sheet.headers.filter((h) => h.trim() !== '').map((header) => ({ header, field: fieldName(header) })),
      records: sheet.records,
      procedures: [...new Set(own.map((r) => r.procedure))].sort(compareProcedures),
      years,
      rejected: problems.filter((i) => !isWarning(i) && i.row !== null).length,
      warnings: problems.filter(isWarning).length,
      flags,
    };
  });
  const dialectFlags = [
    ...(dialect.encoding ? ['--encoding', dialect.encoding] : []),
    ...(dialect.delimiter ? ['--delimiter', quote(dialect.delimiter === '\t' ? '\\t' : dialect.delimiter)] : []),
  ];
  const main = sheets.find((s) => s.headerRow !== null);
  return {
    file: outcome.file,
    format: outcome.format,
    ...dialect,
    sheets,
    reproduce: ['shnor classify', quote(outcome.file), ...dialectFlags, ...(sheets.length === 1 && main ? main.flags : [])].join(' '),
  };
}

function fieldName(header: string): string | null {
  const field = fieldOfHeader(header);
  if (field) return field;
  const wide = parseWideHeader(header);
  return wide ? `${wide.procedure} ${wide.field}` : null;
}

function quote(text: string): string {
  return /^[\w./-]+$/.test(text) ? text : `'${text.replace(/'/g, `'\\''`)}'`;
}
