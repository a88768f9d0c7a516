/**
 * What every `check` renderer shows, put into words once: the draft's discrepancies (missing,
 * extra, absent, name and branch matches) and the data checks, each with its values.
 */
import { messagesOf, type Lang } from '../../messages/index.js';
import { procedureName } from '../procedure-name.js';
import type { DraftEntry } from '../../model/draft-entry.js';
import type { AbsentEntry, BranchMatch, DataCheck, DraftComparison, ExtraSchool, MissingSchool, NameMatch } from '../../rules/check.js';
import type { ResultAssessment } from '../../rules/fioko.js';
import type { ObjectivityFrom } from '../../rules/objectivity-flag.js';
import type { ListStanding } from '../../rules/official-lists.js';
import { describeResult } from '../classify/explain.js';
import { formatNumber, formatPercent, signed } from '../format.js';
import { issueLine } from '../issue-text.js';
import { labelOf } from '../labels.js';
import { notFlaggedText } from '../not-flagged.js';
import { standingText } from '../official-lists.js';
import { pValueText } from '../significance.js';
import { signFigure } from '../sign-figures.js';
import { failShareLabel } from '../fail-term.js';
import type { Table, TableRow } from '../table-model.js';

export interface CheckReport {
  year: number;
  threshold: number;
  /** The draft file and what it held; null without --list. */
  draft: { file: string; entries: number } | null;
  comparison: DraftComparison | null;
  dataChecks: DataCheck[];
  /** With --profile: every school's official lists beside the rule's verdict; null without one. */
  lists: ListStanding[] | null;
  /** Where the objectivity warnings of the year come from beside the results' own signs: the official list or the computed signs; null for neither. */
  objectivityFrom: ObjectivityFrom | null;
}

const results = (list: ResultAssessment[], lang: Lang, withYear = true) => list.map((r) => describeResult(r, lang, withYear)).join('; ');

export function entryText(entry: DraftEntry): string {
  if (entry.id && entry.name && entry.id !== entry.name) return `${entry.id} — ${entry.name}`;
  return entry.id ?? entry.name ?? '';
}

export function missingText(school: MissingSchool, lang: Lang): string {
  const t = messagesOf(lang);
  return t.check.missing({ criteria: school.criteria.join(', '), results: results(school.lowResults, lang) });
}

export function extraText(school: ExtraSchool, year: number, lang: Lang): string {
  const c = messagesOf(lang).check.reasons;
  const parts = [notFlaggedText(school.reason, year, lang)];
  if (school.notCounted.length > 0) parts.push(c.notCounted({ results: results(school.notCounted, lang) }));
  if (school.match === 'name') parts.push(c.byName({ entry: entryText(school.entry) }));
  if (school.branchId !== null) parts.push(c.byBranch({ entry: entryText(school.entry), branch: school.branchId }));
  return parts.join('; ');
}

export function absentText(absent: AbsentEntry, lang: Lang): string {
  const t = messagesOf(lang);
  const c = t.check.reasons;
  return absent.reason.code === 'ambiguous' ? c.ambiguous({ candidates: absent.reason.candidates.join(', ') }) : c.notFound;
}

export function nameMatchText(match: NameMatch, lang: Lang): string {
  const t = messagesOf(lang);
  const c = t.check.reasons;
  return c.nameMatch({ entry: entryText(match.entry), school: schoolText(match), flagged: match.flagged ? c.inList : c.notInList });
}

export function branchMatchText(match: BranchMatch, lang: Lang): string {
  const t = messagesOf(lang);
  const c = t.check.reasons;
  return c.branchMatch({ entry: entryText(match.entry), branch: match.branchId, school: schoolText(match), flagged: match.flagged ? c.inList : c.notInList });
}

function schoolText(match: { schoolId: string; schoolName: string | null }): string {
  return match.schoolName && match.schoolName !== match.schoolId ? `${match.schoolId} ${match.schoolName}` : match.schoolId;
}

const PERCENT_PARAMS = new Set(['share5', 'district5', 'vprShare', 'ogeShare', 'share', 'previousShare', 'vprLow', 'threshold']);

export function checkMessage(check: DataCheck, lang: Lang): string {
  const t = messagesOf(lang);
  if (check.code === 'input-error' && check.issue) return t.check.checks['input-error']!({ text: issueLine(check.issue, lang) });
  const params: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(check.params)) {
    const figure = signFigure(name, value, lang);
    if (figure !== null) params[name] = figure;
    else if (typeof value !== 'number') params[name] = value;
    else if (PERCENT_PARAMS.has(name)) params[name] = formatPercent(value, lang);
    else if (name === 'change') params[name] = signed(value, lang);
    else if (name === 'previousYear') params[name] = t.labels.schoolYear(value);
    else if (name === 'pValue') params[name] = pValueText(value, lang);
    else params[name] = formatNumber(value, lang);
  }
  if (typeof check.params.ogeProcedure === 'string') params.ogeProcedure = procedureName(check.params.ogeProcedure, lang);
  if (typeof check.params.work === 'string') params.work = procedureName(check.params.work, lang);
  if (typeof check.params.signs === 'string') params.signs = check.params.signs.split(', ').map((code) => labelOf(t.markers.signs, code) ?? code).join('; ');
  if (check.year !== null) params.year = t.labels.schoolYear(check.year);
  if (check.procedure) params.shareLabel = lowerFirst(failShareLabel(check.procedure, lang));
  const onList = typeof check.params.onList === 'string' ? t.markers.onList[check.params.onList]!(params) : '';
  return t.check.checks[check.code]!(params) + onList;
}

const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);

/** Where a data check points: «SL-07, ВПР Математика 5 кл., 2022/2023 уч. г.». */
export function checkSubject(check: DataCheck, lang: Lang): string {
  const t = messagesOf(lang);
  return [check.schoolId, check.procedure ? procedureName(check.procedure, lang) : null, check.year !== null ? t.labels.schoolYear(check.year) : null]
    .filter((x): x is string => x !== null)
    .join(', ');
}

export function counts(report: CheckReport): { missing: number; extra: number; absent: number; errors: number; warnings: number } {
  const c = report.comparison;
  const errors = report.dataChecks.filter((d) => d.level === 'error').length;
  return {
    missing: c?.missing.length ?? 0,
    extra: c?.extra.length ?? 0,
    absent: c?.absent.length ?? 0,
    errors,
    warnings: report.dataChecks.length - errors,
  };
}

/** The schools whose official lists and computed verdict disagree. */
export function listDisagreements(report: CheckReport): ListStanding[] {
  return (report.lists ?? []).filter((s) => s.disagreement !== null);
}

/** Every finding as one table (CSV, XLSX). */
export function findingsTable(report: CheckReport, lang: Lang): Table {
  const t = messagesOf(lang);
  const c = t.check;
  const k = c.kinds;
  const row = (kind: string, schoolId: string | null, school: string | null, procedure: string | null, year: number | null, level: string, code: string, details: string, emphasis = true): TableRow => ({
    emphasis,
    cells: [kind, schoolId, school, procedure, year, level, code, details].map((value) => ({ value })),
  });
  const rows: TableRow[] = [];
  const cmp = report.comparison;
  if (cmp) {
    for (const s of cmp.missing) rows.push(row(k.missing!, s.schoolId, s.schoolName, null, report.year, c.levels.error!, 'missing', missingText(s, lang)));
    for (const s of cmp.extra) rows.push(row(k.extra!, s.schoolId, s.schoolName ?? entryText(s.entry), null, report.year, c.levels.error!, `extra-${s.reason.code}`, extraText(s, report.year, lang)));
    for (const a of cmp.absent) rows.push(row(k.absent!, null, entryText(a.entry), null, null, c.levels.error!, `absent-${a.reason.code}`, absentText(a, lang)));
    for (const n of cmp.nameMatches) rows.push(row(k.nameMatch!, n.schoolId, entryText(n.entry), null, null, c.levels.warning!, 'name-match', nameMatchText(n, lang), false));
    for (const b of cmp.branchMatches) rows.push(row(k.branchMatch!, b.schoolId, entryText(b.entry), null, null, c.levels.warning!, 'branch-match', branchMatchText(b, lang), false));
  }
  for (const s of listDisagreements(report)) {
    rows.push(row(t.lists.kind, s.schoolId, s.schoolName, null, report.year, c.levels.warning!, `list-${s.disagreement}`, standingText(s, report.year, lang)!, false));
  }
  for (const d of report.dataChecks) {
    rows.push(row(k.dataCheck!, d.schoolId, null, d.procedure ? procedureName(d.procedure, lang) : null, d.year, c.levels[d.level]!, d.code, checkMessage(d, lang), d.level === 'error'));
  }
  const col = c.columns;
  return { name: c.sheet, headers: [col.kind, col.schoolId, col.school, col.procedure, col.year, col.level, col.code, col.details], rows, wide: [2, 7] };
}
