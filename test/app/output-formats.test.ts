/**
 * Output formats, rendered in-process: XLSX (read back with exceljs), CSV (plain and --excel),
 * Markdown; formula-like school ids neutralised in CSV, stored as they are in XLSX. Writing them
 * with -o (the format from the extension, atomically, never over an input): test/e2e/output.test.ts.
 */
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { beforeAll, describe, expect, it } from 'vitest';
import { tempDir, workbookFrom, writeIn } from './files.js';
import { IDS, INPUT } from './formula-ids.js';
import { runCommand } from './run.js';

const NEUTRALISED: Record<string, string> = { '=1+2': "'=1+2", '+7': "'+7", '-5': "'-5", '@x': "'@x", '101': '101' };

/** The header index of the «VPR-MA-5, 2021» share column: its header names ВПР, математику, 5 and the year. */
function maColumn(headers: string[]): number {
  const index = headers.findIndex((h) => /ВПР/.test(h) && /Математика/i.test(h) && /\b5\b/.test(h) && /2021/.test(h));
  expect(index, `no ВПР Математика 5 / 2021 column in ${JSON.stringify(headers)}`).toBeGreaterThan(-1);
  return index;
}

function ruColumn(headers: string[]): number {
  const index = headers.findIndex((h) => /ВПР/.test(h) && /Русский/i.test(h) && /\b5\b/.test(h) && /2021/.test(h));
  expect(index, `no ВПР Русский 5 / 2021 column in ${JSON.stringify(headers)}`).toBeGreaterThan(-1);
  return index;
}

function parseCsv(text: string, delimiter: string): string[][] {
  const parsed = Papa.parse<string[]>(text, { delimiter, skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  return parsed.data;
}

describe('output formats', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await tempDir();
    await writeIn(dir, 'in.csv', INPUT);
  });

  it('xlsx: frozen header, low cells filled, values as shares, ids as they are (a string cell is never a formula)', async () => {
    const result = await runCommand('classify', { inputs: ['in.csv'] }, { cwd: dir, format: 'xlsx' });
    expect(result.code, result.stderr).toBe(0);

    const workbook = await workbookFrom(result.stdoutBytes);
    const sheet = workbook.worksheets[0]!;
    expect(sheet).toBeDefined();
    const view = sheet.views[0] as { state?: string; ySplit?: number } | undefined;
    expect(view?.state).toBe('frozen');
    expect(view?.ySplit).toBe(1);

    const headers = (sheet.getRow(1).values as unknown[]).slice(1).map((v) => String(v ?? ''));
    const ma = maColumn(headers) + 1; // exceljs columns are 1-based
    const ru = ruColumn(headers) + 1;

    // the school id column is the first one; find each school's row by its id
    const rows = new Map<string, ExcelJS.Row>();
    sheet.eachRow((row, n) => {
      if (n > 1) rows.set(String(row.getCell(1).value), row);
    });
    expect([...rows.keys()].sort()).toEqual([...IDS].sort());

    // no cell of the list is a formula: «=1+2» is text, not 3, and shown without a «'»
    sheet.eachRow((row) => row.eachCell((cell) => expect(cell.type).not.toBe(ExcelJS.ValueType.Formula)));
    for (const id of IDS) {
      const cell = rows.get(id)!.getCell(1);
      expect(cell.type).toBe(ExcelJS.ValueType.String);
      expect(cell.value).toBe(id);
    }

    /** The share Excel shows, in percent: a «%» format shows value × 100. */
    const shown = (cell: ExcelJS.Cell): number => {
      expect(typeof cell.value).toBe('number');
      return (cell.numFmt ?? '').includes('%') ? (cell.value as number) * 100 : (cell.value as number);
    };
    const filled = (cell: ExcelJS.Cell): boolean =>
      cell.fill !== undefined && cell.fill.type === 'pattern' && cell.fill.pattern !== 'none';

    const formula = rows.get('=1+2')!;
    expect(shown(formula.getCell(ma))).toBeCloseTo(30, 6); // 6/20
    expect(shown(formula.getCell(ru))).toBeCloseTo(35, 6); // 7/20
    expect(filled(formula.getCell(ma))).toBe(true); // 30% is low
    expect(filled(formula.getCell(ru))).toBe(true);

    const plus = rows.get('+7')!;
    expect(shown(plus.getCell(ma))).toBeCloseTo(5, 6); // 1/20
    expect(shown(plus.getCell(ru))).toBeCloseTo(10, 6); // 2/20
    expect(filled(plus.getCell(ma))).toBe(false);
    expect(filled(plus.getCell(ru))).toBe(false);

    const minus = rows.get('-5')!;
    expect(shown(minus.getCell(ma))).toBeCloseTo(25, 6); // 10/40
    expect(filled(minus.getCell(ma))).toBe(false);
    expect(minus.getCell(ru).value ?? null).toBeNull(); // no ВПР Русский 5 for «-5»

    const frac = rows.get('101')!;
    expect(shown(frac.getCell(ma))).toBeCloseTo(33.33, 2); // 1/3 = 33.33%
    expect(filled(frac.getCell(ma))).toBe(true);
    expect(shown(frac.getCell(ru))).toBeCloseTo(12.5, 6); // 1/8
    expect(filled(frac.getCell(ru))).toBe(false);
  });

  it('csv: UTF-8 without BOM, «,», decimal point, ids neutralised', async () => {
    const result = await runCommand('classify', { inputs: ['in.csv'] }, { cwd: dir, format: 'csv' });
    expect(result.code, result.stderr).toBe(0);
    const bytes = result.stdoutBytes;
    expect([...bytes.subarray(0, 3)]).not.toEqual([0xef, 0xbb, 0xbf]);
    const rows = parseCsv(bytes.toString('utf8'), ',');
    const [headers, ...body] = rows;
    expect(headers!.length).toBeGreaterThan(3);
    const ma = maColumn(headers!);
    const byId = new Map(body.map((r) => [r[0]!, r]));
    expect([...byId.keys()].sort()).toEqual(IDS.map((id) => NEUTRALISED[id]!).sort());
    expect(byId.get('101')![ma]).toBe('33.33'); // 1/3 → 33.33 with a decimal point
    expect(byId.get("'-5")![ma]).toBe('25'); //     10/40 = 25
    expect(byId.get("'=1+2")![ma]).toBe('30'); //   6/20 = 30
  });

  it('csv --excel: BOM, «;», decimal comma, ids neutralised', async () => {
    const result = await runCommand('classify', { inputs: ['in.csv'] }, { cwd: dir, format: 'csv', excel: true });
    expect(result.code, result.stderr).toBe(0);
    const bytes = result.stdoutBytes;
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8').slice(1);
    const rows = parseCsv(text, ';');
    const [headers, ...body] = rows;
    expect(headers!.length).toBeGreaterThan(3);
    const ma = maColumn(headers!);
    const ru = ruColumn(headers!);
    const byId = new Map(body.map((r) => [r[0]!, r]));
    expect([...byId.keys()].sort()).toEqual(IDS.map((id) => NEUTRALISED[id]!).sort());
    expect(byId.get('101')![ma]).toBe('33,33'); // 1/3 → 33,33 with a decimal comma
    expect(byId.get('101')![ru]).toBe('12,5'); //  1/8 = 12,5
    expect(byId.get("'@x")![ru]).toBe('10'); //    1/10 = 10
  });

  it('--format csv --excel to stdout: the same dialect', async () => {
    const result = await runCommand('classify', { inputs: ['in.csv'] }, { cwd: dir, format: 'csv', excel: true });
    expect(result.code, result.stderr).toBe(0);
    expect([...result.stdoutBytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parseCsv(result.stdout.slice(1), ';');
    expect(rows.map((r) => r[0]).slice(1).sort()).toEqual(IDS.map((id) => NEUTRALISED[id]!).sort());
  });

  it('--format md: a title, a table with every school and the flagged one marked', async () => {
    const result = await runCommand('classify', { inputs: ['in.csv'] }, { cwd: dir, format: 'md' });
    expect(result.code, result.stderr).toBe(0);
    const md = result.stdout;
    expect(md).toMatch(/^# .+/);
    expect(md).toContain('2020/2021');
    expect(md).toMatch(/^\|.*\|\s*$/m);
    expect(md).toMatch(/^\|(\s*-+\s*\|)+\s*$/m); // a table separator row
    const tableLines = md.split('\n').filter((l) => l.startsWith('|'));
    for (const id of IDS) expect(tableLines.some((l) => l.includes(id)), id).toBe(true);
    // exactly one school is flagged (=1+2, criterion A)
    const flaggedLine = tableLines.find((l) => l.includes('=1+2'))!;
    expect(flaggedLine).toMatch(/\|\s*A\s*\|/);
    const plusLine = tableLines.find((l) => l.includes('+7') && !l.includes('=1+2'))!;
    expect(plusLine).not.toMatch(/\|\s*A\s*\|/);
  });

  it('--format html (and -o list.html): a page with the same table as md, the flagged school\'s row marked, every id escaped', async () => {
    const result = await runCommand('classify', { inputs: ['in.csv'] }, { cwd: dir, format: 'html' });
    expect(result.code, result.stderr).toBe(0);
    const html = result.stdout;
    expect(html).toMatch(/^<!DOCTYPE html>\n<html lang="ru">/);
    expect(html).toMatch(/<h1>.+2020\/2021.+<\/h1>/);
    const rows = html.split('\n').filter((l) => l.startsWith('<tr'));
    // the header row and one row per school; only =1+2 (criterion A) is flagged
    expect(rows).toHaveLength(IDS.length + 1);
    expect(rows.filter((r) => r.startsWith('<tr class="emphasis">')).map((r) => /<td>([^<]*)<\/td>/.exec(r)![1])).toEqual(['=1+2']);
    expect(html).not.toContain('<script');
  });
});
