/**
 * The справка's section on objectivity from per-pupil ВПР exports (report --objectivity): per work
 * of the year the region's journal comparison and boundary share, how many schools were tested and
 * what chance alone would give, the schools with signs beside their ШНОР verdict (and the official
 * list, when given) — signs to review, never verdicts. Its charts go to the appendix of charts.
 */
import { messagesOf, type Lang } from '../../messages/index.js';
import type { WorkAgreement } from '../../rules/markers-agreement.js';
import type { VprOgeLimits } from '../../rules/vpr-oge-sign.js';
import { OBJECTIVITY_ALPHA, type GroupObjectivity, type WorkObjectivity } from '../../rules/pupil-objectivity.js';
import { chart, heading, paragraph, table, type Block, type Section } from '../document/model.js';
import { formatNumber, formatPercent } from '../format.js';
import { histogramSchools, journalChart, scoreHistogram } from '../objectivity/charts.js';
import { cautionText, signFigures } from '../objectivity/document.js';
import { procedureName } from '../procedure-name.js';
import type { Table, TableRow } from '../table-model.js';

export interface PupilObjectivityInput {
  /** The year's works read from the per-pupil exports, analysed per school. */
  works: WorkObjectivity[];
  /** With an official list: per work (in the order of works) its schools beside the list; else null. */
  agreements: WorkAgreement[] | null;
  /** The limits of the ВПР-beside-ОГЭ sign the works were compared by (the report's own ОГЭ results). */
  vprOge: VprOgeLimits;
}

/** The rows of the signs table printed; the workbook has them all. */
export const PRINTED_SIGN_ROWS = 25;

/** The schools of the year's results: their names (a per-pupil export gives logins only) and ШНОР verdicts. */
export interface SchoolsOfYear {
  flagged: ReadonlySet<string>;
  names: ReadonlyMap<string, string | null>;
}

export function pupilObjectivitySection(input: PupilObjectivityInput, schools: SchoolsOfYear, year: number, title: string, lang: Lang): Section {
  const { flagged } = schools;
  const t = messagesOf(lang);
  const o = t.objectivity;
  const y = o.yearly;
  // the gap is said in the section's first sentence, as every section without data says it
  if (input.works.length === 0) return { id: 'pupil-objectivity', title, blocks: [paragraph(y.noWorks({ year: t.labels.schoolYear(year) }))] };
  const signs = signsTable(input, schools, lang);
  const printed: Table = signs.rows.length > PRINTED_SIGN_ROWS ? { ...signs, rows: signs.rows.slice(0, PRINTED_SIGN_ROWS) } : signs;
  const blocks: Block[] = [
    ...input.works.flatMap((work, i) => workBlocks(work, input.agreements?.[i] ?? null, input.vprOge, lang)),
    paragraph(cautionText(input.works[0]!, lang), 'dim'),
  ];
  if (signs.rows.length === 0) return { id: 'pupil-objectivity', title, blocks: [...blocks, paragraph(o.noSigns)] };
  const withSigns = new Set(signs.rows.map((r) => String(r.cells[0]!.value)));
  const listed = [...withSigns].filter((id) => flagged.has(id));
  return {
    id: 'pupil-objectivity',
    title,
    blocks: [
      ...blocks,
      paragraph(y.schools({ count: withSigns.size, flagged: listed.length, ids: listed.join(', ') || t.yearly.proposals.noneIds })),
      { ...table(printed), only: 'page' },
      ...(printed === signs ? [] : [{ ...paragraph(y.moreInWorkbook({ shown: printed.rows.length, rows: signs.rows.length, sheet: signs.name })), only: 'page' as const }]),
      { ...table(signs), only: 'sheet' },
    ],
  };
}

function workBlocks(work: WorkObjectivity, agreement: WorkAgreement | null, vprOge: VprOgeLimits, lang: Lang): Block[] {
  const t = messagesOf(lang);
  const o = t.objectivity;
  const { region } = work;
  const pct = (value: number | null) => (value === null ? '—' : formatPercent(value, lang, 1));
  const lines = [
    o.yearly.work({
      work: procedureName(work.procedure, lang), scored: region.distribution.scored, schools: region.schools, compared: region.journal.compared,
      lowered: pct(region.journal.lowered.pct), confirmed: pct(region.journal.confirmed.pct), raised: pct(region.journal.raised.pct),
      from: region.boundary.from, to: region.boundary.to, boundary: pct(region.boundary.pct),
    }),
    o.chance({
      raised: work.tested.raised, spike: work.tested.spike,
      expectedRaised: formatNumber(work.tested.raised * OBJECTIVITY_ALPHA, lang, 0), expectedSpike: formatNumber(work.tested.spike * OBJECTIVITY_ALPHA, lang, 0),
      foundRaised: work.found.raised, foundSpike: work.found.spike,
    }),
    o.ogeCompared({
      tested: work.tested.oge, found: work.found.oge, year: t.labels.schoolYear(work.year),
      vprLowPct: formatPercent(vprOge.vprLowPct, lang, 1), thresholdPct: formatPercent(vprOge.threshold, lang, 1),
    }),
  ];
  if (agreement !== null) lines.push(agreement.covered ? o.markersSummary({ year: work.year, ...agreement.counts }) : o.markersNotCovered({ year: work.year }));
  return lines.map((line) => paragraph(line));
}

/** A row per school and work with a sign: the school, its ШНОР verdict, the work, the signs with their figures (and the official list). */
function signsTable(input: PupilObjectivityInput, { flagged, names: known }: SchoolsOfYear, lang: Lang): Table {
  const t = messagesOf(lang);
  const o = t.objectivity;
  const withList = input.agreements !== null;
  const signed = input.works.flatMap((work, i) => work.groups.filter((g) => g.level === 'school' && g.signs.length > 0).map((group) => ({ work, i, group })));
  // a per-pupil export names schools by login only: the results' names, else no column of empty names; one work, no column of it
  const nameOf = (group: GroupObjectivity) => group.schoolName ?? known.get(group.schoolId) ?? null;
  const names = signed.some(({ group }) => nameOf(group) !== null);
  const works = input.works.length > 1;
  const rows: TableRow[] = signed.map(({ work, i, group }) => ({
    emphasis: flagged.has(group.schoolId),
    cells: [
      { value: group.schoolId }, ...(names ? [{ value: nameOf(group) }] : []), { value: flagged.has(group.schoolId) ? t.labels.yes : t.labels.no },
      ...(works ? [{ value: procedureName(work.procedure, lang) }] : []),
      { value: group.signs.map((s) => signFigures(s, lang, true)).join('; ') },
      ...(withList ? [{ value: o.agreements[input.agreements![i]?.bySchool.get(group.schoolId) ?? 'computed'] }] : []),
    ],
  }));
  rows.sort((a, b) => Number(b.emphasis) - Number(a.emphasis) || String(a.cells[0]!.value).localeCompare(String(b.cells[0]!.value)));
  const headers = [
    t.labels.schoolId, ...(names ? [t.labels.schoolName] : []), t.labels.flagged, ...(works ? [t.labels.procedure] : []), o.yearly.signsColumn,
    ...(withList ? [o.markersColumn] : []),
  ];
  return { name: o.signsSheet, headers, rows, wide: [headers.indexOf(o.yearly.signsColumn), ...(names ? [1] : [])] };
}

/** The appendix's charts: per work the journal comparison, then the histograms of the schools with a spike at the «3» boundary. */
export function pupilObjectivityCharts(input: PupilObjectivityInput, lang: Lang): Block[] {
  const charts = input.works.flatMap((work) => {
    const journal = journalChart(work, lang);
    // in the справка only the schools with a spike, however few the schools
    const schools = histogramSchools(work).filter((g) => g.signs.some((s) => s.code === 'boundary-spike'));
    return [...(journal === null ? [] : [chart(journal)]), ...schools.map((school) => chart(scoreHistogram(work, school, lang)))];
  });
  return charts.length === 0 ? [] : [heading(messagesOf(lang).objectivity.yearly.chartsHeading), ...charts];
}
