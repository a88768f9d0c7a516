/**
 * What the fuzz tests share: the mutations (byte flips, deletions, quote insertions, truncations,
 * repeated lines), the edits of a workbook's cells, shared strings and rows under sound XML, the
 * demo inputs they change, and the check of one changed file read in-process — refused as input
 * (exit 2), or every row the reader handed over accounted for.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fc } from '@fast-check/vitest';
import ExcelJS from 'exceljs';
import { expect } from 'vitest';
import { ShnorError } from '../../src/errors.js';
import { isBlankRow } from '../../src/io/layouts/columns.js';
import { loadResults, type LoadResult } from '../../src/io/load.js';
import { readerFor } from '../../src/io/readers/index.js';
import { detectFormat, openSource } from '../../src/io/source.js';
import { isLeftOut, ROW_ERRORS } from '../../src/model/issues.js';
import { DEFAULT_MIN_SCORES } from '../../src/model/min-scores.js';
import { errorMessage, issueMessage } from '../../src/report/issue-text.js';
import { ROOT } from '../e2e/run-cli.js';
import { zip, type ZipEntry } from '../io/xlsx-parts.js';

/** A case that takes longer has hung: the whole demo file reads in well under a second. */
export const CASE_MS = 15_000;

export type Mutation =
  | { kind: 'flip'; at: number; byte: number }
  | { kind: 'delete'; at: number; length: number }
  | { kind: 'quote'; at: number; cellStart: boolean }
  | { kind: 'truncate'; at: number }
  /** A line copied after another one: a row pasted twice, as it was or with a digit changed (a conflicting repeat). */
  | { kind: 'repeat'; at: number; to: number; change: boolean };

/** Where in the file: uniform (fast-check's bias would put most mutations in the first or last bytes). */
const position = fc.noBias(fc.integer({ min: 0, max: 999_999 })).map((n) => n / 1_000_000);
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('flip' as const), at: position, byte: fc.integer({ min: 0, max: 255 }) }),
  fc.record({ kind: fc.constant('delete' as const), at: position, length: fc.integer({ min: 1, max: 64 }) }),
  fc.record({ kind: fc.constant('quote' as const), at: position, cellStart: fc.boolean() }),
  fc.record({ kind: fc.constant('truncate' as const), at: position }),
  fc.record({ kind: fc.constant('repeat' as const), at: position, to: position, change: fc.boolean() }),
);
export const mutations = fc.array(mutation, { minLength: 1, maxLength: 4 });

/** The bytes with each mutation applied in turn (positions are fractions of the current length). */
export function mutate(bytes: Buffer, list: Mutation[]): Buffer {
  let out = bytes;
  for (const m of list) {
    let at = Math.floor(m.at * out.length);
    if (m.kind === 'flip') out = Buffer.concat([out.subarray(0, at), Buffer.from([m.byte]), out.subarray(at + 1)]);
    else if (m.kind === 'delete') out = Buffer.concat([out.subarray(0, at), out.subarray(at + m.length)]);
    else if (m.kind === 'truncate') out = out.subarray(0, at);
    else if (m.kind === 'repeat') {
      const [start, end] = lineAround(out, at);
      const [, after] = lineAround(out, Math.floor(m.to * out.length));
      const copy = Buffer.from(out.subarray(start, end));
      let digit = copy.length - 1;
      while (digit >= 0 && !(copy[digit]! >= 0x31 && copy[digit]! <= 0x39)) digit--;
      if (m.change && digit >= 0) copy[digit] = 0x30; // the last non-zero digit (a value, not the school) made 0
      out = Buffer.concat([out.subarray(0, after), copy, out.subarray(after)]);
    } else {
      // a quote that opens a cell (after a delimiter or a line break) is what swallows rows
      if (m.cellStart) while (at > 0 && at < out.length && out[at - 1] !== 0x3b && out[at - 1] !== 0x0a) at++;
      out = Buffer.concat([out.subarray(0, at), Buffer.from('"'), out.subarray(at)]);
    }
  }
  return out;
}

/** The line holding byte `at`, with its line break: [start, end). */
function lineAround(bytes: Buffer, at: number): [number, number] {
  const start = bytes.lastIndexOf(0x0a, at - 1) + 1;
  const next = bytes.indexOf(0x0a, at);
  return [start, next < 0 ? bytes.length : next + 1];
}

/** The demo district (711 rows, Windows-1251, `;`, CRLF). */
export const DEMO_CSV = readFileSync(join(ROOT, 'fixtures/demo/district-cp1251.csv'));
/** The same in UTF-8 with LF: a bad byte there is read past with a warning, not a change of encoding. */
export const DEMO_CSV_UTF8 = Buffer.from(new TextDecoder('windows-1251').decode(DEMO_CSV).replace(/\r\n/g, '\n'));

/** A long-layout workbook of the demo's first 150 rows, as exceljs writes it (shared strings, deflated). */
export async function demoWorkbook(): Promise<Buffer> {
  const text = new TextDecoder('windows-1251').decode(DEMO_CSV);
  const rows = text.trim().split(/\r?\n/).slice(0, 151).map((line) => line.split(';'));
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('2023');
  rows.forEach((cells, i) => sheet.addRow(i === 0 ? cells : cells.map((c) => (/^\d+$/.test(c) ? Number(c) : c))));
  return Buffer.from(await book.xlsx.writeBuffer());
}

export type XmlPart = 'xl/worksheets/sheet1.xml' | 'xl/sharedStrings.xml';

/** The workbook with one of its XML parts mutated and zipped again: the zip sound, the XML broken. */
export function mutateInside(entries: ZipEntry[], part: XmlPart, list: Mutation[]): { bytes: Buffer; xml: Buffer } {
  const xml = mutate(Buffer.from(entries.find((e) => e.name === part)!.data), list);
  return { bytes: zip(entries.map((e) => (e.name === part ? { ...e, data: xml } : e))).bytes, xml };
}

/** Values a damaged or hand-edited table holds: shares, huge and impossible numbers, typos of codes, formulas, markup. */
const ODD_VALUES = [
  '', ' ', '0', '-1', '8', '87', '3,51', '2.5', '20%', '1e9', '1e400', '-0', 'NaN', 'Infinity', '0x10', '1 000',
  '2023', '2031', 'DM-01', 'OGE-RUS', 'ОГЭ Математика', 'ВПР Русский язык 5 кл.', '=1+1', '<b>&amp;</b>',
];
const value = fc.oneof(fc.constantFrom(...ODD_VALUES), fc.string({ unit: fc.constantFrom(...'0123456789.,-+e% '), maxLength: 6 }));

export type Edit =
  /** A cell of the sheet replaced: a number cell (`<v>`, whatever the text) or an inline string; '' removes the cell. */
  | { kind: 'cell'; at: number; value: string; form: 'number' | 'inline' }
  /** A shared string replaced (every cell that uses it changes). */
  | { kind: 'string'; at: number; value: string }
  /** A row removed, or copied after another one, as an editor does it: the rows after are numbered again. */
  | { kind: 'row'; at: number; to: number; copy: boolean };

const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ kind: fc.constant('cell' as const), at: position, value, form: fc.constantFrom('number' as const, 'inline' as const) }),
  fc.record({ kind: fc.constant('string' as const), at: position, value }),
  fc.record({ kind: fc.constant('row' as const), at: position, to: position, copy: fc.boolean() }),
);
export const edits = fc.array(edit, { minLength: 1, maxLength: 8 });

/** The texts the edits put in the workbook. */
export function planted(list: Edit[]): string[] {
  return list.flatMap((e) => (e.kind === 'row' ? [] : [e.value]));
}

const SHEET = 'xl/worksheets/sheet1.xml';
const STRINGS = 'xl/sharedStrings.xml';
const CELL = /<c [^>]*?(?:\/>|>.*?<\/c>)/gs;
const ROW = /<row [^>]*?(?:\/>|>.*?<\/row>)/gs;
const STRING_ITEM = /<si>.*?<\/si>/gs;

/**
 * The workbook with values, cells and rows changed as an editor would, its XML and zip sound; and
 * the numbers of its rows that hold a value (found in the XML, apart from the reader).
 */
export function editInside(entries: ZipEntry[], list: Edit[]): { bytes: Buffer; rowsWithValues: number[] } {
  const text = (name: string) => entries.find((e) => e.name === name)!.data.toString();
  let sheet = text(SHEET);
  let strings = text(STRINGS);
  for (const e of list) {
    if (e.kind === 'string') strings = replaceNth(strings, STRING_ITEM, e.at, () => `<si><t xml:space="preserve">${escapeXml(e.value)}</t></si>`);
    else if (e.kind === 'cell') sheet = replaceNth(sheet, CELL, e.at, (cell) => cellXml(/ r="([A-Z]+\d+)"/.exec(cell)![1]!, e));
    else {
      const rows = [...sheet.matchAll(ROW)];
      const from = rows[Math.floor(e.at * rows.length)]!;
      const after = rows[Math.floor(e.to * rows.length)]!;
      const end = after.index + after[0].length;
      sheet = e.copy
        ? sheet.slice(0, end) + from[0] + sheet.slice(end)
        : sheet.slice(0, from.index) + sheet.slice(from.index + from[0].length);
    }
  }
  sheet = renumbered(sheet);
  const bytes = zip(entries.map((e) => (e.name === SHEET ? { ...e, data: sheet } : e.name === STRINGS ? { ...e, data: strings } : e))).bytes;
  return { bytes, rowsWithValues: rowsWithValues(sheet, strings) };
}

/**
 * The rows (numbered 1, 2, 3 …) with a cell that is not empty: a number cell with any text, a
 * string that is not all spaces (as isBlankRow sees it).
 */
function rowsWithValues(sheet: string, strings: string): number[] {
  const shared = [...strings.matchAll(STRING_ITEM)].map((item) => [...item[0].matchAll(/<t(?: [^>]*)?>([^<]*)<\/t>/g)].map((t) => t[1]).join(''));
  const texts = (xml: string) => [...xml.matchAll(/<(?:v|t)(?: [^>]*)?>([^<]*)<\/(?:v|t)>/g)].map((m) => m[1]!);
  const hasValue = (cell: string) => {
    if (/ t="s"/.test(cell)) return shared[Number(texts(cell)[0])]!.trim() !== '';
    if (/ t="inlineStr"/.test(cell)) return texts(cell).join('').trim() !== '';
    return texts(cell).some((text) => text !== '');
  };
  return [...sheet.matchAll(ROW)].flatMap((row, i) => ([...row[0].matchAll(CELL)].some((cell) => hasValue(cell[0])) ? [i + 1] : []));
}

/** The rows numbered 1, 2, 3 … in their order, their cells with them. */
function renumbered(sheet: string): string {
  let n = 0;
  return sheet.replace(ROW, (row) => {
    n++;
    return row.replace(/^<row r="\d+"/, `<row r="${n}"`).replace(/(<c r="[A-Z]+)\d+"/g, `$1${n}"`);
  });
}

function cellXml(ref: string, e: Edit & { kind: 'cell' }): string {
  if (e.value === '') return '';
  return e.form === 'number' ? `<c r="${ref}"><v>${escapeXml(e.value)}</v></c>` : `<c r="${ref}" t="inlineStr"><is><t xml:space="preserve">${escapeXml(e.value)}</t></is></c>`;
}

/** The text with the match at fraction `at` of all matches replaced. */
function replaceNth(text: string, pattern: RegExp, at: number, change: (match: string) => string): string {
  const matches = [...text.matchAll(pattern)];
  const match = matches[Math.floor(at * matches.length)]!;
  return text.slice(0, match.index) + change(match[0]) + text.slice(match.index + match[0].length);
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * Reads a file as classify does; null when it is refused as input (exit 2). Anything else thrown
 * is a failure, and so is a message with a hole in it («"undefined" is not a number») or a
 * library's own error text passed through («Cannot read properties of undefined») — but for the
 * texts the case itself put in the file (`planted`: a cell that says «NaN»).
 */
export async function load(path: string, planted: string[] = []): Promise<LoadResult | null> {
  const expectWhole = (message: string) => expect(planted.reduce((m, text) => m.replaceAll(text, ''), message)).not.toMatch(HOLE);
  let loaded: LoadResult;
  try {
    loaded = await withTimeout(loadResults([path], { year: null, minScores: DEFAULT_MIN_SCORES }), path);
  } catch (error) {
    if (error instanceof ShnorError && error.exitCode === 2) {
      expectWhole(errorMessage(error.code, error.params, 'ru'));
      return null;
    }
    throw error;
  }
  for (const issue of loaded.issues) expectWhole(issueMessage(issue, 'ru'));
  return loaded;
}

const HOLE = /undefined|NaN|\[object /;

export interface Accounting {
  /** Each sheet's header row (null where none was found). */
  headerRows: Map<string | null, number | null>;
  /** Rows the reader handed over below each sheet's header, or left out itself (a stray quote's), as `sheet|row`. */
  read: Set<string>;
  used: Set<string>;
  merged: Set<string>;
  listed: Set<string>;
  layouts: (string | null)[];
}

const LEFT_OUT_BY_READER = new Set<string>(ROW_ERRORS);
const key = (sheet: string | null, row: number) => `${sheet ?? ''}|${row}`;

/** Where each row below its sheet's header went: those the reader hands over, and those it leaves out itself. */
export async function account(path: string, loaded: LoadResult): Promise<Accounting> {
  const headerRows = new Map(loaded.files[0]!.sheets.map((s) => [s.sheet, s.headerRow]));
  const read = new Set<string>();
  const source = await openSource(path);
  await withTimeout(
    readerFor(detectFormat(source)).read(source, {}, (sheet) => {
      const header = headerRows.get(sheet) ?? Infinity;
      return {
        row(cells, rowNumber) {
          if (rowNumber > header && !isBlankRow(cells)) read.add(key(sheet, rowNumber));
        },
        issue({ row, code }) {
          if (row !== null && row > header && LEFT_OUT_BY_READER.has(code)) read.add(key(sheet, row));
        },
        end() {},
      };
    }),
    path,
  );
  const here = (place: { file: string }) => place.file === path;
  return {
    headerRows,
    read,
    used: new Set(loaded.records.filter((r) => here(r.source)).map((r) => key(r.source.sheet, r.source.row))),
    merged: new Set(loaded.merged.filter(here).map((s) => key(s.sheet, s.row))),
    listed: new Set(loaded.issues.filter((i) => here(i) && i.row !== null && isLeftOut(i)).map((i) => key(i.sheet, i.row!))),
    layouts: loaded.files[0]!.sheets.map((s) => s.layout),
  };
}

/**
 * Every row read is used, merged or listed, and nothing else is — checked where a row gives one
 * result (long and wide tables; the per-pupil layouts fold many rows into one). In a long table a
 * row is one result, so it is one of the three: rows read = used + merged + listed.
 */
export function expectAccounted(a: Accounting): void {
  if (!a.layouts.every((l) => l === null || l === 'long' || l === 'wide')) return;
  const accounted = new Set([...a.used, ...a.merged, ...a.listed]);
  expect([...a.read].filter((row) => !accounted.has(row)), 'rows read but neither used, merged nor listed').toEqual([]);
  expect([...accounted].filter((row) => !a.read.has(row)), 'rows used or listed that were not read').toEqual([]);
  if (a.layouts.every((l) => l === null || l === 'long')) {
    expect(a.used.size + a.merged.size + a.listed.size, 'rows read = used + merged + listed').toBe(a.read.size);
  }
}

export function withTimeout<T>(promise: Promise<T>, path: string): Promise<T> {
  let timer: NodeJS.Timeout;
  const hang = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer in ${CASE_MS} ms: ${path}`)), CASE_MS);
  });
  return Promise.race([promise, hang]).finally(() => clearTimeout(timer));
}
