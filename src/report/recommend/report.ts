/**
 * Recommendations laid out: per school, grouped by audience, each with why (the trigger and the
 * values that fired it), the responsible party, the timing and the source.
 */
import type { ObjectivityFrom } from '../../rules/objectivity-flag.js';
import { messagesOf, type Lang } from '../../messages/index.js';
import { AUDIENCES, type Audience } from '../../model/catalog.js';
import type { Issue } from '../../model/issues.js';
import { citation, citePassage } from '../../model/sources.js';
import { failValueText } from '../fail-term.js';
import { procedureName } from '../procedure-name.js';
import type { ClusterVerdict } from '../../rules/clusters.js';
import type { Recommendation, RecommendationReason } from '../../rules/recommendations.js';
import { formatNumber, shortIds } from '../format.js';
import { labelOf } from '../labels.js';
import { chanceNote } from '../significance.js';
import type { Table } from '../table-model.js';
import { clusterLabel } from '../cluster/report.js';

export interface SchoolRecommendations {
  schoolId: string;
  schoolName: string | null;
  cluster: ClusterVerdict | null;
  recommendations: Recommendation[];
}

export interface RecommendReport {
  year: number;
  schools: SchoolRecommendations[];
  issues: Issue[];
  /** Where indicator 1.18's objectivity flag came from; named when a measure rests on it. */
  objectivityFrom: ObjectivityFrom;
}

export function reasonText(reason: RecommendationReason, lang: Lang): string {
  const r = messagesOf(lang).yearly.recommendations;
  const value = typeof reason.value === 'number' ? formatNumber(reason.value, lang) : reason.value;
  const params = {
    procedure: reason.procedure ? procedureName(reason.procedure, lang) : '',
    indicator: reason.trigger === 'risk' ? (labelOf(r.risks, reason.indicator!) ?? reason.indicator!) : (reason.indicator ?? ''),
    value: reason.trigger === 'low-result' ? failValueText(`${value}%`, reason.procedure!, lang) : reason.trigger === 'risk' ? (labelOf(r.significance, String(reason.value)) ?? '') : reason.trigger === 'dynamics' ? (labelOf(r.events, String(reason.value)) ?? '') : reason.trigger === 'task' ? taskValue(reason, lang) : (value ?? ''),
  };
  const chance = chanceNote(reason.notSignificant, lang);
  return r.reasons[reason.trigger]!(params) + (chance ? ` (${chance})` : '');
}

/** A task reason's value against the compared one, to one decimal: «40,5/62», «—/62» for a task no one answered, «2/3» schools. */
export function taskValue(reason: RecommendationReason, lang: Lang): string {
  const one = (value: number | string | null | undefined) => (typeof value === 'number' ? formatNumber(value, lang, 1) : '—');
  return `${one(reason.value)}/${one(reason.compared)}`;
}

/**
 * Said once per document when the output is not Russian and the measures shown are (the shipped catalogue is
 * in the words of the source documents); null otherwise — a catalogue of one's own in English needs no note.
 */
export function catalogueNote(recommendations: Recommendation[], lang: Lang): string | null {
  if (lang === 'ru' || !recommendations.some((rec) => CYRILLIC.test(measureText(rec, lang)))) return null;
  return messagesOf(lang).yearly.recommendations.catalogueInRussian;
}

const CYRILLIC = /[А-Яа-яЁё]/u;

/** The catalogue's text with the blanks of a task-level measure filled in. */
export function measureText(recommendation: Recommendation, lang: Lang): string {
  return filled(recommendation.entry.measure, recommendation, lang);
}

function filled(text: string, { fill }: Recommendation, lang: Lang): string {
  if (!fill) return text;
  const d = messagesOf(lang).difficulties;
  const values: Record<string, string> = {
    tasks: fill.tasks,
    skill: fill.skill ?? d.skill(null),
    subject: (fill.subject && labelOf(d.subject, fill.subject)) || d.subjectOther,
    next: fill.nextGrade === null ? d.nextYear : d.nextGrade(fill.nextGrade),
    count: String(fill.count ?? ''),
    total: String(fill.total ?? ''),
  };
  return text.replace(/\{(\w+)\}/g, (whole, key: string) => values[key] ?? whole);
}

/** Where a measure comes from: the document by its citation (data/sources.json) and the section, or «shnor's own». */
export function sourceText(recommendation: Recommendation, lang: Lang): string {
  const { entry } = recommendation;
  return entry.own ? messagesOf(lang).yearly.recommendations.own : citePassage(entry.source, lang);
}

/** The document alone, as sourceText names it: the JSON's `source.citation`. */
export function documentText(recommendation: Recommendation, lang: Lang): string {
  const { entry } = recommendation;
  return entry.own ? messagesOf(lang).yearly.recommendations.own : citation(entry.source.document, lang);
}

/** «Мера. Ответственные: …; сроки: …; почему: …; источник: …». */
export function recommendationLine(recommendation: Recommendation, lang: Lang): string {
  const r = messagesOf(lang).yearly.recommendations;
  const why = recommendation.reasons.map((reason) => reasonText(reason, lang)).join('; ');
  const { entry } = recommendation;
  return `${measureText(recommendation, lang)} (${r.responsible}: ${filled(entry.responsible, recommendation, lang)}; ${r.timing}: ${entry.timing}; ${r.because}: ${why}; ${r.source}: ${sourceText(recommendation, lang)})`;
}

/** Per school, the measures a summary leads with (the справка, recommend on the screen). */
export const PRIORITY_MEASURES = 5;

/** The municipal service's measures concern the municipality: a summary gives them once, not per school. */
export const MUNICIPAL: Audience = 'methodological-service';

/** A school's first measures: its first five in priority order that are not the municipal service's. */
export function priorityMeasures(recommendations: Recommendation[]): Recommendation[] {
  return recommendations.filter((rec) => rec.audience !== MUNICIPAL).slice(0, PRIORITY_MEASURES);
}

/** A measure's first ground and how many more: one line on the page, all of them in the workbook. */
export function firstReason(rec: Recommendation, lang: Lang): string {
  const [first, ...more] = rec.reasons;
  if (!first) return '';
  return more.length === 0 ? reasonText(first, lang) : messagesOf(lang).yearly.recommendations.moreReasons({ first: reasonText(first, lang), more: more.length });
}

/** The municipal service's measures for these schools, each once, with the schools it concerns. */
export function municipalLines(schools: { schoolId: string; recommendations: Recommendation[] }[], lang: Lang): string[] {
  const r = messagesOf(lang).yearly.recommendations;
  const measures = new Map<string, string[]>();
  for (const { schoolId, recommendations } of schools) {
    for (const rec of recommendations.filter((x) => x.audience === MUNICIPAL)) {
      const text = measureText(rec, lang);
      measures.set(text, [...(measures.get(text) ?? []), schoolId]);
    }
  }
  return [...measures].map(([text, ids]) => `${text} ${r.forSchools(shortIds(ids, lang))}`);
}

/** The school's measures by audience, in the catalogue's audience order, priority order within. */
export function byAudience(recommendations: Recommendation[]): { audience: Audience; items: Recommendation[] }[] {
  return AUDIENCES.map((audience) => ({ audience, items: recommendations.filter((r) => r.audience === audience) })).filter((g) => g.items.length > 0);
}

export function schoolHeading(school: SchoolRecommendations, lang: Lang): string {
  const label = school.cluster ? clusterLabel(school.cluster.cluster, lang) : '';
  return messagesOf(lang).yearly.recommendations.schoolHeading(`${school.schoolId} ${school.schoolName ?? ''}`.trim(), label);
}

export function recommendationsTable(report: Omit<RecommendReport, 'objectivityFrom'>, lang: Lang): Table {
  const t = messagesOf(lang);
  const r = t.yearly.recommendations;
  const l = t.labels;
  return {
    name: r.title,
    headers: [l.schoolId, l.schoolName, ...r.columns],
    rows: report.schools.flatMap((school) =>
      school.recommendations.map((rec) => ({
        emphasis: false,
        cells: [
          school.schoolId, school.schoolName, r.audiences[rec.audience] ?? rec.audience, rec.priority, measureText(rec, lang),
          rec.entry.responsible, rec.entry.timing, rec.reasons.map((reason) => reasonText(reason, lang)).join('; '), sourceText(rec, lang),
        ].map((value) => ({ value })),
      })),
    ),
    wide: [1, 4, 7],
  };
}
