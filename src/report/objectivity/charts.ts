/**
 * objectivity's charts (vega-lite, rendered as the yearly report's are): per work, the journal
 * comparison as 100% stacked bars — the region first, then the municipalities and schools — and a
 * school's histogram of primary scores against the region's, the lowest scores of «3», «4», «5»
 * marked. A region's export holds hundreds of schools: then the bars are those with a sign (the
 * highest share «повысили» first), at most MAX_SCHOOLS_DRAWN, and the title says how many of how
 * many; histograms are drawn for the schools with a spike at the «3» boundary (lowest p first).
 */
import { MAX_SCHOOLS_DRAWN, type Chart } from '../charts.js';
import { messagesOf, type Lang } from '../../messages/index.js';
import type { GroupObjectivity, ReferenceObjectivity, WorkObjectivity } from '../../rules/pupil-objectivity.js';
import { procedureName } from '../procedure-name.js';

const FONT = 'Liberation Sans, Arial, sans-serif';
const CONFIG = {
  font: FONT,
  axis: { labelLimit: 0, titleFontWeight: 'normal' as const },
  legend: { labelLimit: 0, orient: 'bottom' as const },
  view: { stroke: null },
  background: 'white',
};
const JOURNAL_COLOURS = ['#7a9cc6', '#d5dbe3', '#d9534f'];
/** Histograms of one work: enough to look at the schools with a spike, not a page per school of a region. */
export const MAX_HISTOGRAMS = 12;
/** With this many schools or fewer in view (--school), every one of them gets its histogram. */
const ALL_HISTOGRAMS_UP_TO = 3;

interface JournalBar {
  row: string;
  order: number;
  part: string;
  partOrder: number;
  pct: number;
}

/** The journal comparison of one work as stacked bars; null when no row has a pupil with a journal mark. */
export function journalChart(work: WorkObjectivity, lang: Lang): Chart | null {
  const c = messagesOf(lang).objectivity.charts;
  const o = messagesOf(lang).objectivity;
  const schools = work.groups.filter((g) => g.level === 'school');
  const drawn = drawnGroups(work.groups, schools.length);
  const shown = new Set(drawn.map((g) => g.municipality));
  const all = drawn.length === work.groups.length;
  const references: [string, ReferenceObjectivity][] = [
    [referenceLabel(work, lang), work.region],
    // a region's dozens of municipalities are in the table; the bars keep those of a small file (a municipal one's is the row above)
    ...(all && work.scope === 'region' ? work.municipalities.filter((m) => shown.has(m.name)).map((m): [string, ReferenceObjectivity] => [m.name ?? '', m]) : []),
  ];
  const rows: [string, ReferenceObjectivity | GroupObjectivity][] = [...references, ...drawn.map((g): [string, GroupObjectivity] => [groupLabel(g, lang), g])];
  const parts = [o.lowered, o.confirmed, o.raised];
  const bars: JournalBar[] = rows.flatMap(([row, ref], order) => {
    const { lowered, confirmed, raised } = ref.journal;
    return [lowered, confirmed, raised].flatMap((share, partOrder) => (share.pct === null ? [] : [{ row, order, part: parts[partOrder]!, partOrder, pct: round1(share.pct) }]));
  });
  if (bars.length === 0) return null;
  const title = c.journalTitle({ work: workName(work, lang) });
  const note = drawn.length < schools.length ? c.journalShown({ shown: drawn.length, schools: schools.length }) : null;
  return {
    name: `objectivity-journal-${work.procedure}-${work.year}`,
    title: note === null ? title : `${title} — ${note}`,
    spec: {
      title: note === null ? title : { text: title, subtitle: note },
      width: 420,
      height: rows.length * 18,
      data: { values: bars },
      mark: 'bar',
      encoding: {
        y: { field: 'row', type: 'nominal', title: null, sort: { field: 'order', op: 'min' } },
        x: { field: 'pct', type: 'quantitative', stack: 'zero', title: c.journalAxis, scale: { domain: [0, 100] } },
        color: { field: 'part', type: 'nominal', title: null, sort: parts, scale: { domain: parts, range: JOURNAL_COLOURS } },
        order: { field: 'partOrder', type: 'quantitative' },
        tooltip: [{ field: 'row' }, { field: 'part' }, { field: 'pct' }],
      },
      config: CONFIG,
    },
  };
}

/**
 * All rows when they fit; else the schools with a sign, the highest share «повысили» first, at most
 * MAX_SCHOOLS_DRAWN (a school's classes are not drawn then: the school's row is the one the signs are on).
 */
function drawnGroups(groups: GroupObjectivity[], schools: number): GroupObjectivity[] {
  if (groups.length + 1 <= MAX_SCHOOLS_DRAWN) return groups;
  const signed = groups.filter((g) => g.level === 'school' && g.signs.length > 0);
  signed.sort((a, b) => (b.journal.raised.pct ?? -1) - (a.journal.raised.pct ?? -1) || a.schoolId.localeCompare(b.schoolId));
  return signed.slice(0, Math.min(MAX_SCHOOLS_DRAWN - 1, schools));
}

/** The school's code (short: vega guesses Cyrillic text too wide), with the class under --by class. */
function groupLabel(group: GroupObjectivity, lang: Lang): string {
  if (group.level === 'school') return group.schoolId;
  return `${group.schoolId} ${group.className ?? messagesOf(lang).objectivity.noClass}`;
}

interface ScorePoint {
  score: number;
  from: number;
  to: number;
  series: string;
  pct: number;
}

/** The schools (their own rows) whose histogram is drawn: every one of a few, else those with a spike at the «3» boundary, lowest p first. */
export function histogramSchools(work: WorkObjectivity): GroupObjectivity[] {
  const schools = work.groups.filter((g) => g.level === 'school' && g.distribution.scored > 0);
  if (schools.length <= ALL_HISTOGRAMS_UP_TO) return schools;
  const spike = (g: GroupObjectivity) => g.signs.find((s) => s.code === 'boundary-spike')?.p ?? null;
  return schools.filter((g) => spike(g) !== null).sort((a, b) => spike(a)! - spike(b)! || a.schoolId.localeCompare(b.schoolId)).slice(0, MAX_HISTOGRAMS);
}

/** One school's pupils by primary score (percent of its pupils with a score) beside the region's, the boundaries of the marks drawn. */
export function scoreHistogram(work: WorkObjectivity, school: GroupObjectivity, lang: Lang): Chart {
  const c = messagesOf(lang).objectivity.charts;
  const series = [school.schoolId, referenceLabel(work, lang)];
  const percentOf = (scores: number[], scored: number) => (s: number) => (scored === 0 ? 0 : round1(((scores[s] ?? 0) / scored) * 100));
  const ofSchool = percentOf(school.distribution.scores, school.distribution.scored);
  const ofRegion = percentOf(work.region.distribution.scores, work.region.distribution.scored);
  const scores = Array.from({ length: work.scale.max + 1 }, (_, s) => s);
  const point = (score: number, name: string, pct: number): ScorePoint => ({ score, from: score - 0.4, to: score + 0.4, series: name, pct });
  const ofSeries = (name: string, percent: (s: number) => number) => scores.map((s) => point(s, name, percent(s)));
  const { min3, min4, min5, max } = work.scale;
  const bounds = [{ score: min3 - 0.5, mark: '«3»' }, { score: min4 - 0.5, mark: '«4»' }, { score: min5 - 0.5, mark: '«5»' }];
  const title = c.histogramTitle({ school: school.schoolId, work: workName(work, lang) });
  const x = { type: 'quantitative' as const, scale: { domain: [-0.5, max + 0.5], nice: false, zero: false } };
  const colour = { field: 'series', type: 'nominal' as const, title: null, sort: series, scale: { domain: series, range: ['#2f6db5', '#444444'] } };
  return {
    name: `objectivity-scores-${school.schoolId}-${work.procedure}-${work.year}`,
    title,
    spec: {
      title,
      width: Math.max(300, scores.length * 18),
      height: 180,
      layer: [
        {
          // the school's pupils as bars, one per primary score
          data: { values: ofSeries(series[0]!, ofSchool) },
          mark: 'bar',
          encoding: {
            x: { ...x, field: 'from', title: c.scoreAxis, axis: { values: scores, tickMinStep: 1, format: 'd' } },
            x2: { field: 'to' },
            y: { field: 'pct', type: 'quantitative', title: c.pupilsAxis },
            y2: { datum: 0 },
            color: colour,
          },
        },
        {
          // the region's as a line: the two shapes stay apart where they meet
          data: { values: ofSeries(series[1]!, ofRegion) },
          mark: { type: 'line', strokeWidth: 1.5 },
          encoding: { x: { ...x, field: 'score' }, y: { field: 'pct', type: 'quantitative' }, color: colour },
        },
        {
          data: { values: bounds },
          layer: [
            { mark: { type: 'rule', color: '#d9534f', strokeDash: [4, 3] }, encoding: { x: { ...x, field: 'score' } } },
            { mark: { type: 'text', align: 'center', baseline: 'bottom', dy: -2, color: '#d9534f' }, encoding: { x: { ...x, field: 'score' }, y: { value: 0 }, text: { field: 'mark' } } },
          ],
        },
      ],
      config: CONFIG,
    },
  };
}

/** «Регион», or the municipality's name when every pupil of the files is of one. */
function referenceLabel(work: WorkObjectivity, lang: Lang): string {
  return work.scope === 'municipality' ? (work.municipalities[0]?.name ?? messagesOf(lang).objectivity.municipality) : messagesOf(lang).objectivity.region;
}

function workName(work: WorkObjectivity, lang: Lang): string {
  return `${procedureName(work.procedure, lang)}, ${messagesOf(lang).labels.schoolYear(work.year)}`;
}

const round1 = (value: number): number => Math.round(value * 10) / 10;
