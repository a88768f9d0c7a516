/** Turns a verdict's notes into sentences: which procedures, which values, which threshold. */
import { messagesOf, type Lang } from '../../messages/index.js';
import { procedureName } from '../procedure-name.js';
import type { BranchResult, Classification, ResultAssessment, SchoolVerdict, VerdictNote } from '../../rules/fioko.js';
import { formatNumber, formatPercent } from '../format.js';

/** «ОГЭ Математика 30% (6/20)»; a result without a share of «2»: «ЕГЭ Русский язык — средний балл 72,1». */
export function describeResult(result: ResultAssessment, lang: Lang, withYear = false): string {
  const t = messagesOf(lang);
  const counts = result.failed !== null && result.participants !== null ? `${result.failed}/${result.participants}` : null;
  const procedure = procedureName(result.procedure, lang);
  const label = withYear ? `${t.labels.schoolYear(result.year)}: ${procedure}` : procedure;
  if (result.failShare === null) {
    return t.notes.meanResult({ procedure: label, mean: result.meanScore === null ? null : formatNumber(result.meanScore, lang) });
  }
  return t.notes.result({ procedure: label, share: formatPercent(result.failShare, lang), counts });
}

export function explainNote(note: VerdictNote, year: number, threshold: number, lang: Lang): string {
  const t = messagesOf(lang);
  const list = (results: ResultAssessment[]) => results.map((r) => describeResult(r, lang)).join('; ');
  const y = t.labels.schoolYear(year);
  const previousYear = t.labels.schoolYear(year - 1);
  switch (note.code) {
    case 'criterion-a':
      return t.notes.criterionA({ year: y, count: note.low.length, list: list(note.low), threshold: formatPercent(threshold, lang, 2) });
    case 'criterion-b':
      return t.notes.criterionB({ year: y, previousYear, current: list(note.current), previous: list(note.previous), same: note.sameProcedure });
    case 'not-flagged':
      return t.notes.notFlagged({ year: y, previousYear, low: note.lowCount, previousLow: note.previousLowCount });
    case 'no-results-in-year':
      return t.notes.noResults({ year: t.labels.schoolYear(note.year) });
    case 'no-failing-data':
      return t.notes.noFailingData({ year: t.labels.schoolYear(note.year) });
    case 'mean-only':
      return t.notes.meanOnly({ count: note.results.length, list: listWithYears(note.results, lang) });
    case 'small-sample':
      return t.notes.smallSample({ list: listWithYears(note.results, lang), limit: note.limit });
    case 'not-counted':
      return t.notes.notCounted({ list: listWithYears(note.results, lang), min: note.minParticipants });
    case 'with-branches':
      return t.branches.notes.withBranches({ list: branchList(note.results, lang) });
    case 'branches-not-added':
      return t.branches.notes.notAdded({ list: branchList(note.results, lang) });
  }
}

/** «филиал B1 «Бельцовский филиал» — 2023/2024 уч. г.: ОГЭ математика 60% (3/5), …», branch after branch. */
function branchList(results: BranchResult[], lang: Lang): string {
  const t = messagesOf(lang);
  return distinct(results.map((r) => r.schoolId)).map((id) => {
    const own = results.filter((r) => r.schoolId === id);
    const byYear = distinct(own.map((r) => r.year)).map((year) =>
      `${t.labels.schoolYear(year)}: ${own.filter((r) => r.year === year).map((r) => describeResult(r, lang)).join(', ')}`);
    const name = own[0]!.schoolName;
    return t.branches.notes.branch({ id, name: name === id ? null : name, results: byYear.join('; ') });
  }).join('; ');
}

function distinct<T>(items: T[]): T[] {
  return [...new Set(items)];
}

function listWithYears(results: ResultAssessment[], lang: Lang): string {
  return results.map((r) => describeResult(r, lang, true)).join('; ');
}

/** «С учётом филиалов: B1, B2» for a legal entity whose list verdict sums its branches in; none otherwise. */
export function branchesLine(verdict: SchoolVerdict, lang: Lang): string[] {
  const t = messagesOf(lang);
  return verdict.branches.length > 0 ? [t.branches.notes.withBranchesShort({ ids: verdict.branches.join(', ') })] : [];
}

export function explainVerdict(verdict: SchoolVerdict, year: number, threshold: number, lang: Lang): string[] {
  return verdict.notes.map((note) => explainNote(note, year, threshold, lang));
}

/** The ШНОР cell: да, нет, or «нет данных о доле «2»» for a school none of whose results in Y could be checked. */
export function flaggedText(verdict: SchoolVerdict, lang: Lang): string {
  const t = messagesOf(lang);
  const l = t.labels;
  return verdict.flagged ? l.yes : verdict.noFailingData ? l.noFailingData : l.no;
}

/** «ШНОР: 2 из 9 школ.» — with the schools that could not be checked, if any. */
export function summaryText(classification: Classification, lang: Lang): string {
  const t = messagesOf(lang);
  const { schools } = classification;
  return t.labels.summary({
    flagged: classification.flagged.size,
    total: schools.length,
    unchecked: schools.filter((s) => s.noFailingData).length,
  });
}

/** Said once at the top when no result of Y and Y−1 carries a share of «2»; null otherwise. */
export function meanOnlyRunText(classification: Classification, lang: Lang): string | null {
  const t = messagesOf(lang);
  const l = t.labels;
  const { year } = classification;
  return classification.noFailingData ? l.meanOnlyRun({ year: l.schoolYear(year), previous: l.schoolYear(year - 1) }) : null;
}
