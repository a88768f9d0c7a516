/**
 * dynamics' document. The page: the basis, a section per school with a row per procedure, the list
 * movement, the targets, the input problems. The screen: plain aligned lines that keep it fast — per
 * school its overall direction and one line per procedure at risk (sparkline, shares, last change)
 * or with a mean score only in some year; then the list movement and the targets. The sheets:
 * school × procedure × year, the list, the targets, the problems.
 */
import { messagesOf, type Lang } from '../../messages/index.js';
import { maxOf } from '../../model/arrays.js';
import type { ProcedureDynamics, SchoolDynamics, YearPoint } from '../../rules/dynamics.js';
import { issueCounts } from '../classify/report.js';
import { paragraph, table, type Block, type Document, type ListItem, type Section } from '../document/model.js';
import { formatNumber, formatPercent, shortIds } from '../format.js';
import { issueLine } from '../issue-text.js';
import { procedureName } from '../procedure-name.js';
import { issueTable, type Table, type TableCell } from '../table-model.js';
import { targetLine, targetsTable } from '../targets/report.js';
import { basisText, listLines, meanOnly, meanSeriesText, meanText, overallText, programmeText, rangeText, riskNotes, seriesText } from './explain.js';
import { dynamicsJson } from './json.js';
import { dynamicsTable, listTable, sparkline, type DynamicsReport } from './report.js';

/** The screen's procedure names are padded to the longest shown, up to this. */
const NAME_WIDTH = 36;

interface Widths {
  name: number;
  series: number;
}

export function dynamicsDocument(report: DynamicsReport, lang: Lang): Document {
  const { analysis, years } = report;
  const shown = analysis.schools.flatMap((s) => s.procedures.filter(isShown));
  const widths = {
    name: Math.min(NAME_WIDTH, maxOf(shown.map((p) => procedureName(p.procedure, lang).length), 0)),
    series: maxOf(shown.map((p) => seriesOf(p, lang).length), 0),
  };
  const t = messagesOf(lang);
  const l = t.labels;
  return {
    title: t.dynamics.title(rangeText(years, lang)),
    sections: [
      {
        title: null,
        blocks: [paragraph(basisText(report, lang)), paragraph(t.dynamics.legend(rangeText(years, lang)))].map((b) => ({ ...b, tight: 'screen' as const })),
      },
      ...analysis.schools.flatMap((school) => schoolSections(school, report, widths, lang)),
      ...listSections(report, lang),
      targetsSection(report, lang),
      ...(report.issues.length > 0 ? [{ title: l.issues, only: 'page' as const, blocks: [{ kind: 'list' as const, items: report.issues.map((i) => issueLine(i, lang)) }] }] : []),
    ],
    sheets: [dynamicsTable(report, lang), listTable(report, lang), targetsTable(analysis.targets, analysis.year, lang), issueTable(report.issues, lang)],
    json: { value: dynamicsJson(report, lang) },
  };
}

/** The page's section (a row per procedure) and the screen's (the procedures to watch). */
function schoolSections(school: SchoolDynamics, report: DynamicsReport, widths: Widths, lang: Lang): Section[] {
  const name = school.schoolName && school.schoolName !== school.schoolId ? ` ${school.schoolName}` : '';
  const overall = overallText(school.overall, lang);
  const watched = school.procedures.filter(isShown).map((p) => screenLine(p, report, widths, lang));
  return [
    { title: school.schoolId + name, only: 'page', blocks: [paragraph(`${capital(overall)}.`), table(schoolTable(school, report, lang))] },
    {
      title: `${school.schoolId}${name} — ${overall}`,
      only: 'screen',
      blocks: [{ kind: 'lines', indent: 2, lines: watched.length > 0 ? watched : [messagesOf(lang).dynamics.noRisks] }],
    },
  ];
}

function schoolTable(school: SchoolDynamics, report: DynamicsReport, lang: Lang): Table {
  const t = messagesOf(lang);
  const l = t.labels;
  const d = t.dynamics;
  const last = report.years.at(-1);
  const marks = last !== undefined && school.procedures.some((p) => p.years.some((y) => y.year === last && y.success !== null));
  return {
    name: school.schoolId,
    headers: [l.procedure, d.chart, ...report.years.map((y) => l.schoolYear(y)), ...(marks ? [t.quality.column({ year: l.schoolYear(last!) })] : []), d.lastChange, d.sample],
    rows: school.procedures.map((p) => {
      const line = sparkline(p, report.years);
      const change = p.changes.length > 0 || p.atRisk ? riskNotes(p, lang, report.method).join('; ') : '';
      const sample = p.years.at(-1)?.sample;
      return {
        emphasis: false,
        cells: [
          { value: procedureName(p.procedure, lang), strong: p.atRisk },
          { value: line, text: [{ code: line }] },
          ...report.years.map((year) => yearCell(p.years.find((y) => y.year === year), lang)),
          ...(marks ? [qualityCell(p.years.find((y) => y.year === last), lang)] : []),
          { value: change },
          { value: sample ? d.samples[sample]! : '—' },
        ],
      };
    }),
  };
}

/** «92,31% / 50% (муниципалитет 92,57% / 52,17%; регион 90% / 50%)»; «—» without counts of marks. */
function qualityCell(point: YearPoint | undefined, lang: Lang): TableCell {
  if (point?.success == null || point.quality === null) return { value: '—' };
  const pair = (a: number | null, b: number | null) => (a === null || b === null ? null : `${formatPercent(a, lang)} / ${formatPercent(b, lang)}`);
  const municipality = pair(point.municipalitySuccess, point.municipalityQuality);
  const region = pair(point.regionSuccess, point.regionQuality);
  return { value: messagesOf(lang).quality.cell({ success: formatPercent(point.success, lang), quality: formatPercent(point.quality, lang), municipality, region }) };
}

/** «**34,62%** (9/26; 95% ДИ 19,4–53,8%)», the share bold when low; «ср. балл 72,1» without a share of «2». */
function yearCell(point: YearPoint | undefined, lang: Lang): TableCell {
  if (!point) return { value: '—' };
  if (point.failShare === null) return { value: meanText(point, lang) };
  const share = formatPercent(point.failShare, lang);
  const counts = point.failed !== null && point.participants !== null ? `${point.failed}/${point.participants}` : null;
  const ci = point.ci ? `${messagesOf(lang).dynamics.ci} ${formatNumber(point.ci[0], lang, 1)}–${formatPercent(point.ci[1], lang, 1)}` : null;
  const detail = [counts, ci].filter(Boolean).join('; ');
  const rest = detail ? ` (${detail})` : '';
  return { value: `${share}${rest}`, text: [point.low ? { strong: share } : share, rest] };
}

/** Name, sparkline, the series and the last change, in columns; painted when alarming. */
function screenLine(p: ProcedureDynamics, report: DynamicsReport, widths: Widths, lang: Lang): ListItem {
  const text = [
    procedureName(p.procedure, lang).padEnd(widths.name),
    sparkline(p, report.years),
    seriesOf(p, lang).padEnd(widths.series),
    meanOnly(p) ? messagesOf(lang).dynamics.meanOnly : riskNotes(p, lang).join('; '),
  ].join('  ');
  return { text, strong: alarming(p) };
}

/** At risk, or with a year that has only a mean score (shown so the mean is not lost). */
function isShown(p: ProcedureDynamics): boolean {
  return p.atRisk || p.years.some((y) => y.failShare === null);
}

function seriesOf(p: ProcedureDynamics, lang: Lang): string {
  return meanOnly(p) ? meanSeriesText(p, lang) : seriesText(p, lang);
}

/** Low in its latest year, or its latest change negative. */
function alarming(p: ProcedureDynamics): boolean {
  return p.years.at(-1)?.low === true || p.changes.at(-1)?.direction === 'negative';
}

/** The page lists every school of a movement; the screen cuts a long list. */
function listSections(report: DynamicsReport, lang: Lang): Section[] {
  const t = messagesOf(lang);
  const d = t.dynamics;
  const l = t.labels;
  const { list } = report.analysis;
  const title = d.listTitle({ from: l.schoolYear(list.from), to: l.schoolYear(list.to) });
  const items = listLines(list, lang).map((line) => `${capital(line.label)} (${line.ids.length}): ${line.text}`);
  return [
    { title, only: 'page', blocks: [...(report.selected ? [paragraph([{ em: d.onlySelected }])] : []), { kind: 'list', items }] },
    {
      title: report.selected ? `${title} (${d.onlySelected})` : title,
      only: 'screen',
      blocks: [{ kind: 'lines', indent: 2, lines: listLines(list, lang, (ids) => shortIds(ids, lang)).map((line) => `${line.label} (${line.ids.length}): ${line.text}`) }],
    },
  ];
}

function targetsSection(report: DynamicsReport, lang: Lang): Section {
  const t = messagesOf(lang);
  const l = t.labels;
  const { year, targets, outsidePeriod } = report.analysis;
  const blocks: Block[] = [
    paragraph(programmeText(year, lang)),
    ...(outsidePeriod ? [paragraph(t.targets.outsidePeriod({ year: l.schoolYear(year), ...outsidePeriod }))] : []),
    { ...table(targetsTable(targets, year, lang)), only: 'page' },
    { kind: 'lines', indent: 2, lines: targets.map((target) => targetLine(target, year, lang)), only: 'screen', tight: 'screen' },
    ...(report.issues.length > 0 ? [{ ...paragraph(l.issuesSummary(issueCounts(report.issues)), 'dim'), only: 'screen' as const, tight: 'screen' as const }] : []),
  ];
  return { title: t.dynamics.targetsTitle({ previous: l.schoolYear(year - 1), year: l.schoolYear(year) }), blocks };
}

function capital(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
