/**
 * dynamics in the terminal: per school its overall direction and one plain line per procedure at
 * risk (sparkline, shares, last change) or with a mean score only in some year (the means); then the list
 * movement and the targets, in plain lines: they keep it fast.
 */
import { msg, type Lang } from '../../messages/index.js';
import { append, maxOf } from '../../model/arrays.js';
import { procedureName } from '../procedure-name.js';
import type { ProcedureDynamics, SchoolDynamics } from '../../rules/dynamics.js';
import { issueCounts } from '../classify/report.js';
import { shortIds } from '../format.js';
import type { Painter, RenderContext } from '../renderers/index.js';
import { basisText, listLines, meanOnly, meanSeriesText, overallText, programmeText, rangeText, riskNotes, seriesText } from './explain.js';
import { sparkline, type DynamicsReport } from './report.js';
import { targetLine } from '../targets/report.js';

const NAME_WIDTH = 36;

export function renderDynamicsTable(report: DynamicsReport, { lang, paint }: RenderContext): string {
  const d = msg().dynamics;
  const { analysis, years } = report;
  const shown = analysis.schools.flatMap((s) => s.procedures.filter(isShown));
  const widths = {
    name: Math.min(NAME_WIDTH, maxOf(shown.map((p) => procedureName(p.procedure, lang).length), 0)),
    series: maxOf(shown.map((p) => seriesOf(p, lang).length), 0),
  };
  const lines = [d.title(rangeText(years)), basisText(report, lang), d.legend(rangeText(years)), ''];
  for (const school of analysis.schools) append(lines, [...schoolBlock(school, report, widths, lang, paint), '']);
  lines.push(...listBlock(report, lang), '', ...targetsBlock(report, lang));
  if (report.issues.length > 0) lines.push(paint.dim(msg().labels.issuesSummary(issueCounts(report.issues))));
  return `${lines.join('\n')}\n`;
}

function schoolBlock(school: SchoolDynamics, report: DynamicsReport, widths: { name: number; series: number }, lang: Lang, paint: Painter): string[] {
  const name = school.schoolName && school.schoolName !== school.schoolId ? ` ${school.schoolName}` : '';
  const lines = school.procedures.filter(isShown).map((p) => {
    const line = [
      procedureName(p.procedure, lang).padEnd(widths.name),
      sparkline(p, report.years),
      seriesOf(p, lang).padEnd(widths.series),
      meanOnly(p) ? msg().dynamics.meanOnly : riskNotes(p, lang).join('; '),
    ].join('  ');
    return `  ${alarming(p) ? paint.flagged(line) : line}`;
  });
  return [`${school.schoolId}${name} — ${overallText(school.overall, lang)}`, ...(lines.length > 0 ? lines : [`  ${msg().dynamics.noRisks}`])];
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

function listBlock(report: DynamicsReport, lang: Lang): string[] {
  const d = msg().dynamics;
  const l = msg().labels;
  const { list } = report.analysis;
  const title = d.listTitle({ from: l.schoolYear(list.from), to: l.schoolYear(list.to) });
  return [
    report.selected ? `${title} (${d.onlySelected})` : title,
    ...listLines(list, lang, shortIds).map((line) => `  ${line.label} (${line.ids.length}): ${line.text}`),
  ];
}

function targetsBlock(report: DynamicsReport, lang: Lang): string[] {
  const l = msg().labels;
  const { year, targets } = report.analysis;
  return [
    msg().dynamics.targetsTitle({ previous: l.schoolYear(year - 1), year: l.schoolYear(year) }),
    programmeText(year),
    ...targets.map((t) => `  ${targetLine(t, year, lang)}`),
  ];
}
