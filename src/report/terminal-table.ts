/**
 * What the terminal tables share (cli-table3): column widths fitted to the terminal, headings
 * and cells wrapped to them. A width counts one space of padding on each side, as cli-table3's
 * colWidths do; a table of n columns adds n + 1 border characters.
 *
 * Each column is at its preferred width when the terminal is wide enough or its width unknown
 * (output piped to a file): that is the table as it always was. Narrower, the flexible columns
 * give way in proportion to what each can give, down to their heading's longest word; a fixed
 * column — the school code, as wide as the longest code — never does, so «sch220093» is never
 * cut. When even those minimums do not fit, the flexible columns go narrower still and cut their
 * words (belowWords). At a known width a school's name is kept to one line, cut with «…» (its code names
 * it); piped, it wraps at its preferred width.
 */
import Table from 'cli-table3';
import { maxOf } from '../model/arrays.js';

/**
 * A fixed column: as wide as its widest heading word or value. A flexible one: `preferred` at
 * most, and no narrower than the longest word of its heading and of `unbroken` (short labels a
 * cut would garble, such as a cluster's name); `shorten`, by row: a name to keep to one line at a
 * known width, cut with «…».
 */
export type ColumnSpec = { heading: string; values: string[] } | { heading: string; preferred: number; unbroken?: string[]; shorten?: boolean[] };

const PADDING = 2;
/** A fixed column wider than this (a school «code» that is really its name) wraps instead. */
const FIXED_MAX = 24;
/** No flexible column narrower than this, whatever its heading. */
const FLEX_MIN = 6;
/** A school's name column at its widest. */
const NAME_PREFERRED = 28;

const NO_INNER_RULES = { mid: '', 'left-mid': '', 'mid-mid': '', 'right-mid': '' };

export function fitColumns(specs: ColumnSpec[], terminal: number | null): number[] {
  const preferred = specs.map((spec) =>
    'values' in spec ? Math.min(FIXED_MAX, longest([...wordsOf(spec.heading), ...spec.values])) + PADDING : spec.preferred + PADDING);
  const borders = specs.length + 1;
  if (terminal === null || sum(preferred) + borders <= terminal) return preferred;
  const minimum = specs.map((spec, i) => {
    if ('values' in spec) return preferred[i]!;
    const words = [spec.heading, ...(spec.unbroken ?? [])].flatMap(wordsOf);
    return Math.min(preferred[i]!, Math.max(FLEX_MIN, longest(words)) + PADDING);
  });
  const room = terminal - borders - sum(minimum);
  if (room < 0) return belowWords(minimum, specs, -room);
  const widths = [...minimum];
  if (room === 0) return widths;
  // room < the columns' total slack here, or they would all have had their preferred widths
  const slack = preferred.map((p, i) => p - minimum[i]!);
  const totalSlack = sum(slack);
  // each column gets its share of the room, rounded down; what rounding leaves goes left to right
  const shares = slack.map((s) => Math.floor((room * s) / totalSlack));
  shares.forEach((share, i) => (widths[i]! += share));
  let left = room - sum(shares);
  for (let i = 0; left > 0 && i < widths.length; i++) {
    if (widths[i]! < preferred[i]!) {
      widths[i]! += 1;
      left -= 1;
    }
  }
  return widths;
}

/**
 * When the words do not fit, the flexible columns give up whole words — the widest first, a
 * character at a time, down to FLEX_MIN — and their words are cut: a table wider than the
 * terminal breaks every one of its lines. Only the fixed columns (the codes) still may not fit.
 */
function belowWords(minimum: number[], specs: ColumnSpec[], excess: number): number[] {
  const widths = [...minimum];
  const floor = specs.map((spec, i) => ('values' in spec ? widths[i]! : Math.min(widths[i]!, FLEX_MIN + PADDING)));
  for (let left = excess; left > 0; left--) {
    let widest = -1;
    widths.forEach((w, i) => {
      if (w > floor[i]! && (widest < 0 || w - floor[i]! > widths[widest]! - floor[widest]!)) widest = i;
    });
    if (widest < 0) break;
    widths[widest]! -= 1;
  }
  return widths;
}

/**
 * The code and name cells of a school. One known by its name only (its id is the name: a form
 * without logins) shows it once, in the name column, which is three times as wide.
 */
export function schoolCells(school: { schoolId: string; schoolName: string | null }): [string[], string[]] {
  if (school.schoolName === school.schoolId) return [[''], [school.schoolName]];
  return [[school.schoolId], [school.schoolName ?? '']];
}

/**
 * The code and name columns of a table of schools. A name is cut to one line at a known width —
 * except the name of a school known by its name only, which is all that identifies it.
 */
export function schoolColumns(schools: { schoolId: string; schoolName: string | null }[], headings: { code: string; name: string }): [ColumnSpec, ColumnSpec] {
  return [
    { heading: headings.code, values: schools.map((s) => schoolCells(s)[0][0]!) },
    { heading: headings.name, preferred: NAME_PREFERRED, shorten: schools.map((s) => s.schoolName !== s.schoolId) },
  ];
}

/** A text on one line of `width` characters: cut, ending «…», when longer. */
export function shortened(text: string, width: number): string {
  const chars = [...text.replace(/\s+/g, ' ').trim()];
  if (chars.length <= width) return chars.join('');
  return `${chars.slice(0, Math.max(0, width - 1)).join('').trimEnd()}…`;
}

/** A heading in lines no wider than its column. */
export function headingCell(heading: string, width: number): string {
  return wrap(heading, width - PADDING).join('\n');
}

/** A text in lines no wider than its column: `width` is the column's, padding included. */
export function cellLines(text: string, width: number): string[] {
  return wrap(text, width - PADDING);
}

/** Greedy word wrap; a word longer than the width is cut. */
export function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of withAbbreviations(text.split(/\s+/).filter(Boolean), ' ', width)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = '';
    }
    line = line ? `${line} ${word}` : word;
    while (line.length > width) {
      lines.push(line.slice(0, width));
      line = line.slice(width);
    }
  }
  return line || lines.length === 0 ? [...lines, line] : lines;
}

/** «г.», «уч.», «кл.», «п.п.» — a short abbreviation, with what may follow it («г.:», «г.),»). */
const ABBREVIATION = /^[а-яё]{1,3}\.(?:[а-яё]{1,3}\.)*[,:;)]*$/i;

export function isAbbreviation(word: string): boolean {
  return ABBREVIATION.test(word);
}

/**
 * Words with each abbreviation kept on the line of the word before it («2024/2025 уч. г.:»,
 * «6 кл.», «+10 п.п.»), when the two fit in the width: a line does not begin with «г.:». Joined
 * from the end, so «уч. г.:» stays together even when «2024/2025 уч. г.:» is too long.
 */
export function withAbbreviations(words: string[], space: string, width: number): string[] {
  const units: string[] = [];
  for (const word of [...words].reverse()) {
    const next = units[0];
    if (next !== undefined && isAbbreviation(next.split(space)[0]!) && [...word].length + space.length + [...next].length <= width) units[0] = `${word}${space}${next}`;
    else units.unshift(word);
  }
  return units;
}

const wordsOf = (text: string) => text.split(/\s+/).filter(Boolean);
const longest = (texts: string[]) => maxOf(texts.map((t) => t.length), 0);
const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

/**
 * Each column's texts wrapped to its width and laid out as rows of one line each: cli-table3
 * slows down sharply on multi-line cells.
 */
export function lineRows(columns: string[][], widths: number[]): string[][] {
  const wrapped = columns.map((texts, i) => texts.flatMap((text) => cellLines(text, widths[i]!)));
  const height = maxOf(wrapped.map((column) => column.length), 0);
  return Array.from({ length: height }, (_, row) => wrapped.map((column) => column[row] ?? ''));
}

/** A row (or a group of one-line rows, one school's) and whether it is drawn highlighted. */
export interface TableGroup {
  rows: string[][];
  marked: boolean;
}

/**
 * The table under its headings and a rule: groups apart by a blank row and no rules inside (`ruled`
 * false), or a rule between rows with cli-table3 wrapping the cells (`ruled`). `mark` paints a
 * marked group.
 */
export function drawTable(head: string[], widths: number[], groups: TableGroup[], mark: (text: string) => string, ruled = false): string {
  const table = new Table({
    head: head.map((h, i) => headingCell(h, widths[i]!)),
    style: { head: [], border: [] },
    colWidths: widths,
    ...(ruled ? { wordWrap: true } : { chars: NO_INNER_RULES }),
  });
  groups.forEach((group, index) => {
    if (index > 0 && !ruled) table.push(widths.map(() => ''));
    for (const row of group.rows) table.push(group.marked ? row.map(mark) : row);
  });
  if (ruled) return table.toString();
  // cli-table3 draws no rule under the headings when the rules between rows are off
  const lines = table.toString().split('\n');
  const headingHeight = maxOf(head.map((h, i) => headingCell(h, widths[i]!).split('\n').length), 1);
  lines.splice(1 + headingHeight, 0, `├${widths.map((w) => '─'.repeat(w)).join('┼')}┤`);
  return lines.join('\n');
}
