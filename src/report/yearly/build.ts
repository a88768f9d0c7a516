/**
 * The yearly analytical report (аналитическая справка) as one document: summary, the list,
 * dynamics, the point rating, clusters, recommendations, method and data. Every number comes
 * from the year's analysis — the same that classify, score, dynamics and cluster print.
 */
import { messagesOf, type Lang } from '../../messages/index.js';
import type { Issue } from '../../model/issues.js';
import { citation, SOURCE_DOCUMENTS } from '../../model/sources.js';
import { compareProcedures } from '../../model/procedures.js';
import { failShareLabel } from '../fail-term.js';
import { procedureName } from '../procedure-name.js';
import { compareNatural } from '../../model/text.js';
import type { ResultRecord } from '../../model/records.js';
import type { ReferenceLevel } from '../../model/reference.js';
import type { YearAnalysis } from '../../rules/analysis.js';
import { FIOKO_SOURCE, hasShare, type SchoolVerdict } from '../../rules/fioko.js';
import type { FileOutcome } from '../../io/load.js';
import { clusterCounts, MAX_SCHOOLS_DRAWN, sharesBySchool, sharesOverYears } from '../charts.js';
import { CLUSTERS, clusterLabel, reasonTexts } from '../cluster/report.js';
import { branchesLine, describeResult, meanOnlyRunText } from '../classify/explain.js';
import { changeText } from '../dynamics/explain.js';
import { listTable, type DynamicsReport } from '../dynamics/report.js';
import { chart, heading, list, paragraph, table, type Block, type Document, type Section } from '../document/model.js';
import { formatNumber, formatPercent, shortIds } from '../format.js';
import { listsSummary, standingText } from '../official-lists.js';
import { issueCounts } from '../classify/report.js';
import { issueTable, type Table } from '../table-model.js';
import { qualitySheet } from '../quality.js';
import { qualityOfMarks, type Quality, type QualityTable } from '../../rules/mark-quality.js';
import type { DynamicsParams } from '../../rules/dynamics-params.js';
import type { ScoreParams } from '../../rules/indicators/params.js';
import { measuresSheet, municipalMeasures, recommendationsSection } from './recommendations-section.js';
import { shnsuSection, targetsChart, targetsSection, type ProgrammeInput } from './programme-sections.js';
import { objectivityBlocks } from './objectivity-section.js';
import { objectivitySourceLine } from '../objectivity-source.js';
import type { ObjectivityFrom } from '../../rules/objectivity-flag.js';
import { pupilObjectivityCharts, pupilObjectivitySection, type PupilObjectivityInput, type SchoolsOfYear } from './pupil-objectivity-section.js';
import { tasksSection, type TasksSectionInput } from './tasks-section.js';
import { sectionGaps, type GapSection } from './gaps.js';
import {
  CLUSTER_ROWS_ABOVE, clusterBlocks, clustersSheet, disagreementLines, DYNAMICS_TABLE_ABOVE, dynamicsSheet, dynamicsTable, LIST_SHORT_ABOVE, lowResultsByYear, methodProcedures, sharesText,
} from './long-lists.js';
import { statusCounts } from '../targets/report.js';
import type { ObjectivityList } from '../../model/markers.js';

export interface YearlyInput {
  analysis: YearAnalysis;
  records: ResultRecord[];
  files: FileOutcome[];
  issues: Issue[];
  profiles: number;
  referenceLevels: ReferenceLevel[];
  dynamics: DynamicsParams;
  score: ScoreParams;
  /** Results with fewer participants are marked «малая выборка». */
  smallSample: number;
  programme: Omit<ProgrammeInput, 'analysis'>;
  /** With --tasks: the task-level results and whose maps to show. */
  tasks: TasksSectionInput | null;
  /** With --markers: the official list of signs of non-objective ВПР results. */
  markers: ObjectivityList | null;
  /** «Успеваемость» and «качество знаний» of the method's procedures in Y and Y−1, where the input counts marks. */
  quality: QualityTable;
  /** With --objectivity: the year's works of the per-pupil exports, analysed per school. */
  pupilObjectivity: PupilObjectivityInput | null;
  /** Where the rating's 1.18 took its flag from, said under the rating. */
  objectivityFrom: ObjectivityFrom;
}

/** A section without data: its title and why, as its first sentence says it. */
export interface SectionGap {
  section: string;
  reason: string;
}

export function buildYearlyReport(input: YearlyInput, lang: Lang): { document: Document; gaps: SectionGap[] } {
  const t = messagesOf(lang);
  const y = t.yearly;
  const l = t.labels;
  const { analysis } = input;
  const municipality = input.records.find((r) => r.municipality)?.municipality ?? '';
  const gaps = sectionGaps(programmeOf(input), input.tasks, input.records.map((r) => r.year), lang);
  const objectivityTitle = `${input.tasks ? 10 : 9}. ${t.objectivity.yearly.section}`;
  const document: Document = {
    title: y.title(l.schoolYear(analysis.year)),
    subtitle: y.subtitle({ year: l.schoolYear(analysis.year), previous: l.schoolYear(analysis.year - 1), municipality }),
    sections: [
      summary(input, lang), ...shnorList(input, lang), shnsuSection(programmeOf(input), lang, y.sections.shnsu, gaps.shnsu),
      ...dynamicsSections(input, lang, gaps.dynamics), targetsSection(programmeOf(input), lang, y.sections.targets, gaps.targets),
      rating(input, lang), ...clusters(input, lang), recommendationsSection(input.analysis, lang),
      ...(input.tasks ? [tasksSection(input.tasks, lang, y.sections.tasks, gaps.tasks)] : []),
      ...(input.pupilObjectivity ? [pupilObjectivitySection(input.pupilObjectivity, schoolsOfYear(analysis), analysis.year, objectivityTitle, lang)] : []),
      proposals(input, lang, `${9 + (input.tasks ? 1 : 0) + (input.pupilObjectivity ? 1 : 0)}. ${y.sections.proposals}`, gaps),
      chartsAppendix(input, lang), ratingAppendix(input, lang), method(input, lang),
      // per school × procedure it would run to pages: the workbook only
      { id: 'quality', only: 'sheet', title: t.quality.sheet, blocks: [table(qualitySheet(input.quality, lang))] },
      measuresSheet(input.analysis, lang),
    ],
  };
  const noPupilWorks = input.pupilObjectivity?.works.length === 0
    ? [{ section: objectivityTitle, reason: t.objectivity.yearly.noWorks({ year: l.schoolYear(analysis.year) }) }]
    : [];
  return { document, gaps: [...(Object.keys(gaps) as GapSection[]).map((id) => ({ section: y.sections[id], reason: gaps[id]! })), ...noPupilWorks] };
}

const programmeOf = (input: YearlyInput): ProgrammeInput => ({ ...input.programme, analysis: input.analysis });

const flaggedOf = (analysis: YearAnalysis) => analysis.classification.schools.filter((s) => s.flagged);

function summary(input: YearlyInput, lang: Lang): Section {
  const t = messagesOf(lang);
  const y = t.yearly;
  const l = t.labels;
  const { analysis, records } = input;
  const flagged = flaggedOf(analysis);
  const only = (c: string) => flagged.filter((s) => s.criteria.length === 1 && s.criteria[0] === c).length;
  const years = [...new Set(records.map((r) => r.year))].sort();
  const procedures = [...new Set(records.map((r) => r.procedure))].sort(compareProcedures);
  const participants = records.filter((r) => r.year === analysis.year).reduce((s, r) => s + (r.participants ?? 0), 0);
  return {
    id: 'summary',
    title: y.sections.summary,
    blocks: [
      paragraph(y.summary.schools({ schools: analysis.classification.schools.length, year: l.schoolYear(analysis.year), participants })),
      paragraph(proceduresLine(input, procedures, years, lang)),
      paragraph(y.summary.flagged({ year: l.schoolYear(analysis.year), flagged: flagged.length, a: only('A'), b: only('B'), ab: flagged.filter((s) => s.criteria.length === 2).length })),
      paragraph(y.summary.movement({ previous: l.schoolYear(analysis.year - 1), entered: analysis.list.entered.length, left: analysis.list.left.length, stayed: analysis.list.stayed.length })),
      ...(analysis.list.noResults.length > 0 ? [paragraph(y.summary.noResults({ year: l.schoolYear(analysis.year), ids: analysis.list.noResults.join(', ') }))] : []),
    ],
  };
}

/**
 * The years and procedures of the data, each procedure with its «успеваемость» / «качество знаний» of
 * the year over every school of the input (their marks summed: «90,1% / 50,7%»), where the data counts
 * marks. The per-school table would run to pages: it is in the workbook.
 */
function proceduresLine(input: YearlyInput, procedures: string[], years: number[], lang: Lang): string {
  const t = messagesOf(lang);
  const quality = qualityByProcedure(input, lang);
  const named = procedures.map((p) => (quality.has(p) ? `${procedureName(p, lang)} (${quality.get(p)})` : procedureName(p, lang))).join(', ');
  const span = years.length > 2 && years.every((y, i) => i === 0 || y === years[i - 1]! + 1);
  const line = t.yearly.summary.procedures({ procedures: named, years: span ? t.labels.schoolYears(years[0]!, years.at(-1)!) : years.map(t.labels.schoolYear).join(', ') });
  return quality.size === 0 ? line : `${line} ${t.yearly.summary.quality({ year: t.labels.schoolYear(input.analysis.year), sheet: t.quality.sheet })}`;
}

function qualityByProcedure(input: YearlyInput, lang: Lang): Map<string, string> {
  const { year } = input.analysis;
  const sums = new Map<string, Quality['marks']>();
  for (const m of input.quality.municipalities) {
    if (m.year !== year) continue;
    const sum = sums.get(m.procedure) ?? [0, 0, 0, 0];
    m.quality.marks.forEach((count, i) => (sum[i] += count));
    sums.set(m.procedure, sum);
  }
  const pct = (value: number | null) => (value === null ? '—' : formatPercent(value, lang, 1));
  return new Map([...sums].map(([procedure, marks]) => {
    const quality = qualityOfMarks(marks);
    return [procedure, `${pct(quality.success)} / ${pct(quality.quality)}`];
  }));
}

/** Section 2; above LIST_SHORT_ABOVE schools the low results are named by year and the full texts go to a sheet of the workbook. */
function shnorList(input: YearlyInput, lang: Lang): Section[] {
  const t = messagesOf(lang);
  const y = t.yearly;
  const l = t.labels;
  const { analysis } = input;
  const flagged = flaggedOf(analysis);
  const short = flagged.length > LIST_SHORT_ABOVE;
  const listTableOf = (lowResults: (s: SchoolVerdict) => string[]): Table => ({
    name: y.sections.list,
    headers: [l.schoolId, l.schoolName, l.criteria, l.lowResults],
    rows: flagged.map((s) => ({
      emphasis: true,
      cells: [{ value: s.schoolId }, { value: s.schoolName }, { value: s.criteria.join(', ') }, { value: [...lowResults(s), ...branchesLine(s, lang)].join('\n') }],
    })),
    wide: [1, 3],
  });
  const full = listTableOf((s) => s.lowResults.map((r) => describeResult(r, lang, true)));
  const basisText = y.list.basis({ list: l.schoolYear(analysis.year + 1), results: l.schoolYear(analysis.year) });
  // one paragraph with the basis: the sheet keeps its rows where a district's has them
  const basis = paragraph(short ? `${basisText} ${y.long.listNote({ sheet: y.long.listSheet })}` : basisText);
  const listBlocks = flagged.length === 0 ? [paragraph(y.list.none)] : [table(short ? listTableOf((s) => lowResultsByYear(s, lang)) : full)];
  const blocks: Block[] = [
    basis, ...uncheckedParagraphs(analysis, lang), ...listBlocks, ...officialLists(analysis, lang, short),
    ...(flagged.length === 0 ? [] : [heading(y.list.sharesHeading), table(sharesTable(flagged, analysis.year, lang))]),
  ];
  const section: Section = { id: 'list', title: y.sections.list, blocks: [...blocks, paragraph(y.list.chartsInAppendix({ appendix: y.sections.charts }))] };
  return short ? [section, { id: 'list-full', only: 'sheet', title: y.long.listSheet, blocks: [table({ ...full, name: y.long.listSheet }), ...officialLists(analysis, lang)] }] : [section];
}

/**
 * The profile's official lists beside the computed list: counted, and each school where they
 * disagree (in a long list, the schools by kind of disagreement); nothing without them.
 */
function officialLists(analysis: YearAnalysis, lang: Lang, short = false): Block[] {
  const summary = listsSummary(analysis.lists.values(), lang);
  if (!summary) return [];
  const disagree = [...analysis.lists.values()].filter((s) => s.disagreement !== null);
  if (short && disagree.length > LIST_SHORT_ABOVE) return [paragraph(summary), list(disagreementLines(disagree, lang))];
  const name = (id: string, schoolName: string | null) => `${id}${schoolName ? ` ${schoolName}` : ''}`;
  return [paragraph(summary), ...(disagree.length === 0 ? [] : [list(disagree.map((s) => `${name(s.schoolId, s.schoolName)}: ${standingText(s, analysis.year, lang)}`))])];
}

/** The schools whose results in Y carry no share of «2» (mean scores only) — once for the whole run when none does. */
function uncheckedParagraphs(analysis: YearAnalysis, lang: Lang): Block[] {
  const t = messagesOf(lang);
  const run = meanOnlyRunText(analysis.classification, lang);
  if (run) return [paragraph(run)];
  const ids = analysis.classification.schools.filter((s) => s.noFailingData).map((s) => s.schoolId);
  return ids.length === 0 ? [] : [paragraph(t.yearly.list.unchecked({ year: t.labels.schoolYear(analysis.year), ids: ids.join(', ') }))];
}

/** Seed 003 §3.2 style: the listed schools × the procedures of Y, failing shares, low cells marked. */
function sharesTable(flagged: SchoolVerdict[], year: number, lang: Lang): Table {
  const t = messagesOf(lang);
  const l = t.labels;
  const procedures = [...new Set(flagged.flatMap((s) => s.results.filter((r) => r.year === year && hasShare(r)).map((r) => r.procedure)))].sort(compareProcedures);
  return {
    name: l.sheetList,
    headers: [l.schoolId, ...procedures.map((p) => `${procedureName(p, lang)}, ${failShareLabel(p, lang)}`)],
    rows: flagged.map((s) => ({
      emphasis: false,
      cells: [
        { value: s.schoolId },
        ...procedures.map((p) => {
          const r = s.results.find((x) => x.year === year && x.procedure === p);
          return r ? { value: r.failShare, percent: true, low: r.low && r.counted } : { value: null };
        }),
      ],
    })),
  };
}

function shareCharts(analysis: YearAnalysis, lang: Lang): Block[] {
  const t = messagesOf(lang);
  const y = t.yearly;
  const l = t.labels;
  const year = analysis.year;
  return analysis.classification.method.procedures.flatMap((procedure) => {
    const bars = analysis.classification.schools.flatMap((s) => {
      const r = s.results.filter(hasShare).find((x) => x.year === year && x.procedure === procedure);
      return r ? [{ school: s.schoolId, share: r.failShare, low: r.low && r.counted }] : [];
    });
    if (bars.length === 0) return [];
    const share = failShareLabel(procedure, lang);
    const title = y.list.chartTitle({ procedure: procedureName(procedure, lang), share, year: l.schoolYear(year) });
    const axes = { share: y.list.shareAxis(share), schools: y.list.schoolsAxis, banded: y.list.chartBanded };
    return [chart(sharesBySchool(`shares-${procedure}`, title, bars, analysis.classification.method.threshold, axes))];
  });
}

/** Section 4, and above DYNAMICS_TABLE_ABOVE flagged schools its per-school detail as a sheet of the workbook. */
function dynamicsSections(input: YearlyInput, lang: Lang, gap: string | undefined): Section[] {
  const t = messagesOf(lang);
  const y = t.yearly;
  const { analysis } = input;
  const { flagged } = analysis.classification;
  const compact = flagged.size > DYNAMICS_TABLE_ABOVE;
  const note = flagged.size === 0 ? y.dynamics.noFlagged : compact ? y.long.atRiskNote({ sheet: y.long.dynamicsSheet }) : y.dynamics.atRiskNote;
  const blocks: Block[] = [...(gap ? [paragraph(gap)] : []), paragraph(note)];
  if (compact) blocks.push(table(dynamicsTable(analysis, lang)));
  for (const school of compact ? [] : analysis.dynamics.filter((d) => flagged.has(d.schoolId))) {
    const procedures = methodProcedures(school, analysis);
    // on the page the procedures at risk (low, or a real negative change): the rest are in the chart and the workbook
    const atRisk = procedures.filter((p) => p.atRisk);
    blocks.push(heading(y.dynamics.schoolHeading({ school: `${school.schoolId} ${school.schoolName ?? ''}`.trim(), shown: atRisk.length, all: procedures.length })));
    blocks.push(list(atRisk.map((p) => {
      const last = p.changes.at(-1);
      return `${procedureName(p.procedure, lang)} — ${sharesText(p, lang)}${last ? `; ${changeText(last, lang)}` : ''}`;
    })));
  }
  const movement = listTable(asDynamicsReport(input), lang);
  const movementBlocks = movement.rows.length > 0 ? [heading(t.dynamics.sheetList), table(movement)] : [];
  if (!compact) return [{ id: 'dynamics', title: y.sections.dynamics, blocks: [...blocks, ...movementBlocks] }];
  const ids = (list: string[]) => (list.length === 0 ? y.proposals.noneIds : list.join(', '));
  const { entered, left, stayed } = analysis.list;
  const moved = y.long.movement({ entered: ids(entered), left: ids(left), stayed: stayed.length, sheet: y.long.dynamicsSheet });
  return [{ id: 'dynamics', title: y.sections.dynamics, blocks: [...blocks, paragraph(moved)] }, dynamicsSheet(analysis, movementBlocks, lang)];
}

/** The charts, after the body: each procedure's shares by school, and each flagged school's shares over the years. */
function chartsAppendix(input: YearlyInput, lang: Lang): Section {
  const t = messagesOf(lang);
  const y = t.yearly;
  const l = t.labels;
  const { analysis } = input;
  const { flagged } = analysis.classification;
  const blocks: Block[] = [
    heading(y.list.chartsHeading), ...shareCharts(analysis, lang), ...targetsChart(programmeOf(input), lang), clustersChart(analysis, lang),
    ...(input.pupilObjectivity ? pupilObjectivityCharts(input.pupilObjectivity, lang) : []),
  ];
  if (flagged.size > MAX_SCHOOLS_DRAWN) blocks.push(paragraph(y.dynamics.chartsLeftOut({ schools: flagged.size, max: MAX_SCHOOLS_DRAWN })));
  else if (flagged.size > 0) blocks.push(heading(y.dynamics.yearsHeading));
  for (const school of flagged.size > MAX_SCHOOLS_DRAWN ? [] : analysis.dynamics.filter((d) => flagged.has(d.schoolId))) {
    const procedures = school.procedures.filter((p) => analysis.classification.method.procedures.includes(p.procedure));
    const points = procedures.flatMap((p) => p.years.flatMap((pt) => (pt.failShare === null ? [] : [{ year: l.schoolYear(pt.year), procedure: procedureName(p.procedure, lang), share: pt.failShare }])));
    if (points.length > 0) blocks.push(chart(sharesOverYears(`years-${school.schoolId}`, y.dynamics.yearsChart(school.schoolId), points, analysis.classification.method.threshold, y.list.shareAxis(l.anyFailShare))));
  }
  return { id: 'charts', title: y.sections.charts, blocks, newPage: true };
}

function asDynamicsReport(input: YearlyInput): DynamicsReport {
  const { analysis } = input;
  return {
    analysis: { year: analysis.year, schools: analysis.dynamics, list: analysis.list, targets: analysis.targets, outsidePeriod: analysis.outsidePeriod },
    years: [...new Set(input.records.map((r) => r.year))].sort(),
    method: { ...input.dynamics, threshold: analysis.classification.method.threshold, procedures: analysis.classification.method.procedures },
    issues: input.issues,
    referenceLevels: input.referenceLevels,
    selected: false,
  };
}

/** The rating on the page: the first and the last schools; every school in the appendix. */
const RATING_ENDS = 5;

function rating(input: YearlyInput, lang: Lang): Section {
  const y = messagesOf(lang).yearly;
  const full = ratingTable(input, lang);
  const short = full.rows.length > 2 * RATING_ENDS ? { ...full, rows: [...full.rows.slice(0, RATING_ENDS), ...full.rows.slice(-RATING_ENDS)] } : full;
  const objectivity = input.markers ? objectivityBlocks(input.markers, input.analysis, lang) : [];
  const ends = short === full ? [] : [paragraph(y.rating.ends({ count: RATING_ENDS, schools: full.rows.length, appendix: y.sections.ratingAll }))];
  const note = `${y.rating.note} ${objectivitySourceLine(input.objectivityFrom, lang)}`;
  return { id: 'rating', title: y.sections.rating, blocks: [paragraph(note), ...ends, table(short), ...objectivity] };
}

function ratingAppendix(input: YearlyInput, lang: Lang): Section {
  return { id: 'rating-all', title: messagesOf(lang).yearly.sections.ratingAll, blocks: [table(ratingTable(input, lang))] };
}

function ratingTable(input: YearlyInput, lang: Lang): Table {
  const t = messagesOf(lang);
  const y = t.yearly;
  const l = t.labels;
  const s = t.score;
  const rows = input.analysis.scoring.schools.map((school) => ({
    emphasis: school.flagged,
    cells: [
      { value: school.rank }, { value: school.schoolId }, { value: school.schoolName }, { value: school.total }, { value: school.max },
      { value: school.percent }, { value: school.indicators.filter((i) => i.lowest).map((i) => i.id).join(', ') },
    ],
  }));
  return { name: y.sections.rating, headers: [s.rank, l.schoolId, l.schoolName, s.total, s.max, s.percent, y.rating.weakest], rows, wide: [2, 6] };
}

/**
 * What the head is asked to decide, from the year's analysis: the conclusions in a few lines, then
 * the proposals — the list to approve, the risk zone to watch, the measures of section 8 to assign,
 * the data to collect where a section had none.
 */
function proposals(input: YearlyInput, lang: Lang, title: string, gaps: Partial<Record<GapSection, string>>): Section {
  const t = messagesOf(lang);
  const p = t.yearly.proposals;
  const l = t.labels;
  const { analysis } = input;
  const ids = (list: string[]) => (list.length === 0 ? p.noneIds : list.join(', '));
  const flagged = flaggedOf(analysis).map((s) => s.schoolId);
  const risk = analysis.clusters.filter((c) => c.cluster === 2).map((c) => c.schoolId);
  const negativeDynamics = analysis.dynamics.filter((d) => d.overall.direction === 'negative');
  const negative = negativeDynamics.map((d) => d.schoolId);
  const byChance = negativeDynamics.filter((d) => d.overall.notSignificant.length > 0).map((d) => d.schoolId);
  const targets = statusCounts(analysis.targets);
  const municipal = municipalMeasures(analysis, lang).length;
  const next = l.schoolYear(analysis.year + 1);
  const signed = schoolsWithSigns(input.pupilObjectivity);
  const findings = [
    p.list({ year: next, count: flagged.length, ids: ids(flagged), entered: ids(analysis.list.entered), left: ids(analysis.list.left) }) +
      (analysis.list.noResults.length > 0 ? ` ${t.yearly.summary.noResults({ year: l.schoolYear(analysis.year), ids: analysis.list.noResults.join(', ') })}` : ''),
    p.negative({ count: negative.length, ids: ids(negative) }) + (byChance.length > 0 ? ` ${t.significance.chanceSchools(ids(byChance))}` : ''),
    p.risk({ count: risk.length, ids: ids(risk) }),
    p.targets(targets),
    ...(signed.length > 0 ? [t.objectivity.yearly.finding({ count: signed.length, ids: shortIds(signed, lang) })] : []),
  ];
  const decisions = [
    ...(flagged.length > 0 ? [p.approve({ year: next, count: flagged.length, ids: ids(flagged) })] : []),
    ...(risk.length > 0 ? [p.watch({ count: risk.length, ids: ids(risk) })] : []),
    ...(flagged.length + risk.length > 0 ? [p.programmes({ section: t.yearly.sections.recommendations })] : []),
    ...(municipal > 0 ? [p.municipal({ count: municipal, section: t.yearly.sections.recommendations })] : []),
    ...(signed.length > 0 ? [t.objectivity.yearly.decision({ ids: shortIds(signed, lang) })] : []),
    ...(gaps.targets ? [p.collectFacts] : []),
    ...(gaps.shnsu ? [p.collectProfiles] : []),
  ];
  return {
    id: 'proposals',
    title,
    blocks: [heading(p.findings), list(findings), heading(p.decisions), ...decisions.map((d, i) => paragraph(`${i + 1}. ${d}`))],
  };
}

/** Section 7, and above CLUSTER_ROWS_ABOVE schools in clusters its full table as a sheet of the workbook. */
function clusters(input: YearlyInput, lang: Lang): Section[] {
  const t = messagesOf(lang);
  const y = t.yearly;
  const l = t.labels;
  const { analysis } = input;
  const rows = analysis.clusters.filter((c) => c.cluster !== null).map((c) => ({
    emphasis: c.cluster === 1,
    cells: [{ value: c.schoolId }, { value: c.schoolName }, { value: c.cluster }, { value: clusterLabel(c.cluster, lang) }, { value: reasonTexts(c, analysis.year, lang, analysis.lists).join('\n') }],
  }));
  const sheet: Table = { name: y.sections.clusters, headers: [l.schoolId, l.schoolName, '№', t.cluster.label, y.clusters.reasons], rows, wide: [1, 4] };
  const outside = analysis.clusters.filter((c) => c.cluster === null).map((c) => c.schoolId);
  const outsideBlocks = outside.length > 0 ? [paragraph(y.clusters.outside({ count: outside.length, ids: outside.join(', ') }))] : [];
  if (rows.length <= CLUSTER_ROWS_ABOVE) return [{ id: 'clusters', title: y.sections.clusters, blocks: [table(sheet), ...outsideBlocks] }];
  return [{ id: 'clusters', title: y.sections.clusters, blocks: clusterBlocks(analysis, sheet, lang) }, clustersSheet(sheet, outsideBlocks, lang)];
}

function clustersChart(analysis: YearAnalysis, lang: Lang): Block {
  const y = messagesOf(lang).yearly;
  const bars = CLUSTERS.map((cluster) => ({ cluster: clusterLabel(cluster, lang), schools: analysis.clusters.filter((c) => c.cluster === cluster).length }));
  return chart(clusterCounts('clusters', y.clusters.chartTitle, bars, y.clusters.schoolsAxis));
}

function method(input: YearlyInput, lang: Lang): Section {
  const t = messagesOf(lang);
  const y = t.yearly;
  const s = t.score;
  const m = input.analysis.classification.method;
  const reference = input.referenceLevels.length > 0 ? s.referenceGiven(input.referenceLevels.map((v) => s.levels[v] ?? v).join(', ')) : s.referenceNone;
  const files: Table = {
    name: y.method.sources,
    headers: y.method.filesHeaders,
    rows: input.files.flatMap((f) =>
      f.sheets.map((sheet) => {
        const problems = input.issues.filter((i) => i.file === f.file && i.sheet === sheet.sheet).length;
        return { emphasis: false, cells: [f.file, f.format, sheet.sheet, sheet.headerRow, sheet.layout, sheet.records, problems].map((value) => ({ value })) };
      }),
    ),
    wide: [0],
  };
  const counts = issueCounts(input.issues);
  return {
    id: 'method',
    title: y.sections.method,
    blocks: [
      paragraph(y.method.rule({ source: citation(FIOKO_SOURCE, lang), threshold: formatNumber(m.threshold, lang), same: m.sameProcedure ? 1 : 0, procedures: m.procedures.map((p) => procedureName(p, lang)).join(', ') })),
      paragraph(y.method.interpretations),
      list(y.method.items({
        threshold: formatNumber(m.threshold, lang), minParticipants: m.minParticipants, smallSample: input.smallSample, margin: input.dynamics.marginPp,
        alpha: formatNumber(input.dynamics.alpha, lang), reference, egeMath: procedureName(input.score.egeMath, lang), zeroShare2: s.levels[input.score.zeroShare2] ?? input.score.zeroShare2,
      })),
      heading(y.method.documents),
      list(SOURCE_DOCUMENTS.map((d) => d.title[lang])),
      heading(y.method.sources),
      table(files),
      paragraph(y.method.records({ records: input.records.length, profiles: input.profiles })),
      paragraph(input.issues.length > 0 ? y.method.issues(counts) : y.method.noIssues),
      table(issueTable(input.issues, lang)),
    ],
  };
}

/** The schools with a computed sign of non-objective ВПР results in any work of the year, by code. */
function schoolsWithSigns(input: PupilObjectivityInput | null): string[] {
  const ids = new Set((input?.works ?? []).flatMap((w) => w.groups.filter((g) => g.level === 'school' && g.signs.length > 0).map((g) => g.schoolId)));
  return [...ids].sort(compareNatural);
}

function schoolsOfYear(analysis: YearAnalysis): SchoolsOfYear {
  return { flagged: analysis.classification.flagged, names: new Map(analysis.classification.schools.map((s) => [s.schoolId, s.schoolName])) };
}
