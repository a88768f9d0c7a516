/** What every score renderer shows, laid out once: points and values per school and indicator. */
import { messagesOf, type Lang } from '../../messages/index.js';
import type { Issue } from '../../model/issues.js';
import type { ReferenceLevel } from '../../model/reference.js';
import { procedureName } from '../procedure-name.js';
import { INDICATORS, INDICATOR_TEXTS } from '../../rules/indicators/registry.js';
import type { ObjectivityFrom } from '../../rules/objectivity-flag.js';
import type { IndicatorScore, SchoolScore, Scoring } from '../../rules/score.js';
import { objectivitySourceLine } from '../objectivity-source.js';
import { formatNumber } from '../format.js';
import { signFigure } from '../sign-figures.js';
import { labelOf } from '../labels.js';
import type { Table } from '../table-model.js';

export interface ScoreReport {
  scoring: Scoring;
  issues: Issue[];
  profileGiven: boolean;
  /** The levels of the --reference file, if any (district, region). */
  referenceLevels: ReferenceLevel[];
  /** The years the --markers list covers; null without a list, or when 1.18 does not come from it. */
  markerYears: number[] | null;
  /** Where 1.18 took its flag from. */
  objectivityFrom: ObjectivityFrom;
}

export const SCORED = INDICATORS.filter((i) => i.scale !== null).map((i) => i.id);

export function indicatorTitle(id: string, lang: Lang): string {
  return INDICATOR_TEXTS.get(id)?.title[lang] ?? id;
}

/**
 * A school's indicator titled for what it was compared with: 1.1–1.4 «к району» say «к региону» when every
 * value they divided by was regional (ruling R10: the reference names its level).
 */
export function scoreTitle(score: IndicatorScore, lang: Lang): string {
  const title = indicatorTitle(score.id, lang);
  const sources = score.notes.filter((n) => n.code === 'mean-ratio').map((n) => n.params.source);
  return sources.length > 0 && sources.every((s) => s === 'region') ? messagesOf(lang).score.againstRegion(title) : title;
}

/** «3 (0,1303: 2022: 63,9 / 65,15 (region); …)» or «— (нет данных)». */
export function explainIndicator(score: IndicatorScore, lang: Lang): string {
  const t = messagesOf(lang);
  const s = t.score;
  if (score.value === null) return [s.reasons[score.reason!], ...noteTexts(score, lang)].join('; ');
  return noteTexts(score, lang).join('; ');
}

function noteTexts(score: IndicatorScore, lang: Lang): string[] {
  const t = messagesOf(lang);
  const s = t.score;
  return score.notes.map((note) => {
    const params = Object.fromEntries(Object.entries(note.params).map(([k, v]) => [k, paramText(k, v, lang)]));
    return s.notes[note.code]?.(params) ?? note.code;
  });
}

/** Numbers in the user's format, procedure codes as names, level and kind codes as words. */
function paramText(key: string, value: string | number, lang: Lang): string {
  const t = messagesOf(lang);
  const s = t.score;
  const figure = signFigure(key, value, lang);
  if (figure !== null) return figure;
  if (typeof value === 'number') return key === 'year' ? String(value) : formatNumber(value, lang, 4);
  if (key === 'procedure' || key === 'procedures' || key === 'math') return value.split(', ').map((code) => procedureName(code, lang)).join(', ');
  return labelOf(s.levels, value) ?? labelOf(s.kind, value) ?? value;
}

/** The year, what the comparison rests on and, with a --markers list, which years it covers. */
export function basisText(report: ScoreReport, lang: Lang): string {
  const t = messagesOf(lang);
  const l = t.labels;
  const s = t.score;
  const year = report.scoring.year;
  const reference = report.referenceLevels.length > 0 ? s.referenceGiven(report.referenceLevels.map((v) => s.levels[v] ?? v).join(', ')) : s.referenceNone;
  const basis = s.basis({ year: l.schoolYear(year), previous: l.schoolYear(year - 1), profile: report.profileGiven, reference });
  const markers = report.markerYears && t.markers.scoreBasis({ years: report.markerYears.join(', '), year, covered: report.markerYears.includes(year) });
  return `${markers ? basis + markers : basis} ${objectivitySourceLine(report.objectivityFrom, lang)}`;
}

export function valueText(score: IndicatorScore, lang: Lang): string {
  const t = messagesOf(lang);
  if (score.value === null) return '—';
  if (score.level) return labelOf(t.score.levels, score.level) ?? score.level;
  return formatNumber(score.value, lang, 4);
}

/** One row per school: identity, points per scored indicator (low when at the bottom), totals. */
export function pointsTable(report: ScoreReport, lang: Lang): Table {
  const t = messagesOf(lang);
  const l = t.labels;
  const s = t.score;
  const headers = [l.schoolId, l.schoolName, l.schoolType, l.flagged, ...SCORED, s.total, s.max, s.percent, s.rank];
  const rows = report.scoring.schools.map((school) => ({
    emphasis: school.flagged,
    cells: [
      { value: school.schoolId }, { value: school.schoolName }, { value: school.kind ? s.kind[school.kind]! : null },
      { value: school.flagged ? l.yes : l.no },
      ...SCORED.map((id) => pointsCell(school, id)),
      { value: school.total }, { value: school.max }, { value: school.percent }, { value: school.rank },
    ],
  }));
  return { name: s.sheetScores, headers, rows, wide: [1] };
}

function pointsCell(school: SchoolScore, id: string) {
  const score = school.indicators.find((i) => i.id === id)!;
  return { value: score.points, low: score.lowest };
}

/** One row per school × indicator: value, points and the explanation. */
export function valuesTable(report: ScoreReport, lang: Lang): Table {
  const t = messagesOf(lang);
  const l = t.labels;
  const s = t.score;
  const headers = [l.schoolId, l.schoolName, s.indicator, s.value, s.points, s.note];
  const rows = report.scoring.schools.flatMap((school) =>
    school.indicators.map((score) => ({
      emphasis: false,
      cells: [
        { value: school.schoolId }, { value: school.schoolName }, { value: `${score.id} ${scoreTitle(score, lang)}` },
        { value: score.value === null ? null : score.level ? valueText(score, lang) : score.value },
        { value: score.points, low: score.lowest },
        { value: explainIndicator(score, lang) },
      ],
    })),
  );
  return { name: s.sheetValues, headers, rows, wide: [1, 2, 5] };
}
