/**
 * Reads a school profile table (shnor template profile, or the municipality's own sheet): one
 * row per school, each cell read by its column's kind. A bad cell leaves that field null with an
 * issue; the rest of the row is kept.
 */
import type { CellValue } from '../model/cells.js';
import type { Issue, IssueCode, IssueParams } from '../model/issues.js';
import { cellText, parseNumber } from '../model/numbers.js';
import type { SchoolProfile } from '../model/profile.js';
import {
  CHOICES, PROFILE_FIELDS, PROFILE_NOTES_SHEET, choiceWords, profileFieldOfHeader, riskOf,
  type ChoiceKind, type ProfileField, type ProfileKey,
} from '../model/profile-fields.js';
import { normalizeLabel } from '../model/text.js';
import { isBlankRow, mapColumns, tableLayout, type ColumnMap } from './layouts/columns.js';
import type { LayoutContext, LayoutMatch } from './layouts/types.js';
import { readTableFile } from './read-table.js';
import { NOT_A_RISK } from './vocabulary/cells.js';

export interface ProfileOptions {
  sheet?: string;
  encoding?: string;
  delimiter?: string;
  stdin?: NodeJS.ReadableStream;
}

export interface ProfileLoad {
  profiles: SchoolProfile[];
  issues: Issue[];
}

export async function loadProfile(input: string, options: ProfileOptions): Promise<ProfileLoad> {
  const profiles: SchoolProfile[] = [];
  const issues: Issue[] = [];
  const seen = new Map<string, string>();
  await readTableFile<SchoolProfile>(
    input,
    { ...options, match: (headers) => matchProfileHeader(headers, seen), noHeaderCode: 'no-profile-header', year: null, minScores: {} },
    profiles,
    issues,
  );
  // the template's notes sheet is prose, not a table
  const notesSheets: (string | null)[] = Object.values(PROFILE_NOTES_SHEET);
  return { profiles, issues: issues.filter((i) => !(i.code === 'sheet-without-header' && notesSheets.includes(i.sheet))) };
}

type ProfileColumns = ColumnMap<ProfileKey>;
const FIELD_BY_KEY = new Map(PROFILE_FIELDS.map((f) => [f.key, f]));

/** A profile header has an id column and at least one other profile column. */
function matchProfileHeader(headers: string[], seen: Map<string, string>): LayoutMatch<SchoolProfile> | null {
  const columns = mapColumns(headers, (header) => profileFieldOfHeader(header)?.key ?? null);
  if (!columns.fields.has('schoolId') || columns.fields.size < 2) return null;
  return tableLayout('profile', columns, (cells, rowNumber, context) => readProfileRow(cells, rowNumber, columns, context, seen));
}

function readProfileRow(
  cells: CellValue[], rowNumber: number, columns: ProfileColumns, context: LayoutContext<SchoolProfile>, seen: Map<string, string>,
): void {
  if (isBlankRow(cells)) return;
  const idIndex = columns.fields.get('schoolId')!;
  const schoolId = cellText(cells[idIndex] ?? null);
  const column = columns.headers[idIndex]!;
  if (schoolId === null) {
    context.report({ row: rowNumber, column, code: 'missing-school', params: {} });
    return;
  }
  const source = { file: context.file, sheet: context.sheet, row: rowNumber };
  const first = seen.get(schoolId);
  if (first !== undefined) {
    context.report({ row: rowNumber, column, code: 'duplicate-school', params: { school: schoolId, first } });
    return;
  }
  seen.set(schoolId, [source.file, source.sheet, source.row].filter((x) => x !== null).join(':'));

  const profile = emptyProfile(schoolId, source);
  const values = profile as unknown as Record<string, unknown>;
  const report = (field: ProfileField, code: IssueCode, params: IssueParams) =>
    context.report({ row: rowNumber, column: columns.headers[columns.fields.get(field.key)!]!, code, params });
  for (const [key, index] of columns.fields) {
    const field = FIELD_BY_KEY.get(key)!;
    if (field.kind === 'id') continue;
    const parsed = parseCell(field, cells[index] ?? null);
    if (parsed.ok) {
      const risk = riskOf(field.key);
      if (risk === null) values[field.key] = parsed.value;
      else if (parsed.value !== null) profile.risks[risk] = parsed.value as SchoolProfile['risks'][typeof risk];
    } else {
      report(field, parsed.code, parsed.params);
    }
  }
  // last year's count is not bounded by this year's staff: a school may have shrunk
  for (const key of ['teachersTrained', 'teachersCategory'] as const) {
    const count = profile[key];
    if (count !== null && profile.teachersTotal !== null && count > profile.teachersTotal) {
      report(FIELD_BY_KEY.get(key)!, 'count-exceeds-total', { count, total: profile.teachersTotal });
      profile[key] = null;
    }
  }
  context.emit(profile);
}

function emptyProfile(schoolId: string, source: SchoolProfile['source']): SchoolProfile {
  return {
    schoolId, schoolName: null, schoolType: null,
    teachersTotal: null, teachersTrained: null, teachersCategory: null, teachersCategoryPrev: null,
    contests: null, experienceMunicipal: null, experienceRegional: null, innovation: null, methodLeaders: null,
    olympiadRegionalWinners: null, olympiadMunicipal: null, olympiadEfficiency: null, programmes: null,
    nonObjective: null, isbsh: null, shnsu: null, ior: null, iorPrev: null,
    failingShare: null, failingSharePrev: null, disabledShare: null, nonNativeShare: null, failingExtraShare: null,
    socialRiskShare: null, trainedLowAchieversShare: null, parentsHigherShare: null, parentsVocationalShare: null,
    networkSchools: null, networkOrganisations: null, jointEvents: null, seminarsHosted: null,
    computerShortage: null, staffShortage: null, smallSchool: null, federalList: null, regionalList: null, project500: null,
    risks: {},
    source,
  };
}

type Parsed = { ok: true; value: unknown } | { ok: false; code: IssueCode; params: IssueParams };

const ok = (value: unknown): Parsed => ({ ok: true, value });
const bad = (code: IssueCode, params: IssueParams): Parsed => ({ ok: false, code, params });

/** Parses one cell by its column's kind; a blank cell is null (no data), never «нет» or 0. */
function parseCell(field: ProfileField, cell: CellValue): Parsed {
  const text = cellText(cell);
  if (text === null) return ok(null);
  switch (field.kind) {
    case 'id':
    case 'text':
      return ok(text);
    case 'count':
    case 'percent':
    case 'number':
      return parseNumeric(field.kind, cell, text);
    default:
      return parseChoice(field.kind, cell, text);
  }
}

function parseNumeric(kind: 'count' | 'percent' | 'number', cell: CellValue, text: string): Parsed {
  const value = parseNumber(cell);
  if (value === 'invalid') return bad('bad-number', { value: text });
  if (value === null) return ok(null);
  if (kind === 'count' && value < 0) return bad('negative-count', { value: text });
  if (kind === 'count' && !Number.isInteger(value)) return bad('not-integer', { value: text });
  if (kind === 'percent' && (value < 0 || value > 100)) return bad('share-out-of-range', { value: text });
  return ok(value);
}

function parseChoice(kind: ChoiceKind, cell: CellValue, text: string): Parsed {
  if (kind === 'yesno' && typeof cell === 'boolean') return ok(cell);
  if (kind === 'significance' && NOT_A_RISK.has(wordLabel(text))) return ok(null);
  // «победители, призёры, лауреаты»: every part must name the same choice
  const parts = text.split(/[,;/]|\s+и\s+/).map(wordLabel).filter((part) => part !== '');
  const values = new Set(parts.map((part) => WORDS[kind].get(part)));
  const [value] = values;
  if (parts.length > 0 && values.size === 1 && value !== undefined) return ok(value);
  return kind === 'yesno'
    ? bad('bad-yes-no', { value: text })
    : bad('bad-choice', { value: text, choices: choiceWords(kind).join(', ') });
}

/** «+», «-» and dashes are words here, though normalizeLabel drops them as punctuation. */
function wordLabel(text: string): string {
  return normalizeLabel(text) || text.trim();
}

const WORDS = Object.fromEntries(
  (Object.keys(CHOICES) as ChoiceKind[]).map((kind) => [
    kind,
    new Map<string, unknown>(CHOICES[kind].flatMap((choice) => choice.words.map((word) => [wordLabel(word), choice.value] as [string, unknown]))),
  ]),
) as Record<ChoiceKind, Map<string, unknown>>;
