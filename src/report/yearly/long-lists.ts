/**
 * The справка of a region: where a section's list is longer than a district's, the printed body
 * gives what a head decides on — one row per school, counts, each measure with its schools — and
 * the per-school detail goes to a sheet of report.xlsx. The thresholds lie above anything a
 * district of the demo's size reaches (30 schools in all), so a district's справка is the full one.
 */
import { messagesOf, type Lang } from '../../messages/index.js';
import type { YearAnalysis } from '../../rules/analysis.js';
import type { ProcedureDynamics, SchoolDynamics } from '../../rules/dynamics.js';
import type { ClusterVerdict } from '../../rules/clusters.js';
import { CLUSTERS, clusterLabel } from '../cluster/report.js';
import { changeText, meanText } from '../dynamics/explain.js';
import { heading, paragraph, table, type Block, type Section } from '../document/model.js';
import { formatNumber, shortIds } from '../format.js';
import { procedureName } from '../procedure-name.js';
import { chanceNote, heldBackNote } from '../significance.js';
import type { Table } from '../table-model.js';

/**
 * Flagged schools above which section 4 is one table (a row per school), not a subsection per
 * school: a subsection runs to ten lines, and 30 of them — every school of a demo-sized district —
 * is the most the 15-page body of a district's справка holds.
 */
export const DYNAMICS_TABLE_ABOVE = 30;

/**
 * Rows of section 7's table (the schools in a cluster) above which the page gives the counts per
 * cluster and prints the table of a cluster only as long as this: a district has at most 30 rows.
 */
export const CLUSTER_ROWS_ABOVE = 40;

/**
 * Schools of clusters 1 and 2 above which section 8 gives each first measure once with its schools,
 * not each school's measures: above a demo-sized district's 30 schools the per-school groups no
 * longer read as decisions.
 */
export const MEASURES_BY_MEASURE_ABOVE = 30;

/** The procedures of the method in a school's dynamics: those the справка speaks of. */
export function methodProcedures(school: SchoolDynamics, analysis: YearAnalysis): ProcedureDynamics[] {
  return school.procedures.filter((p) => analysis.classification.method.procedures.includes(p.procedure));
}

/** «2022/2023 уч. г.: 31,82%; 2023/2024 уч. г.: ср. балл 3,6; …»: a procedure's shares year by year. */
export function sharesText(p: ProcedureDynamics, lang: Lang): string {
  const l = messagesOf(lang).labels;
  return p.years.map((pt) => `${l.schoolYear(pt.year)}: ${pt.failShare === null ? meanText(pt, lang) : `${formatNumber(pt.failShare, lang)}%`}`).join('; ');
}

const flaggedDynamics = (analysis: YearAnalysis) => analysis.dynamics.filter((d) => analysis.classification.flagged.has(d.schoolId));

/** Section 4 of a long list: a row per flagged school — its procedures at risk of all, its overall direction. */
export function dynamicsTable(analysis: YearAnalysis, lang: Lang): Table {
  const t = messagesOf(lang);
  const g = t.yearly.long;
  const rows = flaggedDynamics(analysis).map((school) => {
    const procedures = methodProcedures(school, analysis);
    return {
      emphasis: false,
      cells: [
        { value: school.schoolId }, { value: school.schoolName },
        { value: g.atRisk({ shown: procedures.filter((p) => p.atRisk).length, all: procedures.length }) }, { value: overallShort(school, lang) },
      ],
    };
  });
  return { name: t.yearly.sections.dynamics, headers: [t.labels.schoolId, t.labels.schoolName, g.atRiskHeader, g.overallHeader(t.labels.schoolYear(analysis.year))], rows, wide: [1, 3] };
}

/** The overall direction in a word, with the notes of the changes it rests on that are not significant. */
function overallShort({ overall }: SchoolDynamics, lang: Lang): string {
  const t = messagesOf(lang);
  if (overall.noResultsIn !== null) return t.yearly.long.noResultsIn(t.labels.schoolYear(overall.noResultsIn));
  if (overall.direction === null) return t.yearly.long.noDirection;
  const notes = [chanceNote(overall.notSignificant, lang), heldBackNote(overall.heldBack, lang)].filter((n) => n !== null);
  return [t.dynamics.directions[overall.direction]!, ...notes].join('; ');
}

/** The workbook's sheet of section 4's detail: every procedure at risk of every flagged school. */
export function dynamicsSheet(analysis: YearAnalysis, lang: Lang): Section {
  const t = messagesOf(lang);
  const g = t.yearly.long;
  const rows = flaggedDynamics(analysis).flatMap((school) => methodProcedures(school, analysis).filter((p) => p.atRisk).map((p) => {
    const last = p.changes.at(-1);
    return {
      emphasis: false,
      cells: [{ value: school.schoolId }, { value: school.schoolName }, { value: procedureName(p.procedure, lang) }, { value: sharesText(p, lang) }, { value: last ? changeText(last, lang) : null }],
    };
  }));
  const detail: Table = { name: g.dynamicsSheet, headers: [t.labels.schoolId, t.labels.schoolName, g.procedure, g.sharesByYear, t.yearly.dynamics.change], rows, wide: [1, 3, 4] };
  return { id: 'dynamics-schools', only: 'sheet', title: g.dynamicsSheet, blocks: [paragraph(t.yearly.dynamics.atRiskNote), table(detail)] };
}

/**
 * Section 7 of a long list: the schools counted per cluster with their codes, the table of each
 * cluster no longer than CLUSTER_ROWS_ABOVE, and where every school's grounds are.
 */
export function clusterBlocks(analysis: YearAnalysis, full: Table, lang: Lang): Block[] {
  const t = messagesOf(lang);
  const g = t.yearly.long;
  const ids = (cluster: ClusterVerdict['cluster']) => analysis.clusters.filter((c) => c.cluster === cluster).map((c) => c.schoolId);
  const counts: Table = {
    name: t.yearly.sections.clusters,
    headers: ['№', t.cluster.label, g.schools, g.codes],
    rows: CLUSTERS.map((cluster) => ({
      emphasis: cluster === 1,
      cells: [{ value: cluster ?? '—' }, { value: cluster === null ? g.outside : clusterLabel(cluster, lang) }, { value: ids(cluster).length }, { value: shortIds(ids(cluster), lang) || '—' }],
    })),
    wide: [1, 3],
  };
  const small = CLUSTERS.filter((c) => c !== null && ids(c).length > 0 && ids(c).length <= CLUSTER_ROWS_ABOVE).flatMap((cluster): Block[] => [
    heading(`${cluster}. ${clusterLabel(cluster, lang)}`),
    table({ ...full, rows: full.rows.filter((row) => row.cells[2]!.value === cluster) }),
  ]);
  return [paragraph(g.clustersNote({ sheet: g.clustersSheet, max: CLUSTER_ROWS_ABOVE })), table(counts), ...small];
}

/** The workbook's sheet of section 7's detail: every school in a cluster with its grounds. */
export function clustersSheet(full: Table, outside: Block[], lang: Lang): Section {
  const g = messagesOf(lang).yearly.long;
  return { id: 'clusters-schools', only: 'sheet', title: g.clustersSheet, blocks: [table({ ...full, name: g.clustersSheet }), ...outside] };
}
