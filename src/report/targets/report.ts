/**
 * The target indicators laid out once — a table (terminal, CSV, XLSX, the report), the notes in
 * words, and the JSON contract of issue 8 — for `shnor targets`, `shnor dynamics` and the report.
 */
import { messagesOf, type Lang } from '../../messages/index.js';
import type { Issue } from '../../model/issues.js';
import type { PlanValue } from '../../model/plan.js';
import type { ProgrammePeriod } from '../../model/programme.js';
import { procedureName } from '../procedure-name.js';
import type { TargetOutcome } from '../../rules/targets.js';
import { formatNumber } from '../format.js';
import { chanceSentence } from '../significance.js';
import type { Table, TableCell } from '../table-model.js';

export interface TargetsReport {
  year: number;
  programme: { id: string; title: string };
  targets: TargetOutcome[];
  /** The programme's period when the year lies outside it. */
  outsidePeriod: ProgrammePeriod | null;
  /** The ШНСУ note, once: no profile, or no ИСБШ threshold; null when neither applies. */
  shnsuNote: string | null;
  issues: Issue[];
}

export function valueText(value: PlanValue | null, lang: Lang): string {
  const t = messagesOf(lang);
  if (value === null) return '—';
  return typeof value === 'boolean' ? (value ? t.targets.yes : t.targets.no) : `${formatNumber(value, lang)}%`;
}

/** A plan or fact as a cell: a percentage is a number (a number in the workbook), yes/no and «—» text. */
export function valueCell(value: PlanValue | null, lang: Lang): TableCell {
  return typeof value === 'number' ? { value, percent: true } : { value: valueText(value, lang) };
}

export function statusText(outcome: TargetOutcome, lang: Lang): string {
  return messagesOf(lang).targets.status[outcome.status]!;
}

export function noteText(outcome: TargetOutcome, year: number, lang: Lang): string {
  const t = messagesOf(lang);
  const n = t.targets.notes;
  const note = outcome.note;
  switch (note.code) {
    case 'no-plan':
      return n.noPlan(t.labels.schoolYear(year));
    case 'empty-group':
      return n.emptyGroup;
    case 'no-facts':
      return n.noFacts;
    case 'no-fact':
      return n.noFact;
    case 'results': {
      const procedures = note.procedures.map((p) => procedureName(p, lang)).join(', ');
      if (note.counted.length === 0) return n.noResults(procedures);
      const chance = chanceSentence(note.notSignificant, lang);
      return n.results({ ...note, procedures }) + (chance ? ` ${chance}` : '');
    }
    case 'schools':
      return n.schools(note);
    case 'teachers':
      return n.teachers(note);
    case 'municipal':
      return [n.municipal, note.note].filter(Boolean).join(' ');
  }
}

export function targetsTable(outcomes: TargetOutcome[], year: number, lang: Lang): Table {
  const t = messagesOf(lang);
  const c = t.targets.columns;
  const headers = [c.id, c.text, c.plan, c.fact, c.numerator, c.denominator, c.status, c.note, c.evidence];
  const rows = outcomes.map((o) => ({
    emphasis: o.status === 'notMet',
    cells: [
      { value: o.indicator.id }, { value: o.indicator.text }, valueCell(o.plan, lang),
      { ...valueCell(o.fact, lang), low: o.status === 'notMet' }, { value: o.numerator }, { value: o.denominator },
      { value: statusText(o, lang) }, { value: noteText(o, year, lang) }, { value: o.evidence },
    ],
  }));
  return { name: t.dynamics.sheetTargets, headers, rows, wide: [1, 7] };
}

/** The page's table: number, text, plan, fact, status and why; numerator, denominator and evidence stay in the sheet. */
export function targetsSummaryTable(outcomes: TargetOutcome[], year: number, lang: Lang): Table {
  const t = messagesOf(lang);
  const c = t.targets.columns;
  return {
    name: t.dynamics.sheetTargets,
    headers: [c.id, c.text, c.plan, c.fact, c.status, c.note],
    rows: outcomes.map((o) => ({
      emphasis: o.status === 'notMet',
      cells: [
        { value: o.indicator.id }, { value: o.indicator.text }, valueCell(o.plan, lang),
        { ...valueCell(o.fact, lang), low: o.status === 'notMet' }, { value: statusText(o, lang) }, { value: noteText(o, year, lang) },
      ],
    })),
    wide: [1, 5],
  };
}

/** A line for the terminal: «8.1 факт 75% / план 70% — выполнен. …». */
export function targetLine(o: TargetOutcome, year: number, lang: Lang): string {
  const c = messagesOf(lang).targets.columns;
  return `${o.indicator.id}  ${c.fact} ${valueText(o.fact, lang)} / ${c.plan} ${valueText(o.plan, lang)} — ${statusText(o, lang)}. ${noteText(o, year, lang)}`;
}

export function statusCounts(outcomes: TargetOutcome[]): { met: number; notMet: number; noData: number; total: number } {
  const count = (status: TargetOutcome['status']) => outcomes.filter((o) => o.status === status).length;
  return { met: count('met'), notMet: count('notMet'), noData: count('noData'), total: outcomes.length };
}

/** One indicator in the JSON contract of issue 8. */
export function targetJson(o: TargetOutcome, year: number, lang: Lang) {
  return {
    id: o.indicator.id,
    section: o.indicator.section,
    kind: o.indicator.kind,
    unit: o.indicator.unit,
    text: o.indicator.text,
    plan: o.plan,
    fact: o.fact,
    numerator: o.numerator,
    denominator: o.denominator,
    status: o.status,
    note: noteText(o, year, lang),
    evidence: o.evidence,
  };
}
