/**
 * A large CSV file read in parts, shared out among threads. Each part is a byte range starting
 * right after a line break; every part but the first is read behind the file's preamble (its
 * first lines), so that it finds the same title rows, header and «Макс балл» row as the first.
 * Only a file without quote characters can be split: there every line is a row, so a line break
 * is a row boundary and a row's number is its line's. A part counts its line breaks and notices
 * a quote, so that the caller can number the rows of the later parts and refuse a file whose
 * quotes only come after the head.
 */
import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { Readable } from 'node:stream';
import type { CsvFormat } from './readers/csv.js';
import type { InputSource } from './readers/types.js';

const LF = 0x0a;
const QUOTE = 0x22;
/** Encodings where the byte 0x0A is a line break and nothing else. */
const SPLITTABLE_ENCODINGS = new Set(['utf-8', 'windows-1251', 'koi8-r', 'ibm866']);
const SEEK_BYTES = 64 * 1024;
/** Lines of the preamble, at most: a header stands among the first 30 non-blank rows. */
const PREAMBLE_LINES = 64;

export interface ByteRange {
  start: number;
  end: number;
}

export interface CsvParts {
  /** The first lines of the file: every part after the first is read behind them. */
  preamble: { bytes: number; rows: number };
  /** The parts in file order; the first starts at 0, the last ends at the end of the file. */
  ranges: ByteRange[];
}

/** What a part saw of its own bytes (the preamble not included). */
export interface PartCounts {
  lines: number;
  quoted: boolean;
}

/**
 * Up to `count` parts of a file of `size` bytes, or null when it cannot be split: a quote in its
 * head, a line break other than LF or CRLF, an encoding where 0x0A may be part of a character,
 * or a file too short for a second part beyond its head.
 */
export async function planCsvParts(path: string, size: number, head: Buffer, format: CsvFormat, count: number): Promise<CsvParts | null> {
  if (count < 2 || !SPLITTABLE_ENCODINGS.has(format.encoding) || format.newline === '\r' || head.includes(QUOTE)) return null;
  const preambleBytes = preambleEnd(head);
  if (preambleBytes === 0) return null;
  const starts = [0];
  for (let k = 1; k < count; k++) {
    const start = await lineStartAfter(path, Math.floor((size * k) / count), size);
    if (start !== null && start > Math.max(preambleBytes, starts[starts.length - 1]!)) starts.push(start);
  }
  if (starts.length < 2) return null;
  const ranges = starts.map((start, i) => ({ start, end: starts[i + 1] ?? size }));
  return { preamble: { bytes: preambleBytes, rows: countLines(head.subarray(0, preambleBytes)) }, ranges };
}

/** The end of the first PREAMBLE_LINES lines of the head, or of as many complete lines as it holds. */
function preambleEnd(head: Buffer): number {
  let end = 0;
  for (let line = 0; line < PREAMBLE_LINES; line++) {
    const lf = head.indexOf(LF, end);
    if (lf < 0) break;
    end = lf + 1;
  }
  return end;
}

/** The offset just after the first line break at or after `offset`; null when none follows. */
async function lineStartAfter(path: string, offset: number, size: number): Promise<number | null> {
  const file = await open(path, 'r');
  try {
    for (let at = offset; at < size; at += SEEK_BYTES) {
      const buffer = Buffer.alloc(Math.min(SEEK_BYTES, size - at));
      const { bytesRead } = await file.read(buffer, 0, buffer.length, at);
      const lf = buffer.subarray(0, bytesRead).indexOf(LF);
      if (lf >= 0) return at + lf + 1 < size ? at + lf + 1 : null;
    }
    return null;
  } finally {
    await file.close();
  }
}

/**
 * The source of one part: its bytes, behind the preamble for every part but the first (which
 * holds the preamble itself). `counts` fills in as the part is read.
 */
export function partSource(file: { name: string; path: string; head: Buffer }, parts: CsvParts, index: number): { source: InputSource; counts: PartCounts } {
  const counts: PartCounts = { lines: 0, quoted: false };
  const range = parts.ranges[index]!;
  const preamble = index === 0 ? null : { start: 0, end: parts.preamble.bytes };
  return { source: { ...file, open: () => Readable.from(partBytes(file.path, preamble, range, counts)) }, counts };
}

async function* partBytes(path: string, preamble: ByteRange | null, range: ByteRange, counts: PartCounts): AsyncGenerator<Buffer> {
  if (preamble !== null) yield* rangeBytes(path, preamble);
  for await (const chunk of rangeBytes(path, range)) {
    counts.lines += countLines(chunk);
    if (!counts.quoted && chunk.includes(QUOTE)) counts.quoted = true;
    yield chunk;
  }
}

function rangeBytes(path: string, range: ByteRange): AsyncIterable<Buffer> {
  return createReadStream(path, { start: range.start, end: range.end - 1 });
}

function countLines(bytes: Buffer): number {
  let lines = 0;
  for (let at = bytes.indexOf(LF); at >= 0; at = bytes.indexOf(LF, at + 1)) lines++;
  return lines;
}

/**
 * What to add to the row numbers of each part: a later part's row r (counted from the top of its
 * preamble) is row r − preamble rows + the lines of the parts before it; the first part's rows
 * are the file's.
 */
export function rowShifts(parts: CsvParts, counts: PartCounts[]): number[] {
  let before = 0;
  return counts.map((c, i) => {
    const shift = i === 0 ? 0 : before - parts.preamble.rows;
    before += c.lines;
    return shift;
  });
}
