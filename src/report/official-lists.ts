/**
 * The official lists in words, beside the computed verdict, for classify, cluster, check and the
 * справка: the table cell, the sentence for a school (where it is, and how the data disagree),
 * and the summary said once.
 */
import { messagesOf, type Lang } from '../messages/index.js';
import type { OfficialList, ListStanding } from '../rules/official-lists.js';
import { notFlaggedText } from './not-flagged.js';

/** «региональный, «500+»», «нет», or «нет данных» when the profile says nothing of the lists. */
export function listsCell(standing: ListStanding | undefined, lang: Lang): string {
  const s = messagesOf(lang).lists;
  if (!standing || standing.lists === null) return s.unknown;
  return standing.lists.length === 0 ? s.none : standing.lists.map((list) => s.short[list]).join(', ');
}

/** «в региональном списке ШНОР и в проекте «500+»»; three: «в федеральном …, в региональном … и в проекте …». */
function onListsText(lists: OfficialList[], lang: Lang): string {
  const s = messagesOf(lang).lists;
  const on = lists.map((list) => s.on[list]);
  return on.length <= 1 ? on.join('') : `${on.slice(0, -1).join(', ')}${s.and}${on.at(-1)}`;
}

/** The school's standing as a sentence; null when it is on no list and the data agree (or nothing is known). */
export function standingText(standing: ListStanding | undefined, year: number, lang: Lang): string | null {
  if (!standing || standing.lists === null) return null;
  const t = messagesOf(lang);
  const s = t.lists;
  const schoolYear = t.labels.schoolYear(year);
  if (standing.disagreement === 'flagged-not-listed') return s.flaggedNotListed({ year: schoolYear, criteria: standing.criteria.join(', ') });
  if (standing.lists.length === 0) return null;
  const lists = onListsText(standing.lists, lang);
  return standing.why ? `${lists}; ${notFlaggedClause(standing, year, lang)}` : s.listedFlagged({ lists });
}

/** «по данным 2024/2025 уч. г. — не ШНОР: один низкий результат: …» for a listed school the data do not flag; null otherwise. */
export function notFlaggedClause(standing: ListStanding | undefined, year: number, lang: Lang): string | null {
  if (!standing?.why) return null;
  const t = messagesOf(lang);
  return t.lists.notFlagged({ year: t.labels.schoolYear(year), why: notFlaggedText(standing.why, year, lang) });
}

/** «Официальные списки (по профилю школ) — школ в списках: 2; расходятся с данными: 1 (BUS).»; null without list data. */
export function listsSummary(standings: Iterable<ListStanding>, lang: Lang): string | null {
  const known = [...standings].filter((s) => s.lists !== null);
  if (known.length === 0) return null;
  const disagree = known.filter((s) => s.disagreement !== null).map((s) => s.schoolId);
  return messagesOf(lang).lists.summary({ listed: known.filter((s) => s.lists!.length > 0).length, disagree: disagree.length, ids: disagree.join(', ') });
}
