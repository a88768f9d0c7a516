/**
 * Damaged and hostile workbooks, each built in the test: every one ends in an InputError naming
 * the file (exit 2) — a damaged deflate stream, a changed byte under an intact zip (CRC), a sheet
 * cut short, malformed XML, a DOCTYPE, and workbooks beyond the limits (a shared-strings bomb).
 */
import { writeFile } from 'node:fs/promises';
import { Readable } from 'node:stream';
import fc from 'fast-check';
import { afterEach, afterAll, describe, expect, it } from 'vitest';
import { ShnorError, type ErrorCode } from '../../src/errors.js';
import { xlsxReader } from '../../src/io/readers/xlsx.js';
import { DEFAULT_XLSX_LIMITS, setXlsxLimits } from '../../src/io/readers/xlsx/limits.js';
import { openSource } from '../../src/io/source.js';
import { collect, removeTempDirs, writeTemp } from './helpers.js';
import { sheetXml, workbookParts, zip, type ZipEntry } from './xlsx-parts.js';

afterAll(removeTempDirs);
afterEach(() => setXlsxLimits(DEFAULT_XLSX_LIMITS));

const SHEET = 'xl/worksheets/sheet1.xml';

/** 2,000 rows «школа N | 8» (about 60 KB of sheet XML, some 10 KB deflated). */
const ROWS = Array.from({ length: 2000 }, (_, i) => `<row r="${i + 1}"><c r="A${i + 1}" t="inlineStr"><is><t>школа ${i + 1}</t></is></c><c r="B${i + 1}"><v>8</v></c></row>`).join('');

function parts(rows = ROWS): ZipEntry[] {
  return workbookParts({ sheets: [{ name: 'Лист1', rows }] });
}

/** Reads the bytes as a file; resolves to the error it fails with (a ShnorError), or throws if it reads. */
async function failure<K extends ErrorCode = ErrorCode>(bytes: Buffer): Promise<ShnorError<K> & { path: string }> {
  const path = await writeTemp('bad.xlsx', bytes);
  const error = await collect(xlsxReader, await openSource(path)).then(
    () => new Error('read without an error'),
    (e: unknown) => e,
  );
  if (!(error instanceof ShnorError)) throw error;
  // K: the code the test expects (it checks the code, then reads that code's params)
  return Object.assign(error as ShnorError<K>, { path });
}

function replaceEntry(entries: ZipEntry[], name: string, change: (entry: ZipEntry) => ZipEntry): ZipEntry[] {
  return entries.map((entry) => (entry.name === name ? change(entry) : entry));
}

describe('xlsxReader: damage inside an intact zip', () => {
  it('a damaged deflate stream: damaged-workbook naming the file and the part, never a promise left pending', async () => {
    const { bytes, data } = zip(parts());
    const { start, length } = data.get(SHEET)!;
    bytes.fill(0xff, start + Math.floor(length / 2), start + Math.floor(length / 2) + 64); // 64 bytes in the middle
    const error = await failure(bytes);
    expect(error).toMatchObject({ exitCode: 2, code: 'damaged-workbook', location: { file: error.path }, params: { part: SHEET } });
  });

  it('a stored sheet with one digit changed (8 → 3): the CRC-32 check refuses it', async () => {
    const { bytes, data } = zip(replaceEntry(parts(), SHEET, (e) => ({ ...e, store: true })));
    const { start, length } = data.get(SHEET)!;
    const eight = bytes.indexOf('<v>8</v>', start) + 3;
    expect(eight).toBeGreaterThan(start);
    expect(eight).toBeLessThan(start + length);
    bytes[eight] = '3'.charCodeAt(0);
    const error = await failure<'damaged-workbook'>(bytes);
    expect(error).toMatchObject({ code: 'damaged-workbook', location: { file: error.path }, params: { part: SHEET } });
    expect(error.params.reason).toMatch(/^CRC-32 /);
  });

  it('a part longer than the zip directory declares', async () => {
    const error = await failure(zip(replaceEntry(parts(), SHEET, (e) => ({ ...e, size: 1000 }))).bytes);
    expect(error).toMatchObject({ code: 'damaged-workbook', params: { part: SHEET } });
  });

  it('a sheet whose XML ends before </sheetData> (the zip intact, its CRC right): damaged, not half the rows', async () => {
    const xml = sheetXml(ROWS);
    const cut = xml.slice(0, xml.indexOf('</row>', xml.length / 2) + '</row>'.length);
    const error = await failure(zip(replaceEntry(parts(), SHEET, (e) => ({ ...e, data: cut }))).bytes);
    expect(error).toMatchObject({ code: 'damaged-workbook', params: { part: SHEET, reason: 'unclosed tag: sheetData' } });
  });

  it('a sheet that ends after </sheetData> but before </worksheet>', async () => {
    const xml = sheetXml(ROWS);
    const cut = xml.slice(0, xml.indexOf('</sheetData>') + '</sheetData>'.length);
    const error = await failure(zip(replaceEntry(parts(), SHEET, (e) => ({ ...e, data: cut }))).bytes);
    expect(error).toMatchObject({ code: 'damaged-workbook', params: { part: SHEET, reason: 'unclosed tag: worksheet' } });
  });

  it.each([
    ['mismatched tags', sheetXml('<row r="1"><c r="A1"><v>1</c></v></row>'), /unexpected close tag/],
    ['an unknown entity', sheetXml('<row r="1"><c r="A1" t="inlineStr"><is><t>&nbsp;</t></is></c></row>'), /undefined entity/],
    ['an unquoted attribute', sheetXml('<row r=1></row>'), /unquoted attribute value/],
    ['a second root', `${sheetXml('')}<worksheet/>`, /only one root/],
    // out of order: Excel repairs such a sheet, dropping content; a row or cell repeated would stand for two under one number
    ['a row numbered as one before it', sheetXml('<row r="2"><c r="A2"><v>1</v></c></row><row r="3"><c r="A3"><v>2</v></c></row><row r="2"><c r="A2"><v>3</v></c></row>'), /^row 2 after row 3: rows out of order$/],
    ['a row without r= after one numbered beyond it', sheetXml('<row r="5"><c r="A5"><v>1</v></c></row><row><c r="A6"><v>2</v></c></row><row r="6"><c r="A6"><v>3</v></c></row>'), /^row 6 after row 6: rows out of order$/],
    ['a cell repeated in its row', sheetXml('<row r="1"><c r="A1"><v>1</v></c><c r="A1"><v>2</v></c></row>'), /^row 1: cell A1 is not after the cell before it \(cells out of order\)$/],
    ['cells out of order', sheetXml('<row r="1"><c r="C1"><v>1</v></c><c r="B1"><v>2</v></c></row>'), /^row 1: cell B1 is not after the cell before it \(cells out of order\)$/],
    ['a DOCTYPE (XXE)', `<?xml version="1.0"?><!DOCTYPE worksheet [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>${sheetXml('<row r="1"><c r="A1" t="inlineStr"><is><t>&xxe;</t></is></c></row>').replace(/^<\?xml[^>]*>\n/, '')}`, /DOCTYPE/],
  ])('malformed sheet: %s', async (_label, xml, reason) => {
    const error = await failure<'damaged-workbook'>(zip(replaceEntry(parts(), SHEET, (e) => ({ ...e, data: xml }))).bytes);
    expect(error).toMatchObject({ code: 'damaged-workbook', params: { part: SHEET } });
    expect(error.params.reason).toMatch(reason);
  });

  it('bytes that are not UTF-8', async () => {
    const xml = Buffer.concat([Buffer.from(sheetXml('<row r="1"><c r="A1" t="inlineStr"><is><t>школа').replace(/<\/t>.*$/s, '')), Buffer.from([0xd1, 0x20]), Buffer.from('</t></is></c></row></sheetData></worksheet>')]);
    const error = await failure(zip(replaceEntry(parts(), SHEET, (e) => ({ ...e, data: xml }))).bytes);
    expect(error).toMatchObject({ code: 'damaged-workbook', params: { part: SHEET, reason: 'not valid UTF-8' } });
  });

  it('a cell pointing past the shared strings', async () => {
    const entries = workbookParts({ sheets: [{ name: 'Лист1', rows: '<row r="3"><c r="A3" t="s"><v>5</v></c></row>' }], sharedStrings: ['<t>а</t>'] });
    const error = await failure(zip(entries).bytes);
    expect(error).toMatchObject({ code: 'damaged-workbook', params: { part: SHEET, reason: 'row 3: shared string «5» does not exist (there are 1)' } });
  });

  it('a worksheet part missing from the zip', async () => {
    const error = await failure(zip(parts().filter((e) => e.name !== SHEET)).bytes);
    expect(error).toMatchObject({ code: 'damaged-workbook', params: { part: SHEET, reason: 'the part is missing from the zip' } });
  });

  it('no workbook part at all', async () => {
    const error = await failure(zip([{ name: 'a.txt', data: 'hello' }]).bytes);
    expect(error).toMatchObject({ code: 'damaged-workbook', params: { part: 'xl/workbook.xml' } });
  });
});

describe('xlsxReader: limits (read.xlsx* in the config)', () => {
  /** sharedStrings.xml of n one-letter strings: 17 bytes a string, deflated some 1,000 times. */
  function stringsBomb(n: number, declared: number | null = n): ZipEntry[] {
    const count = declared === null ? '' : ` uniqueCount="${declared}"`;
    const sst = `<?xml version="1.0"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"${count}>${'<si><t>a</t></si>'.repeat(n)}</sst>`;
    return [...workbookParts({ sheets: [{ name: 'Лист1', rows: '<row r="1"><c r="A1" t="s"><v>0</v></c></row>' }], sharedStrings: [] }).filter((e) => e.name !== 'xl/sharedStrings.xml'), { name: 'xl/sharedStrings.xml', data: sst }];
  }

  it('a shared-strings bomb is refused by its compression ratio before a byte is inflated (default limits)', async () => {
    // 200,000 × 17 bytes = 3.4 MB expanded, a few KB deflated: far beyond 100×
    const error = await failure<'workbook-too-large'>(zip(stringsBomb(200_000)).bytes);
    expect(error).toMatchObject({ code: 'workbook-too-large', params: { key: 'xlsxMaxRatio', limit: 100, part: 'xl/sharedStrings.xml' } });
    expect(error.params.value).toBeGreaterThan(100);
  });

  it('too many shared strings: refused at the count the part declares, before any is kept', async () => {
    setXlsxLimits({ ...DEFAULT_XLSX_LIMITS, xlsxMaxSharedStrings: 1000 });
    const error = await failure(zip(stringsBomb(5000)).bytes);
    expect(error).toMatchObject({ code: 'workbook-too-large', params: { key: 'xlsxMaxSharedStrings', value: 5000, limit: 1000 } });
  });

  it('too many shared strings when the part does not declare their count: refused at the one past the limit', async () => {
    setXlsxLimits({ ...DEFAULT_XLSX_LIMITS, xlsxMaxSharedStrings: 1000 });
    const error = await failure(zip(stringsBomb(5000, null)).bytes);
    expect(error).toMatchObject({ code: 'workbook-too-large', params: { key: 'xlsxMaxSharedStrings', value: 1001, limit: 1000 } });
  });

  it('shared strings larger than read.xlsxMaxSharedStringsMiB', async () => {
    setXlsxLimits({ ...DEFAULT_XLSX_LIMITS, xlsxMaxSharedStringsMiB: 0.01 });
    // 1,000 strings × 17 bytes ≈ 0.016 MiB → reported rounded up: 1 MiB
    const error = await failure(zip(stringsBomb(1000)).bytes);
    expect(error).toMatchObject({ code: 'workbook-too-large', params: { key: 'xlsxMaxSharedStringsMiB', value: 1, limit: 0.01 } });
  });

  it('parts that expand beyond read.xlsxMaxExpandedMiB, from the sizes the zip directory declares', async () => {
    setXlsxLimits({ ...DEFAULT_XLSX_LIMITS, xlsxMaxExpandedMiB: 0.01 });
    const error = await failure(zip(parts()).bytes); // a sheet of some 150 KB
    expect(error).toMatchObject({ code: 'workbook-too-large', params: { key: 'xlsxMaxExpandedMiB', limit: 0.01 } });
  });

  it('a workbook on standard input larger than read.xlsxMaxExpandedMiB is not taken whole', async () => {
    setXlsxLimits({ ...DEFAULT_XLSX_LIMITS, xlsxMaxExpandedMiB: 0.001 });
    const bytes = zip(parts()).bytes;
    const source = await openSource('-', Readable.from([bytes]));
    await expect(collect(xlsxReader, source)).rejects.toMatchObject({ code: 'workbook-too-large', location: { file: '<stdin>' }, params: { key: 'xlsxMaxExpandedMiB' } });
  });
});

describe('xlsxReader: bytes damaged at random', () => {
  /** A long-layout workbook of 40 rows: text in the shared strings, counts as numbers, one part stored. */
  const TABLE = Array.from({ length: 40 }, (_, i) => `<row r="${i + 2}"><c r="A${i + 2}" t="s"><v>${i % 3}</v></c><c r="B${i + 2}"><v>2021</v></c><c r="C${i + 2}"><v>${20 + i}</v></c><c r="D${i + 2}"><v>${i % 9}</v></c></row>`).join('');
  const BOOK = zip(
    workbookParts({ sheets: [{ name: 'Лист1', rows: `<row r="1"><c r="A1" t="inlineStr"><is><t>school_id</t></is></c></row>${TABLE}` }], sharedStrings: ['<t>S1</t>', '<t>S2</t>', '<t>S3</t>'] })
      .map((part) => (part.name === 'xl/sharedStrings.xml' ? { ...part, store: true } : part)),
  ).bytes;

  const damage = fc.oneof(
    fc.array(fc.tuple(fc.nat(), fc.integer({ min: 1, max: 255 })), { minLength: 1, maxLength: 8 }).map((flips) => (bytes: Buffer) => {
      const out = Buffer.from(bytes);
      for (const [at, mask] of flips) out[at % out.length] ^= mask;
      return out;
    }),
    fc.tuple(fc.nat(), fc.integer({ min: 1, max: 64 })).map(([at, length]) => (bytes: Buffer) => {
      const start = at % bytes.length;
      return Buffer.concat([bytes.subarray(0, start), bytes.subarray(start + length)]);
    }),
    fc.nat().map((at) => (bytes: Buffer) => bytes.subarray(0, Math.max(4, at % bytes.length))),
  );

  it('reads the rows or refuses the file with exit 2 naming it, whatever the damage: 600 cases', async () => {
    const path = await writeTemp('fuzz.xlsx', BOOK);
    let refused = 0;
    await fc.assert(
      fc.asyncProperty(damage, async (change) => {
        await writeFile(path, change(BOOK));
        try {
          const sheets = await collect(xlsxReader, await openSource(path));
          expect(sheets.every((s) => s.ended)).toBe(true);
        } catch (error) {
          expect(error).toBeInstanceOf(ShnorError);
          expect(error).toMatchObject({ exitCode: 2, location: { file: path } });
          refused++;
        }
      }),
      { numRuns: 600 },
    );
    expect(refused).toBeGreaterThan(300); // most damage is caught (CRC, zip structure), not read through
  }, 120_000);
});
