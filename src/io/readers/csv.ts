/** CSV / text tables: decode, sniff the delimiter, split into rows (csv-rows.ts). */
import { pipeline } from 'node:stream';
import { InputError } from '../../errors.js';
import { decodeHead, decodingStream, detectEncoding, resolveEncoding } from '../encoding.js';
import { CsvRows } from './csv-rows.js';
import { ReplacedBytes } from './replaced-bytes.js';
import type { InputSource, ReadOptions, RowSink, TableReader } from './types.js';

const DELIMITERS = [';', ',', '\t', '|'];
const SNIFF_LINES = 20;

export const csvReader: TableReader = {
  name: 'csv',
  async read(source, options, openSheet) {
    const format = csvFormat(source, options);
    const sink = openSheet(null);
    const rows = await parse(source, format, sink);
    if (rows === 0) throw new InputError('empty-file', { file: source.name });
    sink.end();
  },
};

export interface CsvFormat {
  encoding: string;
  delimiter: string;
  newline: '\r\n' | '\n' | '\r' | undefined;
  /** The delimiters in a row: the count most of the head's lines share (0 when none has one). */
  rowDelimiters: number;
}

/** The encoding, delimiter and line break of a CSV source: as forced, else sniffed from its head. */
export function csvFormat(source: InputSource, options: ReadOptions): CsvFormat {
  const encoding = options.encoding ? resolveEncoding(options.encoding, source.name) : sniffEncoding(source.head);
  const head = decodeHead(source.head, encoding);
  const lines = sniffLines(head);
  const delimiter = options.delimiter ?? delimiterOf(lines);
  return { encoding, delimiter, newline: sniffNewline(head), rowDelimiters: commonCount(counts(lines, delimiter)).count };
}

function sniffEncoding(head: Buffer): string {
  // Excel's «Unicode text» export is UTF-16LE with a BOM
  if (head[0] === 0xff && head[1] === 0xfe) return 'utf-16le';
  if (head[0] === 0xfe && head[1] === 0xff) return 'utf-16be';
  return detectEncoding(head);
}

/** Streams the rows to the sink; resolves with the number of non-blank rows. */
async function parse(source: InputSource, format: CsvFormat, sink: RowSink): Promise<number> {
  const text = pipeline(source.open(), decodingStream(format.encoding), () => undefined);
  const replaced = new ReplacedBytes(format.encoding, sink);
  let rows = 0;
  const reader = new CsvRows(format, {
    row(cells, rowNumber) {
      rows++;
      if (replaced.seen) replaced.check(cells, rowNumber);
      sink.row(cells, rowNumber);
    },
    issue: (issue) => sink.issue(issue),
  });
  const chunks = text[Symbol.asyncIterator]() as AsyncIterator<string>;
  try {
    for (let chunk = await next(chunks, source); !chunk.done; chunk = await next(chunks, source)) {
      if (!replaced.seen && chunk.value.includes('\uFFFD')) replaced.seen = true;
      reader.push(chunk.value);
    }
    reader.end();
    replaced.end();
  } finally {
    // an error thrown by the sink stops the reading
    text.destroy();
  }
  return rows;
}

async function next(chunks: AsyncIterator<string>, source: InputSource): Promise<IteratorResult<string>> {
  try {
    return await chunks.next();
  } catch (error) {
    throw new InputError('file-unreadable', { file: source.name }, { reason: error instanceof Error ? error.message : String(error) });
  }
}

/**
 * The delimiter whose count per line (outside quotes) is the same on most of the first lines;
 * ties go to the one giving more columns. Title lines above the header have no delimiter and
 * do not count; decimal commas vary from line to line and so lose to `;`.
 */
export function sniffDelimiter(text: string): string {
  return delimiterOf(sniffLines(text));
}

function delimiterOf(lines: string[]): string {
  let best = { delimiter: DELIMITERS[0], lines: 0, columns: 0 };
  for (const delimiter of DELIMITERS) {
    const { count, lines: agreeing } = commonCount(counts(lines, delimiter));
    if (agreeing > best.lines || (agreeing === best.lines && count > best.columns)) {
      best = { delimiter, lines: agreeing, columns: count };
    }
  }
  return best.delimiter;
}

/** The first non-blank lines of a head. */
function sniffLines(text: string): string[] {
  return logicalLines(text)
    .filter((line) => line.trim() !== '')
    .slice(0, SNIFF_LINES);
}

/** The delimiters outside quotes on each line. */
function counts(lines: string[], delimiter: string): number[] {
  return lines.map((line) => countOutsideQuotes(line, delimiter));
}

/** The most frequent non-zero count and on how many lines it occurs (more columns wins a tie). */
function commonCount(counts: number[]): { count: number; lines: number } {
  const frequency = new Map<number, number>();
  for (const count of counts) if (count > 0) frequency.set(count, (frequency.get(count) ?? 0) + 1);
  let best = { count: 0, lines: 0 };
  for (const [count, lines] of frequency) {
    if (lines > best.lines || (lines === best.lines && count > best.count)) best = { count, lines };
  }
  return best;
}

function countOutsideQuotes(line: string, delimiter: string): number {
  let count = 0;
  let quoted = false;
  for (const char of line) {
    if (char === '"') quoted = !quoted;
    else if (char === delimiter && !quoted) count++;
  }
  return count;
}

/** Lines split at line breaks outside quotes (a quoted cell may hold a line break). */
function logicalLines(text: string): string[] {
  const lines: string[] = [];
  let quoted = false;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (char === '"') quoted = !quoted;
    else if ((char === '\n' || char === '\r') && !quoted) {
      lines.push(text.slice(start, i));
      if (char === '\r' && text[i + 1] === '\n') i++;
      start = i + 1;
    }
  }
  lines.push(text.slice(start));
  return lines;
}

/** The first line break outside quotes (Excel writes CRLF rows with LF inside quoted cells). */
function sniffNewline(text: string): '\r\n' | '\n' | '\r' | undefined {
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (char === '"') quoted = !quoted;
    else if (char === '\n' && !quoted) return '\n';
    else if (char === '\r' && !quoted) return text[i + 1] === '\n' ? '\r\n' : '\r';
  }
  return undefined;
}
