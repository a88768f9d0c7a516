import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { partSource, planCsvParts, rowShifts } from '../../src/io/csv-parts.js';
import type { CsvFormat } from '../../src/io/readers/csv.js';

const UTF8: CsvFormat = { encoding: 'utf-8', delimiter: ',', newline: '\n', rowDelimiters: 2 };

/** A file of `lines` lines «row N,1,0» (each 8–12 bytes with its LF), and its path. */
function fileOf(lines: number, text = (i: number) => `row ${i},1,0\n`): { path: string; bytes: Buffer } {
  const path = join(mkdtempSync(join(tmpdir(), 'shnor-parts-')), 'p.csv');
  const bytes = Buffer.from(Array.from({ length: lines }, (_, i) => text(i + 1)).join(''));
  writeFileSync(path, bytes);
  return { path, bytes };
}

async function readAll(source: ReturnType<typeof partSource>['source']): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of source.open()) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

describe('planCsvParts', () => {
  it('cuts right after line breaks into parts that cover the file, the preamble its first 64 lines', async () => {
    const { path, bytes } = fileOf(1000);
    const parts = (await planCsvParts(path, bytes.length, bytes.subarray(0, 64 * 1024), UTF8, 4))!;
    expect(parts.ranges).toHaveLength(4);
    expect(parts.ranges[0]!.start).toBe(0);
    expect(parts.ranges[3]!.end).toBe(bytes.length);
    for (const [i, range] of parts.ranges.entries()) {
      if (i > 0) expect(bytes[range.start - 1]).toBe(0x0a);
      if (i > 0) expect(range.start).toBe(parts.ranges[i - 1]!.end);
    }
    // lines 1–9 are 10 bytes («row 1,1,0\n»), 10–64 are 11: 9 × 10 + 55 × 11 = 695
    expect(parts.preamble).toEqual({ bytes: 695, rows: 64 });
  });

  it('does not split a file with a quote in its head, a CR-only file, UTF-16, or one too short for two parts', async () => {
    const quoted = fileOf(1000, (i) => (i === 500 ? '"a, b",1,0\n' : `row ${i},1,0\n`));
    expect(await planCsvParts(quoted.path, quoted.bytes.length, quoted.bytes, UTF8, 2)).toBeNull();
    const plain = fileOf(1000);
    const head = plain.bytes.subarray(0, 64 * 1024);
    expect(await planCsvParts(plain.path, plain.bytes.length, head, { ...UTF8, newline: '\r' }, 2)).toBeNull();
    expect(await planCsvParts(plain.path, plain.bytes.length, head, { ...UTF8, encoding: 'utf-16le' }, 2)).toBeNull();
    expect(await planCsvParts(plain.path, plain.bytes.length, head, UTF8, 1)).toBeNull();
    // 50 lines: all of them preamble, no second part can start after it
    const short = fileOf(50);
    expect(await planCsvParts(short.path, short.bytes.length, short.bytes, UTF8, 2)).toBeNull();
  });
});

describe('partSource', () => {
  it('gives a later part behind the preamble, counting only its own lines and quotes', async () => {
    const { path, bytes } = fileOf(1000, (i) => (i === 900 ? 'row "900",1,0\n' : `row ${i},1,0\n`));
    const head = bytes.subarray(0, 64 * 1024);
    // the quote at line 900 is after the head, so the plan is made; the part holding it notices
    // lines 1–9 take 10 bytes, 10–99 11, from 100 on 12: line 425 ends at 90 + 990 + 326 × 12 = 4992
    const parts = { preamble: { bytes: 695, rows: 64 }, ranges: [{ start: 0, end: 4992 }, { start: 4992, end: bytes.length }] };
    expect(bytes[4991]).toBe(0x0a);
    const second = partSource({ name: 'p.csv', path, head }, parts, 1);
    const text = await readAll(second.source);
    const file = readFileSync(path, 'utf8');
    expect(text).toBe(file.slice(0, 695) + file.slice(4992));
    // lines 426–1000 are its own
    expect(second.counts).toEqual({ lines: 575, quoted: true });
    const first = partSource({ name: 'p.csv', path, head }, parts, 0);
    expect(await readAll(first.source)).toBe(file.slice(0, 4992));
    expect(first.counts).toEqual({ lines: 425, quoted: false });
  });
});

describe('rowShifts', () => {
  it('numbers a later part’s rows after the lines of the parts before it', () => {
    // preamble 64 rows; parts of 500, 300 and 200 lines: part 2's row 65 (its first own line) is
    // file row 501 → shift 501 − 65 = 436 = 500 − 64; part 3's row 65 is file row 801 → 736
    const parts = { preamble: { bytes: 0, rows: 64 }, ranges: [] };
    expect(rowShifts(parts, [{ lines: 500, quoted: false }, { lines: 300, quoted: false }, { lines: 200, quoted: false }])).toEqual([0, 436, 736]);
  });
});
