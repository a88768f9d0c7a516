/** CSV / text tables: decode, sniff the delimiter, stream through papaparse. */
import { pipeline } from 'node:stream';
import Papa from 'papaparse';
import { InputError } from '../../errors.js';
import { decodeHead, decodingStream, detectEncoding, resolveEncoding } from '../encoding.js';
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
}

/** The encoding, delimiter and line break of a CSV source: as forced, else sniffed from its head. */
export function csvFormat(source: InputSource, options: ReadOptions): CsvFormat {
  const encoding = options.encoding ? resolveEncoding(options.encoding, source.name) : sniffEncoding(source.head);
  const head = decodeHead(source.head, encoding);
  // papaparse would guess both from its first chunk only, which is small for pipes
  return { encoding, delimiter: options.delimiter ?? sniffDelimiter(head), newline: sniffNewline(head) };
}

function sniffEncoding(head: Buffer): string {
  // Excel's «Unicode text» export is UTF-16LE with a BOM
  if (head[0] === 0xff && head[1] === 0xfe) return 'utf-16le';
  if (head[0] === 0xfe && head[1] === 0xff) return 'utf-16be';
  return detectEncoding(head);
}

/** Streams the rows to the sink; resolves with the number of non-blank rows. */
function parse(source: InputSource, { encoding, ...format }: CsvFormat, sink: RowSink): Promise<number> {
  return new Promise((resolve, reject) => {
    let settled = false;
    const settle = (error: unknown, rows = 0): void => {
      if (settled) return;
      settled = true;
      if (error === undefined) resolve(rows);
      else reject(error);
    };
    const unreadable = (error: Error): void =>
      settle(new InputError('file-unreadable', { file: source.name }, { reason: error.message }));

    const text = pipeline(source.open(), decodingStream(encoding), (error) => error && unreadable(error));
    let rowNumber = 0;
    let rows = 0;
    // rows a chunk at a time: papaparse's per-row `step` costs an object and a call per row
    Papa.parse<string[]>(text, {
      header: false,
      skipEmptyLines: false,
      ...format,
      chunk(results, parser) {
        for (const cells of results.data) {
          if (settled) return;
          rowNumber++; // a multi-line quoted cell is one row, as a spreadsheet shows it
          if (cells.length === 1 && cells[0] === '') continue; // a blank line
          rows++;
          try {
            sink.row(cells, rowNumber);
          } catch (error) {
            settle(error);
            parser.abort();
            text.destroy();
          }
        }
      },
      complete: () => settle(undefined, rows),
      error: unreadable,
    });
  });
}

/**
 * The delimiter whose count per line (outside quotes) is the same on most of the first lines;
 * ties go to the one giving more columns. Title lines above the header have no delimiter and
 * do not count; decimal commas vary from line to line and so lose to `;`.
 */
export function sniffDelimiter(text: string): string {
  const lines = logicalLines(text)
    .filter((line) => line.trim() !== '')
    .slice(0, SNIFF_LINES);
  let best = { delimiter: DELIMITERS[0], lines: 0, columns: 0 };
  for (const delimiter of DELIMITERS) {
    const { count, lines: agreeing } = commonCount(lines.map((line) => countOutsideQuotes(line, delimiter)));
    if (agreeing > best.lines || (agreeing === best.lines && count > best.columns)) {
      best = { delimiter, lines: agreeing, columns: count };
    }
  }
  return best.delimiter;
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
