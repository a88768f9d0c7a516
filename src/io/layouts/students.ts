/**
 * The students layout: one row per participant — «school_id, year, procedure, mark and/or score».
 * Rows are tallied per school × procedure × year while streaming; only the tallies are kept.
 * Failing: mark «2», or, for 100-point ЕГЭ subjects with a score, a score below the minimum.
 * This is the hot path of a million-row file: no per-row objects beyond the reader's own.
 */
import type { CellValue } from '../../model/cells.js';
import { cellText, parseNumber } from '../../model/numbers.js';
import { isScoreBased, minScoreKey } from '../../model/min-scores.js';
import type { ResultRecord } from '../../model/records.js';
import {
  headerOf, isBlankRow, mapColumns, readIdentity, readProcedure, readYear,
  schoolColumn, type ColumnMap, type SchoolIdentity,
} from './columns.js';
import { fieldNeed, fieldsMatch, forbiddenNeed, layoutOfNeeds, schoolNeed } from './needs.js';
import type { Layout, LayoutContext, Need, RowMapper } from './types.js';

const HIGH_SCORE = 80;

interface Tally {
  procedure: string;
  year: number;
  firstRow: number;
  participants: number;
  failed: number;
  marks: [number, number, number, number];
  marked: number;
  markSum: number;
  scored: number;
  scoreSum: number;
  high: number;
  /** Pupils per score 0–100, kept for 100-point ЕГЭ subjects only (the 1.9 spread). */
  histogram: number[] | null;
}

interface SchoolTallies {
  identity: SchoolIdentity;
  tallies: Tally[];
}

/** A school, a procedure and each pupil's mark or score; a participants column would make it a long table. */
function studentNeeds(map: ColumnMap): Need[] {
  return [
    schoolNeed(map),
    fieldNeed('procedure', map, ['procedure']),
    fieldNeed('mark-or-score', map, ['mark', 'score']),
    forbiddenNeed('no-participants', map, ['participants']),
  ];
}

export const studentsLayout: Layout = layoutOfNeeds('students', mapColumns, studentNeeds, (map) => fieldsMatch(map, (context) => new StudentTally(map, context)));

class StudentTally implements RowMapper {
  private readonly schools = new Map<string, SchoolTallies>();
  private readonly missingMinScore = new Set<string>();
  private lastSchool: SchoolTallies | null = null;
  private lastTally: { school: SchoolTallies; tally: Tally } | null = null;
  private readonly year: RunCache<number>;
  private readonly procedure: RunCache<string>;
  private readonly schoolIndex: number;
  private readonly markIndex: number | undefined;
  private readonly scoreIndex: number | undefined;
  private readonly studentIndex: number | undefined;

  constructor(
    private readonly map: ColumnMap,
    private readonly context: LayoutContext,
  ) {
    this.schoolIndex = map.fields.get('schoolId') ?? map.fields.get('school') ?? map.fields.get('schoolName')!;
    this.markIndex = map.fields.get('mark');
    this.scoreIndex = map.fields.get('score');
    this.studentIndex = map.fields.get('studentId');
    this.year = new RunCache(map.fields.get('year'), (cells, row) => readYear(cells, map, context, row));
    this.procedure = new RunCache(map.fields.get('procedure'), (cells, row) => readProcedure(cells, map, context, row));
  }

  row(cells: CellValue[], rowNumber: number): void {
    const school = this.schoolOf(cells, rowNumber);
    if (school === null) return;
    const year = this.year.read(cells, rowNumber);
    const procedure = this.procedure.read(cells, rowNumber);
    const mark = this.readMark(cells, rowNumber);
    const score = this.readScore(cells, rowNumber);
    if (year === null || procedure === null || mark === undefined || score === undefined) return;
    const failed = this.isFailed(procedure, mark, score);
    if (failed === null) {
      this.context.report({ row: rowNumber, column: null, code: 'missing-failing', params: { procedure } });
      return;
    }
    if (this.studentIndex !== undefined && procedure.startsWith('EGE-')) this.countGraduate(cells, school, year, failed);
    const tally = this.tallyOf(school, procedure, year, rowNumber);
    tally.participants += 1;
    if (failed) tally.failed += 1;
    if (mark !== null) {
      tally.marks[mark - 2]! += 1;
      tally.marked += 1;
      tally.markSum += mark;
    }
    if (score !== null) {
      tally.scored += 1;
      tally.scoreSum += score;
      if (score >= HIGH_SCORE) tally.high += 1;
      if (tally.histogram) tally.histogram[Math.round(score)]! += 1;
    }
  }

  end(): void {
    for (const school of this.schools.values()) {
      for (const tally of school.tallies) this.context.emit(tallyRecord(school.identity, tally, this.context));
    }
  }

  private countGraduate(cells: CellValue[], school: SchoolTallies, year: number, failed: boolean): void {
    const student = cellText(cells[this.studentIndex!] ?? null);
    if (student !== null) this.context.graduates?.add(school.identity.schoolId, year, student, failed);
  }

  /** Pupils of one school's work usually stand together: the last tally is tried first. */
  private tallyOf(school: SchoolTallies, procedure: string, year: number, rowNumber: number): Tally {
    const last = this.lastTally;
    if (last !== null && last.school === school && last.tally.procedure === procedure && last.tally.year === year) return last.tally;
    const tally = findTally(school, procedure, year) ?? addTally(school, procedure, year, rowNumber);
    this.lastTally = { school, tally };
    return tally;
  }

  /** The school of the row, read in full only the first time its id is seen. */
  private schoolOf(cells: CellValue[], rowNumber: number): SchoolTallies | null {
    const raw = cells[this.schoolIndex];
    const id = typeof raw === 'string' ? raw.trim() : cellText(raw ?? null);
    if (id !== null && id === this.lastSchool?.identity.schoolId) return this.lastSchool;
    const known = id ? this.schools.get(id) : undefined;
    if (known) return (this.lastSchool = known);
    const identity = readIdentity(cells, this.map);
    if (identity === null) {
      if (!isBlankRow(cells)) this.context.report({ row: rowNumber, column: schoolColumn(this.map), code: 'missing-school', params: {} });
      return null;
    }
    const school = { identity, tallies: [] };
    this.schools.set(identity.schoolId, school);
    return (this.lastSchool = school);
  }

  private readMark(cells: CellValue[], rowNumber: number): number | null | undefined {
    if (this.markIndex === undefined) return null;
    const cell = cells[this.markIndex] ?? null;
    const value = parseNumber(cell);
    if (value === null || value === 2 || value === 3 || value === 4 || value === 5) return value;
    this.context.report({ row: rowNumber, column: headerOf(this.map, 'mark'), code: 'bad-mark', params: { value: String(cell) } });
    return undefined;
  }

  private readScore(cells: CellValue[], rowNumber: number): number | null | undefined {
    if (this.scoreIndex === undefined) return null;
    const cell = cells[this.scoreIndex] ?? null;
    const value = parseNumber(cell);
    if (value === null || (value !== 'invalid' && value >= 0 && value <= 100)) return value;
    this.context.report({ row: rowNumber, column: headerOf(this.map, 'score'), code: 'bad-score', params: { value: String(cell) } });
    return undefined;
  }

  private isFailed(procedure: string, mark: number | null, score: number | null): boolean | null {
    if (score !== null && isScoreBased(procedure)) {
      const min = this.context.minScores[minScoreKey(procedure)];
      if (min !== undefined) return score < min;
      if (!this.missingMinScore.has(procedure)) {
        this.missingMinScore.add(procedure);
        this.context.report({ row: null, column: null, code: 'no-min-score', params: { procedure } });
      }
    }
    return mark === null ? null : mark === 2;
  }
}

/**
 * Rows come in runs of the same year and procedure: when a cell holds the same text as the last
 * good one, its value is reused without parsing (a cell that failed is parsed, and reported, again).
 */
class RunCache<T> {
  private lastText: CellValue = null;
  private lastValue: T | null = null;

  constructor(
    private readonly index: number | undefined,
    private readonly parse: (cells: CellValue[], rowNumber: number) => T | null,
  ) {}

  read(cells: CellValue[], rowNumber: number): T | null {
    const text = this.index === undefined ? null : (cells[this.index] ?? null);
    if (text !== null && text === this.lastText) return this.lastValue;
    const value = this.parse(cells, rowNumber);
    this.lastText = value === null ? null : text;
    this.lastValue = value;
    return value;
  }
}

/** A school has a few dozen tallies at most: a linear search beats building a key per row. */
function findTally(school: SchoolTallies, procedure: string, year: number): Tally | undefined {
  for (const tally of school.tallies) if (tally.procedure === procedure && tally.year === year) return tally;
  return undefined;
}

function addTally(school: SchoolTallies, procedure: string, year: number, firstRow: number): Tally {
  const tally: Tally = {
    procedure, year, firstRow, participants: 0, failed: 0, marks: [0, 0, 0, 0], marked: 0, markSum: 0, scored: 0, scoreSum: 0, high: 0,
    histogram: isScoreBased(procedure) ? new Array<number>(101).fill(0) : null,
  };
  school.tallies.push(tally);
  return tally;
}

/** A tally is consistent by construction, so it needs none of the checks a reported row gets. */
function tallyRecord(identity: SchoolIdentity, tally: Tally, context: LayoutContext): ResultRecord {
  const allMarked = tally.marked === tally.participants;
  const mean = tally.scored > 0 ? tally.scoreSum / tally.scored : tally.markSum / tally.marked;
  return {
    schoolId: identity.schoolId,
    schoolName: identity.schoolName,
    municipality: identity.municipality,
    schoolType: identity.schoolType,
    year: tally.year,
    procedure: tally.procedure,
    participants: tally.participants,
    failed: tally.failed,
    failPct: null,
    markCounts: allMarked ? { 2: tally.marks[0], 3: tally.marks[1], 4: tally.marks[2], 5: tally.marks[3] } : {},
    markPcts: {},
    meanScore: Math.round(mean * 100) / 100,
    highCount: isScoreBased(tally.procedure) && tally.scored > 0 ? tally.high : null,
    scoreHistogram: tally.scored > 0 ? tally.histogram : null,
    source: { file: context.file, sheet: context.sheet, row: tally.firstRow },
  };
}
