/**
 * The students layout: one row per participant — «school_id, year, procedure, mark and/or score».
 * Rows are tallied per school × procedure × year while streaming; only the tallies are kept.
 * Failing: mark «2», or, for 100-point ЕГЭ subjects with a score, a score below the minimum.
 */
import type { CellValue } from '../../model/cells.js';
import { parseNumber } from '../../model/numbers.js';
import { isScoreBased, minScoreKey } from '../../model/min-scores.js';
import type { ValueField } from '../../model/result-schema.js';
import {
  cellOf, hasSchool, headerOf, isBlankRow, mapColumns, readIdentity, readProcedure, readYear,
  reportUnknownColumns, schoolColumn, type ColumnMap, type SchoolIdentity,
} from './columns.js';
import { EMPTY_VALUES, emitResult } from './emit-result.js';
import type { Layout, LayoutContext, LayoutMatch, RowMapper } from './types.js';

const HIGH_SCORE = 80;

interface Tally {
  identity: SchoolIdentity;
  year: number;
  procedure: string;
  firstRow: number;
  participants: number;
  failed: number;
  marks: [number, number, number, number];
  marked: number;
  markSum: number;
  scored: number;
  scoreSum: number;
  high: number;
}

export const studentsLayout: Layout = {
  name: 'students',
  match(headers: string[]): LayoutMatch | null {
    const map = mapColumns(headers);
    const { fields } = map;
    if (!hasSchool(map) || !fields.has('procedure') || !(fields.has('mark') || fields.has('score'))) return null;
    if (fields.has('participants')) return null;
    return {
      layout: 'students',
      score: fields.size,
      needsYear: !fields.has('year'),
      start: (context, headerRow) => {
        reportUnknownColumns(map, context, headerRow);
        return startStudents(map, context);
      },
    };
  },
};

function startStudents(map: ColumnMap, context: LayoutContext): RowMapper {
  const tallies = new Map<string, Tally>();
  const missingMinScore = new Set<string>();
  return {
    row(cells, rowNumber) {
      if (isBlankRow(cells)) return;
      const pupil = readPupil(cells, rowNumber, map, context, missingMinScore);
      if (pupil) addPupil(tallies, pupil, rowNumber);
    },
    end() {
      for (const tally of tallies.values()) emitTally(tally, map, context);
    },
  };
}

interface Pupil {
  identity: SchoolIdentity;
  year: number;
  procedure: string;
  mark: number | null;
  score: number | null;
  failed: boolean;
}

function readPupil(
  cells: CellValue[], rowNumber: number, map: ColumnMap, context: LayoutContext, missingMinScore: Set<string>,
): Pupil | null {
  const identity = readIdentity(cells, map);
  if (identity === null) {
    context.report({ row: rowNumber, column: schoolColumn(map), code: 'missing-school', params: {} });
    return null;
  }
  const year = readYear(cells, map, context, rowNumber);
  const procedure = readProcedure(cells, map, context, rowNumber);
  const mark = readMark(cells, map, context, rowNumber);
  const score = readScore(cells, map, context, rowNumber);
  if (year === null || procedure === null || mark === undefined || score === undefined) return null;
  const failed = isFailed(procedure, mark, score, context, missingMinScore);
  if (failed === null) {
    context.report({ row: rowNumber, column: null, code: 'missing-failing', params: { procedure } });
    return null;
  }
  return { identity, year, procedure, mark, score, failed };
}

function isFailed(procedure: string, mark: number | null, score: number | null, context: LayoutContext, missing: Set<string>): boolean | null {
  if (score !== null && isScoreBased(procedure)) {
    const min = context.minScores[minScoreKey(procedure)];
    if (min !== undefined) return score < min;
    if (!missing.has(procedure)) {
      missing.add(procedure);
      context.report({ row: null, column: null, code: 'no-min-score', params: { procedure } });
    }
  }
  return mark === null ? null : mark === 2;
}

function readMark(cells: CellValue[], map: ColumnMap, context: LayoutContext, rowNumber: number): number | null | undefined {
  const cell = cellOf(cells, map, 'mark');
  const value = parseNumber(cell);
  if (value === null || value === 2 || value === 3 || value === 4 || value === 5) return value;
  context.report({ row: rowNumber, column: headerOf(map, 'mark'), code: 'bad-mark', params: { value: String(cell) } });
  return undefined;
}

function readScore(cells: CellValue[], map: ColumnMap, context: LayoutContext, rowNumber: number): number | null | undefined {
  const cell = cellOf(cells, map, 'score');
  const value = parseNumber(cell);
  if (value === null || (value !== 'invalid' && value >= 0 && value <= 100)) return value;
  context.report({ row: rowNumber, column: headerOf(map, 'score'), code: 'bad-score', params: { value: String(cell) } });
  return undefined;
}

function addPupil(tallies: Map<string, Tally>, pupil: Pupil, rowNumber: number): void {
  const key = `${pupil.identity.schoolId}\u0000${pupil.procedure}\u0000${pupil.year}`;
  let tally = tallies.get(key);
  if (!tally) {
    tally = {
      identity: pupil.identity, year: pupil.year, procedure: pupil.procedure, firstRow: rowNumber,
      participants: 0, failed: 0, marks: [0, 0, 0, 0], marked: 0, markSum: 0, scored: 0, scoreSum: 0, high: 0,
    };
    tallies.set(key, tally);
  }
  tally.participants += 1;
  if (pupil.failed) tally.failed += 1;
  if (pupil.mark !== null) {
    tally.marks[pupil.mark - 2] += 1;
    tally.marked += 1;
    tally.markSum += pupil.mark;
  }
  if (pupil.score !== null) {
    tally.scored += 1;
    tally.scoreSum += pupil.score;
    if (pupil.score >= HIGH_SCORE) tally.high += 1;
  }
}

function emitTally(tally: Tally, map: ColumnMap, context: LayoutContext): void {
  const allMarked = tally.marked === tally.participants;
  const mean = tally.scored > 0 ? tally.scoreSum / tally.scored : tally.markSum / tally.marked;
  const values = {
    ...EMPTY_VALUES,
    participants: tally.participants,
    failCount: tally.failed,
    meanScore: Math.round(mean * 100) / 100,
    highCount: isScoreBased(tally.procedure) && tally.scored > 0 ? tally.high : null,
    ...(allMarked ? { mark2: tally.marks[0], mark3: tally.marks[1], mark4: tally.marks[2], mark5: tally.marks[3] } : {}),
  };
  const columnOf = (field: ValueField) => headerOf(map, field === 'meanScore' || field === 'highCount' ? 'score' : 'mark');
  emitResult(context, { identity: tally.identity, year: tally.year, procedure: tally.procedure, rowNumber: tally.firstRow, columnOf }, values);
}
