/**
 * CSV text to rows as the text arrives, in time linear in its length: a line is split when it is
 * complete, and a line that arrives in many chunks is joined once (papaparse parsed the unfinished
 * line again with every chunk: a line of 16 MB took 26 s).
 *
 * Cells are read as papaparse reads them (RFC 4180, leniently): a quote opens a cell only at the
 * cell's start; inside it, "" is a quote, and a quote followed by the delimiter or the line's end
 * (spaces between allowed) closes it; any other quote stays in the text and the cell is noted
 * (`quote-not-doubled`).
 *
 * A line ends at LF or CRLF, both in one file (lines appended by another program end in LF alone
 * in a CRLF file: they are rows, not a last cell of the row before them), or at CR in a file whose
 * first line break is CR.
 *
 * A quoted cell may hold line breaks, and a row then spans lines. But a quoted cell that swallows
 * lines shaped like rows is a stray quote: one of its inner lines, or its last line read whole
 * with the part before the closing quote holding the delimiter, has the delimiter count of the
 * file's rows (`rowDelimiters`, sniffed from the head). So is a quote still open at the end of
 * the file. The row where such a quote opens is left out (`stray-quote`, with the row where the
 * quote would have closed), and the lines after it are read again as rows. The decision is taken
 * at the first such line, so at most the lines since the quote opened are held, not the rest of
 * the file; where the quote would have closed is then found by following it over the next lines.
 */
import type { ReaderIssue } from './types.js';

const QUOTE = 0x22;
const SPACE = /\s/;

export interface CsvDialect {
  delimiter: string;
  /** The file's line break (LF and CRLF are both read as one); found at the first line break when absent. */
  newline: '\r\n' | '\n' | '\r' | undefined;
  /** Delimiters in a row of this file (0 when unknown: no line is then taken for a row). */
  rowDelimiters: number;
}

export interface CsvRowEvents {
  /** A row that is not blank; rowNumber counts blank rows and a row spanning lines once. */
  row(cells: string[], rowNumber: number): void;
  issue(issue: ReaderIssue): void;
}

/** The cells of a row read so far. */
interface RowState {
  cells: string[];
  /** The content of a quoted cell not closed yet; null when none is open. */
  open: string[] | null;
  /** Where on the line last scanned the cell open at its start was closed; -1 when none was. */
  closedAt: number;
  /** The cells holding a quote that neither doubles nor closes. */
  loose: number[];
}

interface Line {
  /** Its text, without its line break. */
  text: string;
  /** Its place among the lines of the input, from 1. */
  seq: number;
  /** The line break that ends it (kept in a quoted cell that spans it); '' at the end of the input. */
  end: string;
}

/** A row whose quoted cell is open at the end of the lines taken so far. */
interface OpenRow {
  row: number;
  state: RowState;
  /** The line where the open cell opened, then each line since. */
  lines: Line[];
  /** The open cell's position in the row. */
  cell: number;
}

/** A stray quote whose row was left out, waiting to know where the quote would have closed. */
interface StrayQuote {
  row: number;
  cell: number;
  /** The line where it closes, when that is known; else lines from `from` on are followed. */
  endSeq: number | null;
  from: number;
}

export class CsvRows {
  private readonly delimiter: string;
  private readonly rowDelimiters: number;
  private newline: string | null;
  /** Chunks of the line not complete yet, and whether one holds a quote. */
  private pieces: string[] = [];
  private piecesQuoted = false;
  /** Chunks before the first line break, when the line break is still to be found. */
  private undecided: string[] = [];
  private crLast = false;
  private seq = 0;
  private rowNumber = 0;
  private openRow: OpenRow | null = null;
  private strays: StrayQuote[] = [];
  /** Lines to take, the next one last: a stray quote puts the lines it swallowed back here. */
  private readonly stack: Line[] = [];

  constructor(dialect: CsvDialect, private readonly events: CsvRowEvents) {
    this.delimiter = dialect.delimiter;
    this.rowDelimiters = dialect.rowDelimiters;
    this.newline = dialect.newline ?? null;
  }

  push(chunk: string): void {
    let text = chunk;
    if (this.newline === null) {
      const decided = this.findNewline(text);
      if (decided === null) return;
      text = decided;
    }
    const quoted = this.piecesQuoted || text.indexOf('"') >= 0;
    // a CRLF's CR stays at the end of its line: a chunk may end between the two
    const lines = text.split(this.newline === '\r' ? '\r' : '\n');
    if (lines.length === 1) {
      this.keep(text, quoted);
      return;
    }
    if (this.pieces.length > 0) {
      this.pieces.push(lines[0]!);
      lines[0] = this.pieces.join('');
      this.pieces = [];
      this.piecesQuoted = false;
    }
    const last = lines.pop()!;
    if (last !== '') this.keep(last, last.indexOf('"') >= 0);
    if (quoted || this.openRow !== null || this.strays.length > 0) {
      for (const line of lines) this.lineIn(line, true);
      return;
    }
    // most chunks: no quote, nothing open
    this.seq += lines.length;
    for (const line of lines) {
      this.rowNumber++;
      const text = withoutCr(line);
      if (text !== '') this.events.row(text.split(this.delimiter), this.rowNumber);
    }
  }

  private keep(piece: string, quoted: boolean): void {
    this.pieces.push(piece);
    this.piecesQuoted ||= quoted;
  }

  /** The last line, then whatever is still open: a quote open at the end of the file is a stray quote. */
  end(): void {
    if (this.newline === null) {
      this.newline = this.crLast ? '\r' : '\n';
      const text = this.undecided.join('');
      this.undecided = [];
      this.push(text);
    }
    const last = this.pieces.join('');
    this.pieces = [];
    if (last !== '') this.lineIn(last, false);
    while (this.openRow !== null) {
      const open = this.openRow;
      this.openRow = null;
      this.strays.push({ row: open.row, cell: open.cell, endSeq: null, from: Infinity });
      this.replay(open.lines.slice(1));
      this.drain();
    }
    for (const stray of this.strays) this.reportStray(stray, this.rowNumber, false);
    this.strays = [];
  }

  /** The text of every chunk so far once the first line break is seen (CR, LF or CRLF); null before. */
  private findNewline(text: string): string | null {
    if (text === '') return null;
    this.undecided.push(text);
    if (this.crLast) this.newline = text.startsWith('\n') ? '\r\n' : '\r';
    else {
      const at = text.search(/[\r\n]/);
      if (at < 0) return null;
      if (text[at] === '\n') this.newline = '\n';
      else if (at + 1 < text.length) this.newline = text[at + 1] === '\n' ? '\r\n' : '\r';
      else {
        this.crLast = true;
        return null;
      }
    }
    const all = this.undecided.join('');
    this.undecided = [];
    return all;
  }

  /** A line as split, with the CR of its CRLF, if any; `broken` when a line break ended it. */
  private lineIn(split: string, broken: boolean): void {
    const seq = ++this.seq;
    const text = this.newline === '\r' ? split : withoutCr(split);
    if (this.openRow === null && this.strays.length === 0 && text.indexOf('"') < 0) {
      this.rowNumber++;
      if (text !== '') this.events.row(text.split(this.delimiter), this.rowNumber);
      return;
    }
    const end = !broken ? '' : this.newline === '\r' ? '\r' : text === split ? '\n' : '\r\n';
    this.stack.push({ text, seq, end });
    this.drain();
  }

  private drain(): void {
    while (this.stack.length > 0) this.take(this.stack.pop()!);
  }

  private take(line: Line): void {
    if (this.strays.length > 0) this.follow(line);
    const open = this.openRow;
    if (open === null) {
      const row = ++this.rowNumber;
      const state: RowState = { cells: [], open: null, closedAt: -1, loose: [] };
      if (scanLine(line.text, state, this.delimiter)) this.emit(state, row);
      else this.openRow = { row, state, lines: [line], cell: state.cells.length };
      return;
    }
    open.state.open!.push(open.lines[open.lines.length - 1]!.end);
    open.state.closedAt = -1;
    const complete = scanLine(line.text, open.state, this.delimiter);
    const closed = open.state.closedAt >= 0;
    if (this.swallowsRow(line.text, open.state.closedAt)) {
      this.openRow = null;
      this.strays.push({ row: open.row, cell: open.cell, endSeq: closed ? line.seq : null, from: line.seq + 1 });
      this.replay([...open.lines.slice(1), line]);
    } else if (complete) {
      this.openRow = null;
      this.emit(open.state, open.row);
    } else if (closed) {
      // the spanning cell closed and another one opened on this line
      open.lines = [line];
      open.cell = open.state.cells.length;
    } else open.lines.push(line);
  }

  /**
   * Whether a line taken inside a quoted cell opened on an earlier line has the shape of a row:
   * a line wholly inside the cell (closedAt −1), or the line where it closes, if the part before
   * the closing quote holds the delimiter.
   */
  private swallowsRow(text: string, closedAt: number): boolean {
    if (this.rowDelimiters < 1) return false;
    if (closedAt >= 0 && !text.slice(0, closedAt).includes(this.delimiter)) return false;
    return fieldCount(text, this.delimiter) - 1 === this.rowDelimiters;
  }

  private replay(lines: Line[]): void {
    for (let i = lines.length - 1; i >= 0; i--) this.stack.push(lines[i]!);
  }

  /** Ends the stray quotes whose quote would have closed on this line, naming the row it is part of. */
  private follow(line: Line): void {
    const row = this.openRow?.row ?? this.rowNumber + 1;
    this.strays = this.strays.filter((stray) => {
      const ends = stray.endSeq === line.seq || (stray.endSeq === null && line.seq >= stray.from && closesQuotedCell(line.text, this.delimiter));
      if (ends) this.reportStray(stray, row, true);
      return !ends;
    });
  }

  private reportStray(stray: StrayQuote, end: number, closes: boolean): void {
    this.events.issue({ row: stray.row, cell: stray.cell, code: 'stray-quote', params: { end, closes: closes ? 1 : 0 } });
  }

  private emit(state: RowState, row: number): void {
    const { cells } = state;
    if (cells.length === 1 && cells[0] === '') return;
    for (const cell of state.loose) this.events.issue({ row, cell, code: 'quote-not-doubled', params: { value: cells[cell]! } });
    this.events.row(cells, row);
  }
}

function withoutCr(line: string): string {
  return line.charCodeAt(line.length - 1) === 0x0d ? line.slice(0, -1) : line;
}

/**
 * Reads the cells of one line into `state`, going on with a quoted cell open at its start; true
 * when the row is complete, false when a quoted cell is still open at the line's end.
 */
function scanLine(line: string, state: RowState, delimiter: string): boolean {
  let spanning = state.open !== null;
  let pos = 0;
  for (;;) {
    if (state.open !== null) {
      const quote = line.indexOf('"', pos);
      if (quote < 0) {
        state.open.push(line.slice(pos));
        return false;
      }
      if (line.charCodeAt(quote + 1) === QUOTE) {
        state.open.push(line.slice(pos, quote + 1));
        pos = quote + 2;
        continue;
      }
      const end = closingEnd(line, quote + 1, delimiter);
      if (end < 0) {
        state.open.push(line.slice(pos, quote + 1));
        if (state.loose[state.loose.length - 1] !== state.cells.length) state.loose.push(state.cells.length);
        pos = quote + 1;
        continue;
      }
      state.open.push(line.slice(pos, quote));
      state.cells.push(state.open.join(''));
      state.open = null;
      if (spanning) {
        state.closedAt = quote;
        spanning = false;
      }
      if (end === line.length) return true;
      pos = end + delimiter.length;
    }
    if (line.charCodeAt(pos) === QUOTE) {
      state.open = [];
      pos++;
      continue;
    }
    const next = line.indexOf(delimiter, pos);
    if (next < 0) {
      state.cells.push(line.slice(pos));
      return true;
    }
    state.cells.push(line.slice(pos, next));
    pos = next + delimiter.length;
  }
}

/** After a quote in a quoted cell: where the delimiter or the line's end follows (spaces between allowed); −1 if neither. */
function closingEnd(line: string, from: number, delimiter: string): number {
  for (let at = from; ; at++) {
    if (at === line.length || line.startsWith(delimiter, at)) return at;
    if (!SPACE.test(line[at]!)) return -1;
  }
}

/** The cells of a line read as a row of its own (a quote open at its end closes there). */
function fieldCount(line: string, delimiter: string): number {
  const state: RowState = { cells: [], open: null, closedAt: -1, loose: [] };
  const complete = scanLine(line, state, delimiter);
  return state.cells.length + (complete ? 0 : 1);
}

/** Whether a quoted cell open at the start of this line would close on it. */
function closesQuotedCell(line: string, delimiter: string): boolean {
  const state: RowState = { cells: [], open: [], closedAt: -1, loose: [] };
  scanLine(line, state, delimiter);
  return state.closedAt >= 0;
}
