/**
 * What every dynamics format shows, laid out once: the report, the sparkline, and the sheets (school × procedure × year, list, targets).
 */
import { messagesOf, type Lang } from '../../messages/index.js';
import type { Issue } from '../../model/issues.js';
import type { ReferenceLevel } from '../../model/reference.js';
import { procedureName } from '../procedure-name.js';
import type { DynamicsAnalysis } from '../../rules/analysis.js';
import type { DynamicsParams } from '../../rules/dynamics-params.js';
import type { ProcedureDynamics, SchoolDynamics } from '../../rules/dynamics.js';
import type { Table, TableRow } from '../table-model.js';
import { maxOf, minOf } from '../../model/arrays.js';
import { failShareLabelOf } from '../fail-term.js';
import { becauseText } from './explain.js';

export interface DynamicsMethod extends DynamicsParams {
  threshold: number;
  /** The procedures of the overall direction and the lists, as found in the data. */
  procedures: string[];
}

export interface DynamicsReport {
  analysis: DynamicsAnalysis;
  /** Every year from the first to the last in the data: the sparkline's columns. */
  years: number[];
  method: DynamicsMethod;
  issues: Issue[];
  referenceLevels: ReferenceLevel[];
  /** --school was given: the blocks and the list are about those schools only. */
  selected: boolean;
}

/** The analysis narrowed to some schools; the targets stay district-wide. */
export function forSchools(analysis: DynamicsAnalysis, ids: string[]): DynamicsAnalysis {
  const keep = new Set(ids);
  const only = (list: string[]) => list.filter((id) => keep.has(id));
  const { list } = analysis;
  return {
    ...analysis,
    schools: analysis.schools.filter((s) => keep.has(s.schoolId)),
    list: {
      ...list, entered: only(list.entered), left: only(list.left), noResults: only(list.noResults), stayed: only(list.stayed),
      persistent: list.persistent.filter((p) => keep.has(p.schoolId)),
    },
  };
}

export function yearSpan(schools: SchoolDynamics[]): number[] {
  const years = schools.flatMap((s) => s.procedures.flatMap((p) => p.years.map((y) => y.year)));
  if (years.length === 0) return [];
  const first = minOf(years);
  return Array.from({ length: maxOf(years) - first + 1 }, (_, i) => first + i);
}

const BARS = '▁▂▃▄▅▆▇█';

/** One bar per year on a fixed 0–100% scale (so schools compare at a glance), «·» for a mean only, a space for a gap. */
export function sparkline(p: ProcedureDynamics, years: number[]): string {
  return years
    .map((year) => {
      const point = p.years.find((y) => y.year === year);
      if (!point) return ' ';
      return point.failShare === null ? '·' : BARS[Math.min(BARS.length - 1, Math.floor((point.failShare / 100) * BARS.length))];
    })
    .join('');
}

/** The procedures the report's schools have. */
function shown(report: DynamicsReport): string[] {
  return [...new Set(report.analysis.schools.flatMap((s) => s.procedures.map((p) => p.procedure)))];
}

/** One row per school × procedure × year, with the change into that year. */
export function dynamicsTable(report: DynamicsReport, lang: Lang): Table {
  const t = messagesOf(lang);
  const l = t.labels;
  const d = t.dynamics;
  const q = t.quality;
  const headers = [
    l.schoolId, l.schoolName, l.procedure, l.year, l.participants, l.failed, failShareLabelOf(shown(report), lang), d.ciLow, d.ciHigh,
    d.meanScore, d.districtMean, d.meanRatio, d.ratio52, d.sample, d.deltaPp, d.direction, d.significance, d.pValue, d.reason, d.meanD,
    q.success, q.quality, q.municipalitySuccess, q.municipalityQuality, q.regionSuccess, q.regionQuality,
  ];
  const rows: TableRow[] = report.analysis.schools.flatMap((school) =>
    school.procedures.flatMap((p) =>
      p.years.map((y) => {
        const c = p.changes.find((change) => change.to === y.year);
        const negative = c?.direction === 'negative';
        return {
          emphasis: false,
          cells: [
            { value: school.schoolId }, { value: school.schoolName }, { value: procedureName(p.procedure, lang) }, { value: l.schoolYear(y.year) },
            { value: y.participants }, { value: y.failed }, { value: y.failShare, percent: true, low: y.low },
            { value: y.ci?.[0] ?? null, percent: true }, { value: y.ci?.[1] ?? null, percent: true },
            { value: y.meanScore }, { value: y.districtMean }, { value: y.meanRatio }, { value: y.ratio52 },
            { value: y.sample ? d.samples[y.sample]! : null },
            { value: c?.deltaPp ?? null, low: negative },
            { value: c ? (c.direction === null ? d.noShare : d.directions[c.direction]!) : null, low: negative },
            { value: c?.significant == null ? null : c.significant ? l.yes : l.no },
            { value: c?.pValue ?? null },
            { value: c ? becauseText(c, report.method, lang) : null },
            { value: c?.meanD ?? null },
            ...[y.success, y.quality, y.municipalitySuccess, y.municipalityQuality, y.regionSuccess, y.regionQuality].map((value) => ({ value, percent: true })),
          ],
        };
      }),
    ),
  );
  return { name: d.sheetDynamics, headers, rows, wide: [1, 2] };
}

/** One row per school that entered, left or stayed on the list, or was on it and has no result in Y. */
export function listTable(report: DynamicsReport, lang: Lang): Table {
  const t = messagesOf(lang);
  const l = t.labels;
  const d = t.dynamics;
  const { list } = report.analysis;
  const names = new Map(report.analysis.schools.map((s) => [s.schoolId, s.schoolName]));
  const moves = [
    ...list.entered.map((id) => [id, 'entered'] as const), ...list.left.map((id) => [id, 'left'] as const),
    ...list.noResults.map((id) => [id, 'noResults'] as const), ...list.stayed.map((id) => [id, 'stayed'] as const),
  ];
  const persistentOf = new Map(list.persistent.map((p) => [p.schoolId, p.procedures]));
  const rows = moves.map(([id, move]) => {
    const persistent = persistentOf.get(id!) ?? [];
    return {
      emphasis: move !== 'left',
      cells: [
        { value: id! }, { value: names.get(id!) ?? null }, { value: move === 'noResults' ? d.noResultsIn(l.schoolYear(list.to)) : d.movement[move!]! },
        { value: persistent.map((p) => procedureName(p, lang)).join(', ') || null },
      ],
    };
  });
  return { name: d.sheetList, headers: [l.schoolId, l.schoolName, d.movementColumn, d.persistentColumn], rows, wide: [1, 3] };
}
