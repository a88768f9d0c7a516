/**
 * Charts of the yearly report: vega-lite specifications compiled and rendered to SVG by vega in
 * Node (no browser, no canvas). Without canvas vega guesses text widths, too wide for Cyrillic,
 * so axes carry short school codes and labels are never truncated (labelLimit 0).
 */
import type { TopLevelSpec } from 'vega-lite';

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

export interface ShareBar {
  school: string;
  share: number;
  low: boolean;
}

/** Failing share by school in one procedure, low bars in red, with the threshold line. */
export function sharesBySchool(name: string, title: string, bars: ShareBar[], threshold: number, axisTitle: string): Chart {
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
            color: { field: 'low', type: 'nominal', scale: { domain: [false, true], range: ['#7a9cc6', '#d9534f'] }, legend: null },
          },
        },
        { mark: { type: 'rule', color: '#d9534f', strokeDash: [4, 3] }, encoding: { y: { datum: threshold } } },
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

/** Schools × tasks, each cell coloured by the gap to the reference: red below, blue above. */
export function taskHeatmap(name: string, title: string, cells: GapCell[], labels: { school: string; task: string; gap: string }): Chart {
  const tasks = [...new Set(cells.map((c) => c.task))];
  return {
    name,
    title,
    spec: {
      title,
      width: Math.max(240, tasks.length * 24),
      height: Math.max(120, new Set(cells.map((c) => c.school)).size * 18),
      data: { values: cells },
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

/** Renders a chart to SVG; vega and vega-lite are loaded only when a report draws charts. */
export async function renderSvg(chart: Chart): Promise<string> {
  const [vega, vl] = await Promise.all([import('vega'), import('vega-lite')]);
  const view = new vega.View(vega.parse(vl.compile(chart.spec).spec), { renderer: 'none' });
  const svg = await view.toSVG();
  view.finalize();
  return svg;
}
