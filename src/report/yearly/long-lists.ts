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
import { hasShare, type SchoolVerdict } from '../../rules/fioko.js';
import type { ListStanding } from '../../rules/official-lists.js';
import { CLUSTERS, clusterLabel } from '../cluster/report.js';
import { changeText, meanText } from '../dynamics/explain.js';
import { heading, paragraph, table, type Block, type Section } from '../document/model.js';
import { formatNumber, shortIds } from '../format.js';
import { procedureName } from '../procedure-name.js';
import type { Table } from '../table-model.js';

/**
 * Flagged schools above which section 2 names each school's low results by year, without shares and
 * counts (those of the year are in the shares table below it): a district lists at most 30.
 */
export const LIST_SHORT_ABOVE = 30;

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

/**
 * «2024/2025 уч. г.: ВПР Математика 5 кл., ОГЭ Математика»: a school's low results, a line per
 * year, the latest first; «все процедуры с долей «2» (8)» when every result of the year with a share is low.
 */
export function lowResultsByYear(school: SchoolVerdict, lang: Lang): string[] {
  const t = messagesOf(lang);
  const years = [...new Set(school.lowResults.map((r) => r.year))].sort((a, b) => b - a);
  return years.map((year) => {
    const low = school.lowResults.filter((r) => r.year === year);
    const withShare = school.results.filter((r) => r.year === year && hasShare(r)).length;
    const named = low.length > 1 && low.length === withShare ? t.yearly.long.allLow(low.length) : low.map((r) => procedureName(r.procedure, lang)).join(', ');
    return `${t.labels.schoolYear(year)}: ${named}`;
  });
}

/**
 * The schools where the official lists and the data disagree, by kind, with their codes: what is
 * to reconsider; each school's standing is in the workbook's sheet of the list.
 */
export function disagreementLines(standings: ListStanding[], lang: Lang): string[] {
  const g = messagesOf(lang).yearly.long;
  const ids = (kind: ListStanding['disagreement']) => standings.filter((s) => s.disagreement === kind).map((s) => s.schoolId);
  const listed = ids('listed-not-flagged');
  const notListed = ids('flagged-not-listed');
  return [
    ...(listed.length > 0 ? [g.listedNotFlagged({ count: listed.length, ids: listed.join(', ') })] : []),
    ...(notListed.length > 0 ? [g.flaggedNotListed({ count: notListed.length, ids: notListed.join(', ') })] : []),
  ];
}

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

/**
 * The overall direction in a word, with the number of the changes it rests on that are not
 * significant (each with its p in the detail sheet's last change).
 */
function overallShort({ overall }: SchoolDynamics, lang: Lang): string {
  const t = messagesOf(lang);
  if (overall.noResultsIn !== null) return t.yearly.long.noResultsIn(t.labels.schoolYear(overall.noResultsIn));
  if (overall.direction === null) return t.yearly.long.noDirection;
  const g = t.yearly.long;
  const notes = [overall.notSignificant.length > 0 ? g.byChance(overall.notSignificant.length) : null, overall.heldBack.length > 0 ? g.heldBack(overall.heldBack.length) : null].filter((n) => n !== null);
  return [t.dynamics.directions[overall.direction]!, ...notes].join('; ');
}

/** The workbook's sheet of section 4's detail: every procedure at risk of every flagged school, and the list's movement school by school. */
export function dynamicsSheet(analysis: YearAnalysis, movement: Block[], lang: Lang): Section {
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
  return { id: 'dynamics-schools', only: 'sheet', title: g.dynamicsSheet, blocks: [paragraph(t.yearly.dynamics.atRiskNote), table(detail), ...movement] };
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
    heading(g.clusterTable({ cluster: cluster!, label: clusterLabel(cluster, lang) })),
    table({ ...full, rows: full.rows.filter((row) => row.cells[2]!.value === cluster) }),
  ]);
  return [paragraph(g.clustersNote({ sheet: g.clustersSheet, max: CLUSTER_ROWS_ABOVE })), table(counts), ...small];
}

/** The workbook's sheet of section 7's detail: every school in a cluster with its grounds. */
export function clustersSheet(full: Table, outside: Block[], lang: Lang): Section {
  const g = messagesOf(lang).yearly.long;
  return { id: 'clusters-schools', only: 'sheet', title: g.clustersSheet, blocks: [table({ ...full, name: g.clustersSheet }), ...outside] };
}
