/**
 * objectivity's document: per work its basis, the journal comparison (schools, or their classes too,
 * against the municipality and the region), the distribution of primary scores with the «3» boundary,
 * and the signs to review, each with its figures and test. A workbook has a sheet per view (the
 * histogram of every school by score, the boundaries in its headings); the CSV is the journal comparison.
 */
import { messagesOf, type Lang } from '../../messages/index.js';
import { maxOf } from '../../model/arrays.js';
import type { Issue } from '../../model/issues.js';
import type { Agreement, WorkAgreement } from '../../rules/markers-agreement.js';
import type { VprOgeLimits } from '../../rules/vpr-oge-sign.js';
import { OBJECTIVITY_ALPHA, OBJECTIVITY_MIN_PUPILS, type GroupObjectivity, type ObjectivitySign, type ReferenceObjectivity, type ReferenceScope, type Share, type WorkObjectivity } from '../../rules/pupil-objectivity.js';
import { chart, paragraph, table, type Block, type Document, type Section } from '../document/model.js';
import { cellValueText, formatNumber, formatPercent, formatSmallP } from '../format.js';
import { issueMessage } from '../issue-text.js';
import { procedureName } from '../procedure-name.js';
import { issueTable, type Table, type TableCell, type TableRow } from '../table-model.js';
import { histogramSchools, journalChart, scoreHistogram } from './charts.js';

export interface ObjectivityReport {
  works: WorkObjectivity[];
  by: 'school' | 'class';
  issues: Issue[];
  /** With an official list: per work (in the order of works) its schools beside the list; else null. */
  agreements: WorkAgreement[] | null;
  /** The limits of the sign of a ВПР far better than the school's ОГЭ. */
  vprOge: VprOgeLimits;
}

const agreementFor = (report: ObjectivityReport, work: WorkObjectivity): WorkAgreement | null =>
  report.agreements?.[report.works.indexOf(work)] ?? null;

/**
 * The sections and sheets are built when a renderer first asks for them: a region's tables are a
 * seventh of the run, and the JSON (what `npm run bench` times against classify) needs neither.
 */
export function objectivityDocument(report: ObjectivityReport, lang: Lang): Document {
  const single = report.works.length === 1;
  const sections = once(() => report.works.flatMap((work) => [...(single ? [] : [{ title: workTitle(work, lang), blocks: [] }]), ...workSections(work, report, lang)]));
  const sheets = once(() => [
    journalTable(report, lang), distributionTable(report, lang), histogramTable(report, lang), qualityTable(report, lang), signsTable(report, lang),
    ...(report.agreements === null ? [] : [markersTable(report, lang)]),
    issueTable(report.issues, lang),
  ]);
  return {
    title: single ? workTitle(report.works[0]!, lang) : null,
    get sections() { return sections(); },
    get sheets() { return sheets(); },
    json: { value: objectivityJson(report, lang) },
  };
}

function once<T>(build: () => T): () => T {
  let built: { value: T } | null = null;
  return () => (built ??= { value: build() }).value;
}

function workTitle(work: WorkObjectivity, lang: Lang): string {
  const t = messagesOf(lang);
  return t.objectivity.title({ work: `${procedureName(work.procedure, lang)}, ${t.labels.schoolYear(work.year)}` });
}

function workSections(work: WorkObjectivity, report: ObjectivityReport, lang: Lang): Section[] {
  const o = messagesOf(lang).objectivity;
  const { region, scale } = work;
  const agreement = agreementFor(report, work);
  const one: ObjectivityReport = { ...report, works: [work], agreements: report.agreements === null ? null : [agreement!] };
  const signs = signsTable(one, lang);
  const basis = o.basis({
    scored: region.distribution.scored, compared: region.journal.compared, noJournal: region.journal.noJournal, year: work.year,
    min3: scale.min3, min4: scale.min4, min5: scale.min5, max: scale.max, scaleSource: scale.source,
    reference: o.reference[work.scope]({ schools: region.schools, name: work.municipalities[0]?.name ?? '' }),
  });
  const chance = o.chance({
    raised: work.tested.raised, spike: work.tested.spike,
    expectedRaised: formatNumber(work.tested.raised * OBJECTIVITY_ALPHA, lang, 0), expectedSpike: formatNumber(work.tested.spike * OBJECTIVITY_ALPHA, lang, 0),
    foundRaised: work.found.raised, foundSpike: work.found.spike,
  });
  const oge = o.ogeCompared({
    tested: work.tested.oge, found: work.found.oge, year: messagesOf(lang).labels.schoolYear(work.year),
    vprLowPct: formatPercent(report.vprOge.vprLowPct, lang, 1), thresholdPct: formatPercent(report.vprOge.threshold, lang, 1),
  });
  const signBlocks: Block[] = [paragraph(chance), paragraph(oge), ...(signs.rows.length === 0 ? [paragraph(o.noSigns)] : [table(ruled(signs, lang))])];
  return [
    { title: null, blocks: [paragraph(basis), paragraph(cautionText(work, lang), 'dim')] },
    { title: o.journalHeading, blocks: [{ ...table(journalTable(one, lang)), only: 'page' }, { ...table(ruled(journalTable(one, lang, true), lang)), only: 'screen' }, { ...paragraph(o.intervalsInFiles, 'dim'), only: 'screen' }, ...journalChartBlocks(work, lang)] },
    { title: o.distributionHeading, blocks: [paragraph(o.boundaries(scale)), table(ruled(distributionTable(one, lang), lang)), ...histogramBlocks(work, lang)] },
    { title: o.qualityHeading, blocks: [paragraph(o.qualityBasis), table(ruled(qualityTable(one, lang), lang))] },
    { title: o.signsHeading, blocks: signBlocks },
    ...(agreement === null ? [] : [{ title: o.markersHeading, blocks: markersBlocks(work, agreement, one, lang) }]),
  ];
}

function journalChartBlocks(work: WorkObjectivity, lang: Lang): Block[] {
  const drawn = journalChart(work, lang);
  return drawn === null ? [] : [{ ...chart(drawn), only: 'page' }];
}

/** The histograms of the schools drawn, and a line saying which they are when not every school's. */
function histogramBlocks(work: WorkObjectivity, lang: Lang): Block[] {
  const o = messagesOf(lang).objectivity;
  const drawn = histogramSchools(work);
  const schools = work.groups.filter((g) => g.level === 'school').length;
  const spikes = work.groups.filter((g) => g.level === 'school' && g.signs.some((s) => s.code === 'boundary-spike')).length;
  const note: Block[] = drawn.length < schools && spikes > 0 ? [{ ...paragraph(o.charts.histogramsShown({ shown: drawn.length, schools: spikes, sheet: o.histogramSheet })), only: 'page' }] : [];
  return [...note, ...drawn.map((school): Block => ({ ...chart(scoreHistogram(work, school, lang)), only: 'page' }))];
}

function markersBlocks(work: WorkObjectivity, agreement: WorkAgreement, one: ObjectivityReport, lang: Lang): Block[] {
  const o = messagesOf(lang).objectivity;
  if (!agreement.covered) return [paragraph(o.markersNotCovered({ year: work.year }))];
  const listed = markersTable(one, lang);
  return [paragraph(o.markersSummary({ year: work.year, ...agreement.counts })), listed.rows.length === 0 ? paragraph(o.markersNone) : table(ruled(listed, lang))];
}

const agreementText = (agreement: Agreement | null | undefined, lang: Lang): string | null =>
  agreement === null || agreement === undefined ? null : messagesOf(lang).objectivity.agreements[agreement];

/** The schools with a computed sign or a mark in the official list: the signs, the list's mark, the comparison. */
function markersTable(report: ObjectivityReport, lang: Lang): Table {
  const o = messagesOf(lang).objectivity;
  const many = report.works.length > 1;
  return {
    name: o.markersSheet,
    // schools only: no class column with --by class
    headers: [...headHeaders({ ...report, by: 'school' }, lang), o.municipality, o.signsColumn, o.listed, o.agreement],
    rows: report.works.flatMap((work) => {
      const agreement = agreementFor(report, work);
      if (agreement === null) return [];
      return work.groups.flatMap((group) => {
        const status = agreement.bySchool.get(group.schoolId);
        if (group.level !== 'school' || status === null || status === undefined) return [];
        return [{
          emphasis: status !== 'both',
          cells: [
            ...headCells(groupHead(group, lang), 'school', many ? work : null, lang), { value: group.municipality }, { value: signNames(group.signs, lang) },
            { value: status === 'computed' ? o.no : o.yes }, { value: agreementText(status, lang) },
          ],
        }];
      });
    }),
    wide: [1],
  };
}

/**
 * A row of one line per school on the screen, a rule between them (a region's 634 schools, not 1,268
 * lines): each column as wide as its heading and values, the wide ones (names, figures) at most 40.
 */
function ruled(t: Table, lang: Lang): Table {
  const columns = t.headers.map((heading, i) => {
    const longest = maxOf(t.rows.map((row) => (row.cells[i] ? cellValueText(row.cells[i]!, lang).length : 0)), 0);
    const preferred = Math.max(heading.length, longest);
    return { heading, preferred: t.wide?.includes(i) ? Math.min(40, preferred) : preferred };
  });
  return { ...t, screen: { ruled: true, columns } };
}

const pct = (value: number | null): TableCell => ({ value: value === null ? null : round(value, 1), percent: value !== null });
const count = (value: number): TableCell => ({ value });

function intervalText(share: Share, lang: Lang): string | null {
  return share.interval === null ? null : `${formatNumber(share.interval[0], lang, 1)}–${formatNumber(share.interval[1], lang, 1)}`;
}


/** Where a row stands: the school's code; «Регион»; a municipality's name (and «Муниципалитет» where the school's name stands). */
interface RowHead {
  id: string;
  name: string | null;
  className: string | null;
  municipality: string | null;
}

function groupHead(group: GroupObjectivity, lang: Lang): RowHead {
  const o = messagesOf(lang).objectivity;
  return { id: group.schoolId, name: group.schoolName, className: group.level === 'class' ? (group.className ?? o.noClass) : null, municipality: group.municipality };
}

function referenceHead(ref: ReferenceObjectivity, lang: Lang): RowHead {
  const o = messagesOf(lang).objectivity;
  return ref.name === null ? { id: o.region, name: null, className: null, municipality: null } : { id: ref.name, name: o.municipality, className: null, municipality: null };
}

/** The caution under the basis: what a sign is, against what, by which test. */
export function cautionText(work: WorkObjectivity, lang: Lang): string {
  const o = messagesOf(lang).objectivity;
  return o.caution({ alpha: formatNumber(OBJECTIVITY_ALPHA, lang), min: OBJECTIVITY_MIN_PUPILS, against: o.againstShare[work.scope] });
}

/**
 * The region (or, in a municipal export, its one municipality, which is the same pupils), then the
 * municipalities of the schools shown; then the schools (and classes).
 */
function rowsOf(work: WorkObjectivity, lang: Lang): { head: RowHead; ref: ReferenceObjectivity | GroupObjectivity; emphasis: boolean; signs: ObjectivitySign[] }[] {
  const shown = new Set(work.groups.map((g) => g.municipality));
  const refs = [...(work.scope === 'region' ? [work.region] : []), ...work.municipalities.filter((m) => shown.has(m.name))];
  return [
    ...refs.map((ref) => ({ head: referenceHead(ref, lang), ref, emphasis: false, signs: [] })),
    ...work.groups.map((group) => ({ head: groupHead(group, lang), ref: group, emphasis: group.signs.length > 0, signs: group.signs })),
  ];
}

function headCells(head: RowHead, by: ObjectivityReport['by'], work: WorkObjectivity | null, lang: Lang, withName = true): TableCell[] {
  return [
    ...(work === null ? [] : [{ value: procedureName(work.procedure, lang) }, { value: work.year }]),
    { value: head.id },
    ...(withName ? [{ value: head.name }] : []),
    ...(by === 'class' ? [{ value: head.className }] : []),
  ];
}

function headHeaders(report: ObjectivityReport, lang: Lang, withName = true): string[] {
  const t = messagesOf(lang);
  return [
    ...(report.works.length > 1 ? [t.labels.procedure, t.labels.year] : []),
    t.labels.schoolId, ...(withName ? [t.labels.schoolName] : []), ...(report.by === 'class' ? [t.objectivity.class] : []),
  ];
}

const signNames = (signs: ObjectivitySign[], lang: Lang): string | null =>
  signs.length === 0 ? null : signs.map((s) => messagesOf(lang).objectivity.signs[s.code]).join('; ');

/** The shares with their intervals: a column each on the page and the sheet, one cell each on the screen. */
function journalTable(report: ObjectivityReport, lang: Lang, screen = false): Table {
  const o = messagesOf(lang).objectivity;
  const many = report.works.length > 1;
  const rows: TableRow[] = report.works.flatMap((work) =>
    rowsOf(work, lang).map(({ head, ref, emphasis, signs }) => {
      const j = ref.journal;
      // the screen has no room for the intervals at 80 columns: they are in the files, and a line says so
      const shares = [j.lowered, j.confirmed, j.raised].flatMap((s): TableCell[] => (screen ? [pct(s.pct)] : [pct(s.pct), { value: intervalText(s, lang) }]));
      return {
        emphasis,
        cells: [
          ...headCells(head, report.by, many ? work : null, lang, !screen), ...(screen ? [] : [{ value: head.municipality }]), count(j.compared), ...shares, count(j.noJournal),
          { value: signNames(signs, lang) }, ...(report.agreements === null ? [] : [{ value: listCell(report, work, ref, lang) }]),
        ],
      };
    }),
  );
  const shareHeaders = [o.lowered, o.confirmed, o.raised].flatMap((h) => (screen ? [h] : [`${h}, %`, o.interval]));
  return {
    name: o.journalSheet,
    headers: [
      ...headHeaders(report, lang, !screen), ...(screen ? [] : [o.municipality]), o.compared, ...shareHeaders, o.noJournal, o.signsColumn,
      ...(report.agreements === null ? [] : [o.markersColumn]),
    ],
    rows,
    wide: screen ? [] : [1],
  };
}

/** A school row's comparison with the official list; nothing on a reference's or a class's row. */
function listCell(report: ObjectivityReport, work: WorkObjectivity, ref: ReferenceObjectivity | GroupObjectivity, lang: Lang): string | null {
  if (!('level' in ref) || ref.level !== 'school') return null;
  return agreementText(agreementFor(report, work)?.bySchool.get(ref.schoolId), lang);
}

function distributionTable(report: ObjectivityReport, lang: Lang): Table {
  const o = messagesOf(lang).objectivity;
  const many = report.works.length > 1;
  const first = report.works[0];
  const bounds = first === undefined ? { from: 0, to: 0 } : { from: first.scale.min3, to: Math.min(first.scale.min3 + 1, first.scale.max) };
  return {
    name: o.distributionSheet,
    headers: [...headHeaders(report, lang), o.scored, many ? o.atBoundaryAny : o.atBoundary(bounds), o.atBoundaryPct, ...(many || report.works[0]?.scope !== 'municipality' ? [o.regionAtBoundary] : [o.municipalityAtBoundary])],
    rows: report.works.flatMap((work) =>
      rowsOf(work, lang).map(({ head, ref, emphasis }) => ({
        emphasis,
        cells: [...headCells(head, report.by, many ? work : null, lang), count(ref.distribution.scored), count(ref.boundary.count), pct(ref.boundary.pct), pct(work.region.boundary.pct)],
      })),
    ),
    wide: [1],
  };
}

/** Every row's pupils by primary score: a column per score, the lowest score of «3», «4», «5» marked in its heading. */
function histogramTable(report: ObjectivityReport, lang: Lang): Table {
  const o = messagesOf(lang).objectivity;
  const max = maxOf(report.works.map((w) => w.scale.max), 0);
  const single = report.works.length === 1 ? report.works[0]! : null;
  const mark = (s: number): string => {
    if (single === null) return '';
    const { min3, min4, min5 } = single.scale;
    return s === min3 ? ' «3»' : s === min4 ? ' «4»' : s === min5 ? ' «5»' : '';
  };
  const scores = Array.from({ length: max + 1 }, (_, s) => s);
  return {
    name: o.histogramSheet,
    headers: [...headHeaders(report, lang), o.scored, ...scores.map((s) => `${o.score(s)}${mark(s)}`)],
    rows: report.works.flatMap((work) =>
      rowsOf(work, lang).map(({ head, ref, emphasis }) => ({
        emphasis,
        cells: [...headCells(head, report.by, report.works.length > 1 ? work : null, lang), count(ref.distribution.scored), ...scores.map((s) => ({ value: s <= work.scale.max ? (ref.distribution.scores[s] ?? 0) : null }))],
      })),
    ),
    wide: [1],
  };
}

/** «Успеваемость» and «качество знаний» with the marks they rest on. */
function qualityTable(report: ObjectivityReport, lang: Lang): Table {
  const o = messagesOf(lang).objectivity;
  const many = report.works.length > 1;
  return {
    name: o.qualitySheet,
    headers: [...headHeaders(report, lang), o.scored, '«2»', '«3»', '«4»', '«5»', o.success, o.quality],
    rows: report.works.flatMap((work) =>
      rowsOf(work, lang).map(({ head, ref, emphasis }) => ({
        emphasis,
        cells: [...headCells(head, report.by, many ? work : null, lang), count(ref.distribution.scored), ...ref.quality.marks.map(count), pct(ref.quality.success), pct(ref.quality.quality)],
      })),
    ),
    wide: [1],
  };
}

function signsTable(report: ObjectivityReport, lang: Lang): Table {
  const o = messagesOf(lang).objectivity;
  const t = messagesOf(lang);
  return {
    name: o.signsSheet,
    headers: [...(report.works.length > 1 ? [t.labels.procedure, t.labels.year] : []), o.where, o.sign, o.figures],
    rows: report.works.flatMap((work) =>
      work.groups.flatMap((group) =>
        group.signs.map((sign) => ({
          emphasis: false,
          cells: [
            ...(report.works.length > 1 ? [{ value: procedureName(work.procedure, lang) }, { value: work.year }] : []),
            { value: whereText(group, lang) }, { value: o.signs[sign.code]! }, { value: signFigures(sign, lang) },
          ],
        })),
      ),
    ),
    wide: [0, 2],
  };
}

function whereText(group: GroupObjectivity, lang: Lang): string {
  const head = groupHead(group, lang);
  return [head.id, head.name, head.className].filter((x) => x !== null).join(', ');
}

/** «p = 0,0123», «p = 2,8·10⁻⁹»: written as 1.18's notes write it. */
export function pText(p: number, lang: Lang): string {
  return `= ${formatSmallP(p, lang)}`;
}

/**
 * A sign's figures and test as its text says them — shares (the fields named …pct) as percents, p as
 * «= 0,0123», the ОГЭ by its name and school year; `brief`, without the test's name (said once where
 * many signs are listed).
 */
export function signFigures(sign: ObjectivitySign, lang: Lang, brief = false): string {
  const t = messagesOf(lang);
  const texts: Record<string, (p: Record<string, string | number>) => string> = brief ? t.objectivity.signBrief : t.objectivity.signFigures;
  const said = (key: string, value: string | number | null): string | number => {
    if (value === null) return '';
    if (key === 'p') return pText(value as number, lang);
    if (key === 'ogeProcedure') return procedureName(String(value), lang);
    if (key === 'ogeYear') return t.labels.schoolYear(value as number);
    if (key === 'against') return t.objectivity.against[value as ReferenceScope];
    return typeof value === 'number' && /pct$/i.test(key) ? formatPercent(value, lang, 1) : value;
  };
  return texts[sign.code]!(Object.fromEntries(Object.entries(sign).map(([key, value]) => [key, said(key, value)])));
}

/** A sign in JSON: the shares to 4 decimals, p to 4 significant digits, and its text. */
function signJson(sign: ObjectivitySign, lang: Lang) {
  const rounded = Object.entries(sign).map(([key, value]) =>
    [key, typeof value !== 'number' ? value : key === 'p' ? Number(value.toPrecision(4)) : /pct$/i.test(key) ? round(value) : value]);
  return { ...Object.fromEntries(rounded), text: signFigures(sign, lang) };
}

const round = (value: number, digits = 4): number => Number(value.toFixed(digits));
const nullableRound = (value: number | null): number | null => (value === null ? null : round(value));

function sharesJson(journal: GroupObjectivity['journal']) {
  const one = (s: Share) => ({ count: s.count, pct: s.pct === null ? null : round(s.pct), interval: s.interval === null ? null : s.interval.map((v) => round(v)) });
  return { compared: journal.compared, lowered: one(journal.lowered), confirmed: one(journal.confirmed), raised: one(journal.raised), noJournal: journal.noJournal };
}

function referenceJson(ref: ReferenceObjectivity | GroupObjectivity) {
  return {
    journal: sharesJson(ref.journal),
    scores: ref.distribution.scores,
    scored: ref.distribution.scored,
    boundary: { ...ref.boundary, pct: ref.boundary.pct === null ? null : round(ref.boundary.pct) },
    quality: { marks: ref.quality.marks, success: nullableRound(ref.quality.success), quality: nullableRound(ref.quality.quality) },
  };
}

function objectivityJson(report: ObjectivityReport, lang: Lang) {
  return {
    by: report.by,
    test: { alpha: OBJECTIVITY_ALPHA, minPupils: OBJECTIVITY_MIN_PUPILS, vprOge: report.vprOge },
    works: report.works.map((work) => ({
      procedure: work.procedure,
      year: work.year,
      scope: work.scope,
      tested: work.tested,
      found: work.found,
      scale: { min3: work.scale.min3, min4: work.scale.min4, min5: work.scale.min5, max: work.scale.max },
      ...markersJson(agreementFor(report, work)),
      region: { schools: work.region.schools, ...referenceJson(work.region) },
      municipalities: work.municipalities.map((m) => ({ name: m.name, schools: m.schools, ...referenceJson(m) })),
      groups: work.groups.map((g) => ({
        schoolId: g.schoolId, schoolName: g.schoolName, municipality: g.municipality, level: g.level, className: g.className, ...referenceJson(g),
        signs: g.signs.map((s) => signJson(s, lang)),
        ...(report.agreements === null || g.level !== 'school' ? {} : { officialList: agreementFor(report, work)?.bySchool.get(g.schoolId) ?? null }),
      })),
    })),
    issues: report.issues.map((i) => ({ file: i.file, sheet: i.sheet, row: i.row, column: i.column, code: i.code, message: issueMessage(i, lang) })),
  };
}

/** With an official list: whether it has the work's year and the four counts; nothing without one. */
function markersJson(agreement: WorkAgreement | null) {
  return agreement === null ? {} : { officialList: { covered: agreement.covered, counts: agreement.counts } };
}
