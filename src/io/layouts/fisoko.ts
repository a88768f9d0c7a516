/**
 * The fisoko layout: the ВПР export «Статистика по отметкам» from ФИС ОКО, as analysts download it
 * and regional centres re-publish it. Title rows name the work («ВПР 2023. Математика 5 класс»);
 * the header is «Группы участников | Кол-во ОО | Кол-во участников | 2 | 3 | 4 | 5» (the marks are
 * PERCENTAGES; «Распределение групп баллов в %» may stand merged above them, and spacer columns may
 * be empty); then nested rows: «Вся выборка», the region, each municipality, then its schools
 * («sch233015 МБОУ СОШ № 5»). A row that is not a school names the municipality of the schools
 * below it. Only school rows become results; mark counts are recovered as round(pct × participants / 100).
 * The region row (the one right after «Вся выборка») and each municipality row become reference
 * values (their «2» share as the failing share) through the context's `references` side channel.
 */
import { SCHOOL_LOGIN } from '../../model/school-name.js';
import type { CellValue } from '../../model/cells.js';
import { cellText, parseNumber } from '../../model/numbers.js';
import { MARKS, type Mark, type ResultRecord } from '../../model/records.js';
import type { ReferenceValue } from '../../model/reference.js';
import { normalizeLabel } from '../../model/text.js';
import { isBlankRow, isTotalRow, numberAt } from './columns.js';
import { EMPTY_VALUES, emitResult } from './emit-result.js';
import { readTitles } from './titles.js';
import { allMet, columnsNeed } from './needs.js';
import type { Layout, LayoutContext, LayoutMatch, Need, RowMapper } from './types.js';
import { DISTRIBUTION_PREFIX, GROUP_HEADER, PARTICIPANTS_HEADER, SCHOOL_COUNT_HEADER } from '../vocabulary/headers.js';
import { WHOLE_SAMPLE_ROW } from '../vocabulary/rows.js';

/** Above any result layout's score (those count recognised columns). */
const FISOKO_SCORE = 100;
const SHARE_TOLERANCE_PP = 1;

interface FisokoColumns {
  headers: string[];
  group: number;
  participants: number;
  /** Column index of each mark; empty while the marks stand in a second header row below. */
  marks: Partial<Record<Mark, number>>;
}

const isGroupHeader = (label: string) => GROUP_HEADER.test(label);
const isParticipantsHeader = (label: string) => PARTICIPANTS_HEADER.test(label);
const isSchoolCountHeader = (label: string) => SCHOOL_COUNT_HEADER.test(label);
const isDistributionHeader = (label: string) => label.startsWith(DISTRIBUTION_PREFIX);

/** «2», «"2"», «2 %», «% 2» → 2. */
function markOfHeader(label: string): Mark | null {
  const hit = /^(?:% )?([2-5])(?: %)?$/.exec(label);
  return hit ? (Number(hit[1]) as Mark) : null;
}

function findMarks(labels: string[]): Partial<Record<Mark, number>> {
  const marks: Partial<Record<Mark, number>> = {};
  labels.forEach((label, index) => {
    const mark = markOfHeader(label);
    if (mark !== null && marks[mark] === undefined) marks[mark] = index;
  });
  return marks;
}

const hasAllMarks = (marks: Partial<Record<Mark, number>>) => MARKS.every((m) => marks[m] !== undefined);

/** «Группы участников», «Кол-во участников» and the marks «2»–«5» (or «Распределение …» merged over them). */
function fisokoNeeds(headers: string[], labels: string[], marks: Partial<Record<Mark, number>>): Need[] {
  const cells = (keep: (label: string, index: number) => boolean) => headers.filter((_, i) => keep(labels[i]!, i));
  const markIndexes = new Set(Object.values(marks));
  return [
    columnsNeed('fisoko-groups', cells(isGroupHeader)),
    columnsNeed('fisoko-participants', cells(isParticipantsHeader)),
    columnsNeed('fisoko-marks', hasAllMarks(marks) ? cells((_, i) => markIndexes.has(i)) : cells(isDistributionHeader)),
  ];
}

export const fisokoLayout: Layout = {
  name: 'fisoko',
  needs(headers) {
    const labels = headers.map(normalizeLabel);
    return fisokoNeeds(headers, labels, findMarks(labels));
  },
  match(headers: string[]): LayoutMatch | null {
    const labels = headers.map(normalizeLabel);
    const marks = findMarks(labels);
    if (!allMet(fisokoNeeds(headers, labels, marks))) return null;
    const columns: FisokoColumns = { headers, group: labels.findIndex(isGroupHeader), participants: labels.findIndex(isParticipantsHeader), marks };
    return {
      layout: 'fisoko',
      score: FISOKO_SCORE,
      needsYear: false,
      start: (context, headerRow, titles = []) => startFisoko(context, headerRow, titles, columns),
    };
  },
};

function startFisoko(context: LayoutContext, headerRow: number, titles: string[], columns: FisokoColumns): RowMapper {
  const title = readTitles(titles);
  const procedure = title.procedure;
  const year = title.year ?? context.yearHint;
  const firstColumn = columns.headers[columns.group]!;
  const idle: RowMapper = { row() {}, end() {} };
  reportUnknownColumns(context, headerRow, columns);
  if (procedure === null) {
    context.report({ row: headerRow, column: null, code: 'missing-procedure', params: {} });
    return idle;
  }
  if (year === null) {
    context.report({ row: headerRow, column: null, code: 'missing-year', params: {} });
    return idle;
  }
  let marks = hasAllMarks(columns.marks) ? (columns.marks as Record<Mark, number>) : null;
  let headers = columns.headers;
  let municipality: string | null = null;
  let regionNext = false;
  return {
    row(cells, rowNumber) {
      if (isBlankRow(cells)) return;
      if (marks === null) {
        // the second header row under «Распределение групп баллов в %»
        const texts = cells.map((cell) => cellText(cell) ?? '');
        const found = findMarks(texts.map(normalizeLabel));
        if (hasAllMarks(found)) {
          marks = found as Record<Mark, number>;
          headers = texts.map((text, i) => text || (headers[i] ?? ''));
        }
        return;
      }
      const label = cellText(cells[columns.group] ?? null);
      if (label === null) return;
      const login = SCHOOL_LOGIN.exec(label);
      const isRegion = regionNext;
      regionNext = false;
      if (login === null) {
        const normal = normalizeLabel(label);
        if (normal === WHOLE_SAMPLE_ROW) {
          regionNext = true;
          return;
        }
        const identity = { schoolId: label, schoolName: label, municipality: null, schoolType: null };
        if (isTotalRow(identity)) {
          context.report({ row: rowNumber, column: firstColumn, code: 'ignored-total-row', params: { value: label } });
          return;
        }
        municipality = label; // the region, then each municipality: the last one above a school is its own
        addReference(context, cells[marks[2]] ?? null, { year, procedure, level: isRegion ? 'region' : 'district', municipality: isRegion ? null : label });
        return;
      }
      const identity = { schoolId: login[1]!, schoolName: login[2]!.trim() || null, municipality, schoolType: null };
      readSchool(cells, rowNumber, { context, headers, participants: columns.participants, marks, procedure, year, identity });
    },
    end() {},
  };
}

/** A region or municipality row's «2» share as a reference failing share; a row without a valid share gives none. */
function addReference(context: LayoutContext, pct2: CellValue, place: Pick<ReferenceValue, 'year' | 'procedure' | 'level' | 'municipality'>): void {
  if (!context.references) return;
  const failPct = parseNumber(pct2);
  if (failPct === null || failPct === 'invalid' || failPct < 0 || failPct > 100) return;
  context.references.push({ ...place, meanScore: null, failPct });
}

/** Warns of the header cells the layout does not read (the marks, school count and titles it knows). */
function reportUnknownColumns(context: LayoutContext, headerRow: number, columns: FisokoColumns): void {
  columns.headers.forEach((header, index) => {
    const label = normalizeLabel(header);
    if (label === '' || index === columns.group || index === columns.participants) return;
    if (isSchoolCountHeader(label) || isDistributionHeader(label) || markOfHeader(label) !== null) return;
    context.report({ row: headerRow, column: header, code: 'unknown-column', params: {} });
  });
}

interface SchoolPlace {
  context: LayoutContext;
  headers: string[];
  participants: number;
  marks: Record<Mark, number>;
  procedure: string;
  year: number;
  identity: { schoolId: string; schoolName: string | null; municipality: string | null; schoolType: null };
}

function readSchool(cells: CellValue[], rowNumber: number, place: SchoolPlace): void {
  const { context, headers, marks } = place;
  const participants = numberAt(cells, place.participants, headers[place.participants]!, rowNumber, context, true);
  const given = MARKS.map((m) => numberAt(cells, marks[m], headers[marks[m]]!, rowNumber, context));
  if (participants === undefined || given.some((p) => p === undefined)) return;
  const anyPct = given.some((p) => p !== null);
  // a re-published table may leave a zero share blank
  const pcts = given.map((p) => (p === null && anyPct ? 0 : p)) as (number | null)[];
  for (const [i, pct] of pcts.entries()) {
    if (pct !== null && (pct < 0 || pct > 100)) {
      context.report({ row: rowNumber, column: headers[marks[MARKS[i]!]]!, code: 'share-out-of-range', params: {} });
      return;
    }
  }
  const markPcts: Partial<Record<Mark, number>> = {};
  const markCounts: Partial<Record<Mark, number>> = {};
  MARKS.forEach((m, i) => {
    const pct = pcts[i];
    if (pct === null || pct === undefined) return;
    markPcts[m] = pct;
    if (participants !== null && Number.isInteger(participants) && participants >= 0) {
      markCounts[m] = Math.round((pct * participants) / 100);
    }
  });
  if (anyPct) {
    const sum = Math.round(pcts.reduce<number>((a, b) => a + (b ?? 0), 0) * 10) / 10;
    if (Math.abs(sum - 100) > SHARE_TOLERANCE_PP) {
      context.report({ row: rowNumber, column: headers[marks[2]]!, code: 'pcts-rounded', params: { sum } });
    }
  }
  // The counts are recovered from rounded shares, so only what they must agree on is checked:
  // the participants, the «2» count and its share. The record carries the whole distribution.
  const values = { ...EMPTY_VALUES, participants, mark2: markCounts[2] ?? null, pct2: markPcts[2] ?? null };
  const withMarks: LayoutContext = {
    ...context,
    emit: (record: ResultRecord) => context.emit({ ...record, markCounts, markPcts }),
  };
  const columnOf = (field: string) => {
    if (field === 'participants') return headers[place.participants]!;
    return headers[marks[2]]!;
  };
  emitResult(withMarks, { identity: place.identity, year: place.year, procedure: place.procedure, rowNumber, columnOf }, values);
}
