/**
 * Bytes the decoder cannot read as a character of the file's encoding come out as U+FFFD (�).
 * A file that is UTF-8 but for a few bytes is read as UTF-8 (encoding.ts), and the cells holding
 * such a character are named: the first few with their row and column, then how many more.
 */
import type { ReaderIssue } from './types.js';

export const REPLACEMENT = '\uFFFD';
/** Cells named one by one; the others are counted. */
const NAMED_CELLS = 5;
/** Characters of a cell shown on each side of its first replaced byte. */
const CONTEXT = 30;

export class ReplacedBytes {
  /** Set once the text holds a replacement character: only then are rows looked at. */
  seen = false;
  private named = 0;
  private moreCharacters = 0;
  private moreRows = 0;

  constructor(
    private readonly encoding: string,
    private readonly sink: { issue(issue: ReaderIssue): void },
  ) {}

  check(cells: readonly string[], row: number): void {
    let counted = false;
    cells.forEach((text, cell) => {
      const at = text.indexOf(REPLACEMENT);
      if (at < 0) return;
      const count = text.split(REPLACEMENT).length - 1;
      if (this.named < NAMED_CELLS) {
        this.named++;
        this.sink.issue({ row, cell, code: 'replaced-bytes', params: { count, value: excerpt(text, at), encoding: this.encoding } });
        return;
      }
      this.moreCharacters += count;
      if (!counted) this.moreRows++;
      counted = true;
    });
  }

  end(): void {
    if (this.moreCharacters === 0) return;
    this.sink.issue({ row: null, cell: null, code: 'replaced-bytes-more', params: { count: this.moreCharacters, rows: this.moreRows, encoding: this.encoding } });
  }
}

/** The text around a position, with «…» where it was cut. */
function excerpt(text: string, at: number): string {
  const start = Math.max(0, at - CONTEXT);
  const end = Math.min(text.length, at + CONTEXT + 1);
  return `${start > 0 ? '…' : ''}${text.slice(start, end)}${end < text.length ? '…' : ''}`;
}
