/**
 * Reads the ФИС ОКО export «Сравнение отметок с отметками по журналу»: title rows naming the work
 * («ВПР 2023. Математика 5 класс»), the header «Группы участников | Кол-во участников | Понизили
 * (Отметка < Отметка по журналу) % | Подтвердили (…) % | Повысили (…) %», then nested rows as in
 * «Статистика по отметкам»: «Вся выборка», the region, municipalities, and schools
 * («sch233015 МБОУ СОШ № 5»). Only school rows are read; the shares are percentages.
 * No such header in the first rows of any sheet: `no-journal-header`.
 */
import { SCHOOL_LOGIN } from '../model/school-name.js';
import type { CellValue } from '../model/cells.js';
import type { Issue } from '../model/issues.js';
import { cellText, parseNumber } from '../model/numbers.js';
import { normalizeLabel } from '../model/text.js';
import { isBlankRow } from './layouts/columns.js';
import { readTitles } from './layouts/titles.js';
import type { LayoutContext, LayoutMatch } from './layouts/types.js';
import { readTableFile } from './read-table.js';
import type { JournalRow } from '../model/journal.js';
import { GROUP_HEADER, JOURNAL_SHARE_WORDS, PARTICIPANTS_HEADER } from './vocabulary/headers.js';

export type { JournalRow };

export interface JournalOptions {
  encoding?: string;
  delimiter?: string;
  /** The year when the title rows do not name it (--year). */
  year?: number | null;
  stdin?: NodeJS.ReadableStream;
}

export interface JournalLoad {
  rows: JournalRow[];
  issues: Issue[];
}


export type ShareField = 'lowered' | 'confirmed' | 'raised';

interface JournalColumns {
  headers: string[];
  group: number;
  participants: number;
  shares: Record<ShareField, number>;
}

const isGroupHeader = (label: string) => GROUP_HEADER.test(label);
const isParticipantsHeader = (label: string) => PARTICIPANTS_HEADER.test(label);

export async function loadJournal(input: string, options: JournalOptions = {}): Promise<JournalLoad> {
  const rows: JournalRow[] = [];
  const issues: Issue[] = [];
  const { year = null, ...read } = options;
  await readTableFile<JournalRow>(input, { ...read, match: matchJournalHeader, noHeaderCode: 'no-journal-header', year, minScores: {} }, rows, issues);
  return { rows, issues };
}

/** The header: «группы участников», «кол во участников», and «понизили», «подтвердили», «повысили». */
export function matchJournalHeader(headers: string[]): LayoutMatch<JournalRow> | null {
  const labels = headers.map(normalizeLabel);
  const group = labels.findIndex(isGroupHeader);
  const participants = labels.findIndex(isParticipantsHeader);
  const shareOf = (field: ShareField) => labels.findIndex((label) => label.split(' ')[0] === JOURNAL_SHARE_WORDS[field]);
  const shares = { lowered: shareOf('lowered'), confirmed: shareOf('confirmed'), raised: shareOf('raised') };
  if (group < 0 || participants < 0 || Object.values(shares).some((i) => i < 0)) return null;
  const columns: JournalColumns = { headers, group, participants, shares };
  return {
    layout: 'journal',
    score: 5,
    needsYear: false,
    start: (context, headerRow, titles = []) => startJournal(context, headerRow, titles, columns),
  };
}

function startJournal(context: LayoutContext<JournalRow>, headerRow: number, titles: string[], columns: JournalColumns) {
  const title = readTitles(titles);
  const year = title.year ?? context.yearHint;
  const idle = { row() {}, end() {} };
  if (title.procedure === null) {
    context.report({ row: headerRow, column: null, code: 'missing-procedure', params: {} });
    return idle;
  }
  if (year === null) {
    context.report({ row: headerRow, column: null, code: 'missing-year', params: {} });
    return idle;
  }
  const procedure = title.procedure;
  return {
    row(cells: CellValue[], rowNumber: number) {
      if (isBlankRow(cells)) return;
      const label = cellText(cells[columns.group] ?? null);
      const login = label === null ? null : SCHOOL_LOGIN.exec(label);
      if (login === null) return; // «Вся выборка», the region, a municipality, a total
      const number = (index: number): number | null | undefined => {
        const value = parseNumber(cells[index] ?? null);
        if (value !== 'invalid') return value;
        context.report({ row: rowNumber, column: columns.headers[index]!, code: 'bad-number', params: { value: String(cells[index]) } });
        return undefined;
      };
      const participants = number(columns.participants);
      const lowered = number(columns.shares.lowered);
      const confirmed = number(columns.shares.confirmed);
      const raised = number(columns.shares.raised);
      if (participants === undefined || lowered === undefined || confirmed === undefined || raised === undefined) return;
      for (const field of ['lowered', 'confirmed', 'raised'] as const) {
        const value = { lowered, confirmed, raised }[field];
        if (value !== null && (value < 0 || value > 100)) {
          context.report({ row: rowNumber, column: columns.headers[columns.shares[field]]!, code: 'share-out-of-range', params: {} });
          return;
        }
      }
      context.emit({
        schoolId: login[1]!,
        schoolName: login[2]!.trim() || null,
        procedure,
        year,
        participants,
        lowered,
        confirmed,
        raised,
      });
    },
    end() {},
  };
}
