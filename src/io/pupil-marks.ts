/**
 * Reads ФИС ОКО per-pupil ВПР exports for `objectivity`: the columns of the pupils layout (the school,
 * the municipality, «всего баллов», the variant) and two more — the journal mark for the previous term
 * («отметка за предыдущую четверть/триместр») and the class («класс», «наименование класса»). Rows
 * stream through; only counts per school, class and work are kept (model/pupil-marks.ts).
 * - A pupil whose variant reads «отсутствовал», or with no total and no task cell showing him there, is
 *   absent: counted once per file, not a participant.
 * - The ВПР mark is «всего баллов» read through the year's scale. The total is what the mark rests on,
 *   so it is taken as written when it is a whole number from 0 to the scale's maximum; a blank total
 *   beside points, a total that is no number, or one above the maximum is reported and left out. The
 *   task cells are not added up here (the results reader does, and leaves out the rows that differ).
 * - The journal mark: 2–5; blank, «нет отметки», «нет», a dash — no journal mark (counted apart);
 *   anything else is reported and counted as no journal mark.
 * Example (ВПР 2021 математика 5 кл., «3» from 7 points): journal «4», total 9 → «3», понизили.
 */
import { UsageError } from '../errors.js';
import { append } from '../model/arrays.js';
import type { CellValue } from '../model/cells.js';
import type { Issue } from '../model/issues.js';
import { cellText, parseNumber } from '../model/numbers.js';
import { parseProcedure } from '../model/procedures.js';
import type { PupilGroupTally, PupilWork } from '../model/pupil-marks.js';
import { markOf, type Scale } from '../model/scales.js';
import { SCHOOL_LOGIN } from '../model/school-name.js';
import { isAbsentMark, isNoShowCode, readTaskCell } from '../model/task-cells.js';
import { normalizeLabel } from '../model/text.js';
import { isBlankRow } from './layouts/columns.js';
import { allMet } from './layouts/needs.js';
import { findColumns, pupilNeeds, scaledWorkOf, type PupilColumns } from './layouts/pupils.js';
import type { LayoutContext, LayoutMatch, RowMapper } from './layouts/types.js';
import { normalizeClass } from './tasks/columns.js';
import { hasHeader, noteSheetsWithoutHeader, readTableFile, scanTableFile, type TableFileOptions } from './read-table.js';
import type { ReadOptions } from './readers/types.js';
import { NO_JOURNAL_MARK } from './vocabulary/cells.js';
import { PUPILS_CLASS_HEADER, PUPILS_JOURNAL_HEADER } from './vocabulary/headers.js';
import { expandInputs } from './source.js';


export interface PupilMarksOptions extends ReadOptions {
  scales?: readonly Scale[];
  /** The work of a file whose title and name do not say it (--procedure), and the year (--year). */
  procedure?: string;
  year?: number | null;
  stdin?: NodeJS.ReadableStream;
  /**
   * A file with no per-pupil header is passed over (listed in `others`), not an input error: the
   * inputs of a command that reads results of every kind (report --objectivity, ОГЭ beside ВПР).
   */
  skipOthers?: boolean;
}

export interface PupilMarksLoad {
  works: PupilWork[];
  issues: Issue[];
  /**
   * With skipOthers: the files that are no per-pupil export with journal marks, in input order —
   * results of other kinds (a school's ОГЭ) for the caller to read with the results loader.
   */
  others: string[];
}

interface MarkColumns extends PupilColumns {
  journal: number;
  className: number | undefined;
}

/** A work's tally as the rows give it; works of several files merge by procedure and year. */
type Tallied = { procedure: string; year: number; scale: Scale; group: PupilGroupTally };

export async function loadPupilMarks(inputs: string[], options: PupilMarksOptions): Promise<PupilMarksLoad> {
  const paths = await expandInputs(inputs);
  if (paths.length === 0) throw new UsageError('no-input-files', { inputs: inputs.join(', ') });
  const tallies: Tallied[] = [];
  const issues: Issue[] = [];
  const others: string[] = [];
  for (const path of paths) {
    const read: TableFileOptions<Tallied> = {
      ...options, match: (headers, titles) => matchPupilMarks(headers, titles), year: options.year ?? null, minScores: {},
      noHeaderCode: 'no-pupil-marks-header',
    };
    if (!options.skipOthers) {
      await readTableFile<Tallied>(path, read, tallies, issues);
      continue;
    }
    // a file without the header has matched no row: nothing of it reached tallies or issues but its sheets' notes
    const own: Issue[] = [];
    const outcome = await scanTableFile<Tallied>(path, read, tallies, own);
    if (!hasHeader(outcome)) {
      others.push(outcome.file);
      continue;
    }
    noteSheetsWithoutHeader(outcome, own);
    append(issues, own);
  }
  return { works: worksOf(tallies), issues, others };
}

function worksOf(tallies: Tallied[]): PupilWork[] {
  const works = new Map<string, PupilWork>();
  for (const { procedure, year, scale, group } of tallies) {
    const key = `${procedure}|${year}`;
    let work = works.get(key);
    if (work === undefined) works.set(key, (work = { procedure, year, scale, groups: [] }));
    work.groups.push(group);
  }
  return [...works.values()];
}

function findMarkColumns(headers: string[]): MarkColumns {
  const labels = headers.map(normalizeLabel);
  return {
    ...findColumns(headers),
    journal: labels.findIndex((l) => PUPILS_JOURNAL_HEADER.test(l)),
    className: ((i) => (i < 0 ? undefined : i))(labels.findIndex((l) => PUPILS_CLASS_HEADER.test(l))),
  };
}

/** The pupils layout's needs and a journal mark column. */
export function matchPupilMarks(headers: string[], titles: string[] = []): LayoutMatch<Tallied> | null {
  const columns = findMarkColumns(headers);
  if (!allMet(pupilNeeds(columns)) || columns.journal < 0) return null;
  return {
    layout: 'pupils', score: 4 + columns.tasks.length, needsYear: false,
    start: (context, headerRow) => startTally(context, headerRow, titles, columns),
  };
}

function startTally(context: LayoutContext<Tallied>, headerRow: number, titles: string[], columns: MarkColumns): RowMapper {
  return new MarkTally(context, columns, scaledWorkOf(context, headerRow, titles));
}

class MarkTally implements RowMapper {
  /** By the school cell and the class cell as written. */
  private readonly groups = new Map<string, PupilGroupTally>();
  private readonly order: PupilGroupTally[] = [];
  private absent = 0;
  private last: { school: CellValue; class: CellValue; group: PupilGroupTally } | null = null;
  private readonly grade: number | null;

  constructor(
    private readonly context: LayoutContext<Tallied>,
    private readonly layout: MarkColumns,
    private readonly work: { procedure: string; year: number; scale: Scale },
  ) {
    this.grade = parseProcedure(work.procedure)?.grade ?? null;
  }

  row(cells: CellValue[], rowNumber: number): void {
    if (isBlankRow(cells)) return;
    const columns = this.layout;
    if (columns.variant !== undefined && isAbsentMark(cells[columns.variant] ?? null)) {
      this.absent += 1;
      return;
    }
    const total = this.totalOf(cells, rowNumber);
    if (total === 'absent') this.absent += 1;
    if (typeof total !== 'number') return;
    const group = this.groupOf(cells, rowNumber);
    if (group === null) return;
    group.scores[total]! += 1;
    const journal = this.journalOf(cells, rowNumber);
    if (journal === null) {
      group.noJournal += 1;
      return;
    }
    const mark = markOf(this.work.scale, total);
    if (mark < journal) group.lowered += 1;
    else if (mark === journal) group.confirmed += 1;
    else group.raised += 1;
  }

  end(): void {
    if (this.absent > 0) this.context.report({ row: null, column: null, code: 'absent-pupils', params: { count: this.absent } });
    for (const group of this.order) this.context.emit({ ...this.work, group });
  }

  /** A whole total 0–max; 'absent' for a blank total with no task cell showing the pupil there; null when reported. */
  private totalOf(cells: CellValue[], rowNumber: number): number | 'absent' | null {
    const { layout: columns, work } = this;
    const column = columns.headers[columns.total]!;
    const cell = cells[columns.total] ?? null;
    const value = parseNumber(cell);
    if (value === null) {
      const present = this.taskSum(cells);
      if (present === null) return 'absent';
      this.context.report({ row: rowNumber, column, code: 'total-mismatch', params: { total: '', sum: present } });
      return null;
    }
    if (value === 'invalid' || value < 0 || !Number.isInteger(value)) {
      this.context.report({ row: rowNumber, column, code: 'bad-score', params: { value: String(cell) } });
      return null;
    }
    if (value > work.scale.max) {
      this.context.report({ row: rowNumber, column, code: 'score-above-max', params: { score: value, max: work.scale.max, procedure: work.procedure, year: work.year } });
      return null;
    }
    return value;
  }

  /** The points of a row without a total, or null when no task cell shows the pupil there (blanks, «Н», «не пройд.»). */
  private taskSum(cells: CellValue[]): number | null {
    let sum = 0;
    let present = false;
    for (const index of this.layout.tasks) {
      const cell = cells[index] ?? null;
      const points = readTaskCell(cell);
      if (points < 0) continue;
      sum += points;
      present ||= !isNoShowCode(cell);
    }
    return present ? sum : null;
  }

  /** 2–5, or null for none (reported when the cell is neither a mark nor a word for none). */
  private journalOf(cells: CellValue[], rowNumber: number): number | null {
    const cell = cells[this.layout.journal] ?? null;
    const text = cellText(cell);
    if (text === null) return null;
    const value = parseNumber(cell);
    if (typeof value === 'number' && Number.isInteger(value) && value >= 2 && value <= 5) return value;
    if (!NO_JOURNAL_MARK.test(normalizeLabel(text))) {
      this.context.report({ row: rowNumber, column: this.layout.headers[this.layout.journal]!, code: 'bad-journal-mark', params: { value: text } });
    }
    return null;
  }

  /** Pupils of a class stand together: the last class is tried before the map. */
  private groupOf(cells: CellValue[], rowNumber: number): PupilGroupTally | null {
    const columns = this.layout;
    const schoolCell = cells[columns.school] ?? null;
    const classCell = columns.className === undefined ? null : (cells[columns.className] ?? null);
    if (this.last !== null && schoolCell === this.last.school && classCell === this.last.class) return this.last.group;
    const group = this.findGroup(cells, rowNumber);
    if (group !== null) this.last = { school: schoolCell, class: classCell, group };
    return group;
  }

  private findGroup(cells: CellValue[], rowNumber: number): PupilGroupTally | null {
    const columns = this.layout;
    const schoolText = cellText(cells[columns.school] ?? null);
    if (schoolText === null) {
      this.context.report({ row: rowNumber, column: columns.headers[columns.school]!, code: 'missing-school', params: {} });
      return null;
    }
    const classText = columns.className === undefined ? null : cellText(cells[columns.className] ?? null);
    const key = `${schoolText}\u0000${classText ?? ''}`;
    let group = this.groups.get(key);
    if (group === undefined) {
      const login = SCHOOL_LOGIN.exec(schoolText);
      const name = classText === null ? null : normalizeClass(classText, this.grade);
      group = {
        schoolId: login ? login[1]! : schoolText, schoolName: login?.[2]?.trim() || null, municipality: this.municipalityOf(cells),
        className: name === 'no-letter' ? null : name,
        lowered: 0, confirmed: 0, raised: 0, noJournal: 0, scores: new Array<number>(this.work.scale.max + 1).fill(0),
      };
      this.groups.set(key, group);
      this.order.push(group);
    }
    return group;
  }

  /** «reg22_m001 | Алейский муниципальный район» → the name after the code. */
  private municipalityOf(cells: CellValue[]): string | null {
    const index = this.layout.municipality;
    const text = index === undefined ? null : cellText(cells[index] ?? null);
    return text === null ? null : text.replace(/^reg\w*\s*\|\s*/i, '');
  }
}
