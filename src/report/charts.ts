/**
 * Charts of the yearly report: vega-lite specifications compiled and rendered to SVG by vega in
 * Node (no browser, no canvas). Without canvas vega guesses text widths, too wide for Cyrillic,
 * so axes carry short school codes and labels are never truncated (labelLimit 0).
 * At most MAX_SCHOOLS_DRAWN schools are drawn one by one in a chart: a region's 2,000 bars were an
 * SVG 44,000 px wide, nothing a reader can take in, and the values are in the tables beside it.
 */
import type { TopLevelSpec } from 'vega-lite';
import { compareNatural } from '../model/text.js';

export interface Chart {
  /** The file name under charts/, without «.svg». */
  name: string;
  title: string;
  spec: TopLevelSpec;
}

const FONT = 'Liberation Sans, Arial, sans-serif';
const CONFIG = {
  font: FONT,
  axis: { labelLimit: 0, titleFontWeight: 'normal' as const },
  legend: { labelLimit: 0 },
  view: { stroke: null },
  background: 'white',
};

/** As many bars of 22 px as fit the width of report.html (1,100 px); also the most rows of a heat map, per-school charts of a list. */
export const MAX_SCHOOLS_DRAWN = 50;
const LOW_COLOURS = { domain: [false, true], range: ['#7a9cc6', '#d9534f'] };

export interface ShareBar {
  school: string;
  share: number;
  low: boolean;
}

/** The axes' titles, and the note on a chart whose schools are counted by band (their number, the bound). */
export interface ShareLabels {
  share: string;
  schools: string;
  banded: (schools: number, max: number) => string;
}

/**
 * Failing share by school in one procedure, low bars in red, with the threshold line. With more
 * than MAX_SCHOOLS_DRAWN schools, how many schools fall in each 5-point band of the share instead,
 * and the chart says so: in its caption after the title, in the drawing under it.
 */
export function sharesBySchool(name: string, title: string, bars: ShareBar[], threshold: number, labels: ShareLabels): Chart {
  if (bars.length > MAX_SCHOOLS_DRAWN) {
    return shareHistogram(name, title, labels.banded(bars.length, MAX_SCHOOLS_DRAWN), shareBands(bars), threshold, labels);
  }
  const axisTitle = labels.share;
  return {
    name,
    title,
    spec: {
      title,
      width: Math.max(240, bars.length * 22),
      height: 220,
      data: { values: bars },
      layer: [
        {
          mark: 'bar',
          encoding: {
            x: { field: 'school', type: 'nominal', sort: '-y', title: null, axis: { labelAngle: -60 } },
            y: { field: 'share', type: 'quantitative', title: axisTitle, scale: { domain: [0, 100] } },
            color: { field: 'low', type: 'nominal', scale: LOW_COLOURS, legend: null },
          },
        },
        { mark: { type: 'rule', color: '#d9534f', strokeDash: [4, 3] }, encoding: { y: { datum: threshold } } },
      ],
      config: CONFIG,
    },
  };
}

export interface ShareBand {
  /** The band [from, to) of the failing share, in points; the last band holds 100. */
  from: number;
  to: number;
  low: boolean;
  schools: number;
}

const BAND = 5;

/**
 * Schools counted by 5-point band of the share, low and not low apart (a band across the threshold,
 * or a result too small to count, has both), in order of band, not low first; empty counts left out.
 */
export function shareBands(bars: ShareBar[]): ShareBand[] {
  const counts = new Map<string, ShareBand>();
  for (const bar of bars) {
    const from = Math.min(100 - BAND, Math.floor(bar.share / BAND) * BAND);
    const key = `${from}|${bar.low}`;
    const band = counts.get(key);
    if (band) band.schools += 1;
    else counts.set(key, { from, to: from + BAND, low: bar.low, schools: 1 });
  }
  return [...counts.values()].sort((a, b) => a.from - b.from || Number(a.low) - Number(b.low));
}

function shareHistogram(name: string, title: string, note: string, bands: ShareBand[], threshold: number, axes: ShareLabels): Chart {
  return {
    name,
    title: `${title} — ${note}`,
    spec: {
      title: { text: title, subtitle: note },
      width: (100 / BAND) * 22,
      height: 220,
      data: { values: bands },
      layer: [
        {
          mark: 'bar',
          encoding: {
            x: { field: 'from', type: 'quantitative', bin: { binned: true, step: BAND }, title: axes.share, scale: { domain: [0, 100] } },
            x2: { field: 'to' },
            y: { field: 'schools', type: 'quantitative', stack: true, title: axes.schools, axis: { tickMinStep: 1 } },
            color: { field: 'low', type: 'nominal', scale: LOW_COLOURS, legend: null },
          },
        },
        // a datum of its own: with the bands' data the line would be drawn once per band
        { data: { values: [{}] }, mark: { type: 'rule', color: '#d9534f', strokeDash: [4, 3] }, encoding: { x: { datum: threshold } } },
      ],
      config: CONFIG,
    },
  };
}

export interface SharePoint {
  year: string;
  procedure: string;
  share: number;
}

/** One school's failing share over the years, a line per procedure, with the threshold line. */
export function sharesOverYears(name: string, title: string, points: SharePoint[], threshold: number, axisTitle: string): Chart {
  return {
    name,
    title,
    spec: {
      title,
      width: 360,
      height: 200,
      data: { values: points },
      layer: [
        {
          mark: { type: 'line', point: true },
          encoding: {
            x: { field: 'year', type: 'ordinal', title: null, axis: { labelAngle: 0 } },
            y: { field: 'share', type: 'quantitative', title: axisTitle, scale: { domain: [0, 100] } },
            color: { field: 'procedure', type: 'nominal', title: null },
          },
        },
        { mark: { type: 'rule', color: '#d9534f', strokeDash: [4, 3] }, encoding: { y: { datum: threshold } } },
      ],
      config: CONFIG,
    },
  };
}

export interface ClusterBar {
  cluster: string;
  schools: number;
}

export function clusterCounts(name: string, title: string, bars: ClusterBar[], axisTitle: string): Chart {
  return {
    name,
    title,
    spec: {
      title,
      width: 360,
      height: 160,
      data: { values: bars },
      mark: 'bar',
      encoding: {
        y: { field: 'cluster', type: 'nominal', title: null, sort: null },
        x: { field: 'schools', type: 'quantitative', title: axisTitle, axis: { tickMinStep: 1 } },
      },
      config: CONFIG,
    },
  };
}

export interface PlanFactBar {
  indicator: string;
  /** «План» or «Факт», in the report's language. */
  series: string;
  value: number;
}

/** Plan and fact side by side for each percentage indicator. */
export function planVsFact(name: string, title: string, bars: PlanFactBar[], axisTitle: string): Chart {
  const order = [...new Set(bars.map((b) => b.series))];
  return {
    name,
    title,
    spec: {
      title,
      width: Math.max(240, new Set(bars.map((b) => b.indicator)).size * 34),
      height: 200,
      data: { values: bars },
      mark: 'bar',
      encoding: {
        x: { field: 'indicator', type: 'nominal', title: null, sort: null, axis: { labelAngle: 0 } },
        xOffset: { field: 'series', type: 'nominal', sort: order },
        y: { field: 'value', type: 'quantitative', title: axisTitle, scale: { domain: [0, 100] } },
        color: { field: 'series', type: 'nominal', title: null, sort: order, scale: { range: ['#b8c4d6', '#2f6db5'] } },
      },
      config: CONFIG,
    },
  };
}

export interface GapCell {
  school: string;
  task: string;
  gap: number;
}

/**
 * Schools × tasks, each cell coloured by the gap to the reference: red below, blue above. With more
 * than MAX_SCHOOLS_DRAWN schools, the rows are those furthest below (lowest mean gap), and the
 * title says so (`labels.shown`).
 */
export function taskHeatmap(
  name: string, title: string, cells: GapCell[],
  labels: { school: string; task: string; gap: string; shown: (shown: number, schools: number) => string },
): Chart {
  const tasks = [...new Set(cells.map((c) => c.task))];
  const schools = new Set(cells.map((c) => c.school));
  const drawn = schools.size > MAX_SCHOOLS_DRAWN ? furthestBelow(cells, MAX_SCHOOLS_DRAWN) : schools;
  const shownTitle = drawn.size < schools.size ? `${title}${labels.shown(drawn.size, schools.size)}` : title;
  return {
    name,
    title: shownTitle,
    spec: {
      title: shownTitle,
      width: Math.max(240, tasks.length * 24),
      height: Math.max(120, drawn.size * 18),
      data: { values: drawn.size < schools.size ? cells.filter((c) => drawn.has(c.school)) : cells },
      mark: 'rect',
      encoding: {
        x: { field: 'task', type: 'ordinal', title: labels.task, sort: tasks, axis: { labelAngle: 0 } },
        y: { field: 'school', type: 'ordinal', title: labels.school },
        color: { field: 'gap', type: 'quantitative', title: labels.gap, scale: { scheme: 'redblue', domain: [-30, 30], clamp: true } },
      },
      config: CONFIG,
    },
  };
}

/** The `count` schools with the lowest mean gap over their tasks; equal means by code. */
export function furthestBelow(cells: GapCell[], count: number): Set<string> {
  const sums = new Map<string, { sum: number; tasks: number }>();
  for (const cell of cells) {
    const school = sums.get(cell.school) ?? { sum: 0, tasks: 0 };
    school.sum += cell.gap;
    school.tasks += 1;
    sums.set(cell.school, school);
  }
  const means = [...sums].map(([school, { sum, tasks }]) => ({ school, mean: sum / tasks }));
  means.sort((a, b) => a.mean - b.mean || compareNatural(a.school, b.school));
  return new Set(means.slice(0, count).map((m) => m.school));
}

/** Renders a chart to SVG; vega and vega-lite are loaded only when a report draws charts. */
export async function renderSvg(chart: Chart): Promise<string> {
  const [vega, vl] = await Promise.all([import('vega'), import('vega-lite')]);
  const view = new vega.View(vega.parse(vl.compile(chart.spec).spec), { renderer: 'none' });
  const svg = await view.toSVG();
  view.finalize();
  return svg;
}
