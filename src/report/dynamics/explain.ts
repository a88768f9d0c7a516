/** The dynamics in sentences, shared by the page and the screen of the document and by the yearly report: directions, series, changes, the list. */
import { messagesOf, type Lang } from '../../messages/index.js';
import { procedureName } from '../procedure-name.js';
import type { ListMovement } from '../../rules/list-movement.js';
import type { Change, OverallDirection, ProcedureDynamics, YearPoint } from '../../rules/dynamics.js';
import { formatNumber, formatPercent, signed } from '../format.js';
import { chanceNote, heldBackNote } from '../significance.js';
import type { DynamicsMethod, DynamicsReport } from './report.js';

export function rangeText(years: number[], lang: Lang): string {
  const l = messagesOf(lang).labels;
  if (years.length === 0) return '—';
  return years.length === 1 ? l.schoolYear(years[0]!) : `${l.schoolYear(years[0]!)} — ${l.schoolYear(years.at(-1)!)}`;
}

export function basisText(report: DynamicsReport, lang: Lang): string {
  const t = messagesOf(lang);
  const { method } = report;
  const s = t.score;
  const reference = report.referenceLevels.length > 0
    ? s.referenceGiven(report.referenceLevels.map((v) => s.levels[v] ?? v).join(', '))
    : s.referenceNone;
  return t.dynamics.basis({
    year: t.labels.schoolYear(report.analysis.year),
    margin: formatNumber(method.marginPp, lang),
    threshold: formatPercent(method.threshold, lang),
    alpha: formatNumber(method.alpha, lang),
    procedures: method.procedures.map((p) => procedureName(p, lang)).join(', ') || '—',
    reference,
  }) + ` ${t.significance.basis({ required: method.requireSignificance, alpha: formatNumber(method.alpha, lang) })}`;
}

/** «общая динамика к 2024/2025 уч. г.: положительная (улучшение: ОГЭ Математика)». */
export function overallText(overall: OverallDirection, lang: Lang): string {
  const t = messagesOf(lang);
  const d = t.dynamics;
  const year = t.labels.schoolYear(overall.year);
  if (overall.noResultsIn !== null) return d.overallNoResults({ year, missing: t.labels.schoolYear(overall.noResultsIn) });
  if (overall.direction === null) return d.overallNone(year);
  const names = (codes: string[]) => codes.map((c) => procedureName(c, lang)).join(', ');
  const detail = [
    overall.positive.length > 0 ? d.improved(names(overall.positive)) : '',
    overall.negative.length > 0 ? d.worsened(names(overall.negative)) : '',
  ].filter(Boolean).join('; ');
  const notes = [chanceNote(overall.notSignificant, lang), heldBackNote(overall.heldBack, lang)].filter((n) => n !== null);
  return d.overall({ year, direction: d.directions[overall.direction]! + (detail ? ` (${detail})` : '') }) + notes.map((n) => `; ${n}`).join('');
}

/** «34,6% → — → ср. балл 3,6 → 37,9%»: the years present, a dash for a gap, the mean where a year has no share of «2». */
export function seriesText(p: ProcedureDynamics, lang: Lang, digits = 1): string {
  return yearByYear(p, (point) => (point.failShare === null ? meanText(point, lang) : formatPercent(point.failShare, lang, digits)));
}

/** «68,4 → 63,9 → 72,1»: the mean scores, for a procedure with no share of «2» in any year. */
export function meanSeriesText(p: ProcedureDynamics, lang: Lang): string {
  return messagesOf(lang).dynamics.meanSeries(yearByYear(p, (point) => (point.meanScore === null ? '—' : formatNumber(point.meanScore, lang))));
}

/** «ср. балл 72,1» — a year without a share of «2». */
export function meanText(point: YearPoint, lang: Lang): string {
  const d = messagesOf(lang).dynamics;
  return point.meanScore === null ? d.noShare : d.meanPoint(formatNumber(point.meanScore, lang));
}

/** True when no year of the procedure gives a share of «2»: only its means can be shown. */
export function meanOnly(p: ProcedureDynamics): boolean {
  return p.years.every((y) => y.failShare === null);
}

function yearByYear(p: ProcedureDynamics, text: (point: YearPoint) => string): string {
  const first = p.years[0]?.year ?? 0;
  const last = p.years.at(-1)?.year ?? 0;
  const parts: string[] = [];
  for (let year = first; year <= last; year++) {
    const point = p.years.find((y) => y.year === year);
    parts.push(point ? text(point) : '—');
  }
  return parts.join(' → ');
}

/** Why a change is not stable: «изменение не меньше 10 п.п.», «вход в зону ≥ 30%». */
export function becauseText(c: Change, method: DynamicsMethod, lang: Lang): string | null {
  if (!c.because) return null;
  const value = c.because === 'margin' ? formatNumber(method.marginPp, lang) : formatPercent(method.threshold, lang);
  return messagesOf(lang).dynamics.because[c.because]!(value);
}

/** «к 2024/2025 уч. г.: +16,67 п.п., отрицательная; незначимо»; with the method, also why and p. */
export function changeText(c: Change, lang: Lang, details: DynamicsMethod | null = null): string {
  const t = messagesOf(lang);
  const d = t.dynamics;
  if (c.deltaPp === null || c.direction === null) return d.changeNoShare(t.labels.schoolYear(c.to));
  const text = d.change({ year: t.labels.schoolYear(c.to), delta: signed(c.deltaPp, lang), direction: d.directions[c.direction]! });
  const notes: string[] = [];
  const because = details ? becauseText(c, details, lang) : null;
  if (because) notes.push(because);
  if (c.significant !== null) {
    const word = c.significant ? d.significant : d.notSignificant;
    if (details) notes.push(`${word}, p = ${formatNumber(c.pValue!, lang, 4)}`);
    else if (!c.significant) notes.push(word);
  }
  if (!c.counts) notes.push(t.significance.notCounted);
  return notes.length > 0 ? `${text}; ${notes.join('; ')}` : text;
}

/** The notes of a procedure line: the last change, the negative run, a small latest sample. */
export function riskNotes(p: ProcedureDynamics, lang: Lang, details: DynamicsMethod | null = null): string[] {
  const d = messagesOf(lang).dynamics;
  const last = p.changes.at(-1);
  const notes = [last ? changeText(last, lang, details) : d.noChange];
  if (p.negativeRun >= 2) notes.push(d.run(p.negativeRun));
  if (p.years.at(-1)?.sample === 'limited') notes.push(d.smallSample);
  return notes;
}

export interface ListLine {
  label: string;
  ids: string[];
  text: string;
}

/**
 * вошли / вышли / (нет результатов в Y) / остались / стойкие, each with its schools joined by `join` (the terminal
 * cuts a long list); the schools without results in Y only when there are some.
 */
export function listLines(list: ListMovement, lang: Lang, join: (items: string[]) => string = (items) => items.join(', ')): ListLine[] {
  const t = messagesOf(lang);
  const d = t.dynamics;
  const persistent = list.persistent.map((p) => `${p.schoolId} (${p.procedures.map((c) => procedureName(c, lang)).join(', ')})`);
  const noResults = list.noResults.length > 0 ? [{ label: d.noResultsIn(t.labels.schoolYear(list.to)), ids: list.noResults, text: join(list.noResults) }] : [];
  return [
    { label: d.entered, ids: list.entered, text: join(list.entered) },
    { label: d.left, ids: list.left, text: join(list.left) },
    ...noResults,
    { label: d.stayed, ids: list.stayed, text: join(list.stayed) },
    { label: d.persistent, ids: list.persistent.map((p) => p.schoolId), text: join(persistent) },
  ].map((line) => ({ ...line, text: line.text || d.none }));
}

/** Which list and which years the targets rest on (ruling R2). */
export function programmeText(year: number, lang: Lang): string {
  const t = messagesOf(lang);
  const l = t.labels;
  return t.targets.basis({ year: l.schoolYear(year), previous: l.schoolYear(year - 1) });
}
