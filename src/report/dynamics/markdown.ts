/** dynamics in Markdown: the basis, a section per school (a row per procedure), the list, the targets. */
import { msg, type Lang } from '../../messages/index.js';
import { procedureName } from '../procedure-name.js';
import type { ProcedureDynamics, SchoolDynamics, YearPoint } from '../../rules/dynamics.js';
import { escapeMarkdown as escape } from '../escape.js';
import { formatNumber, formatPercent } from '../format.js';
import { issueLine } from '../issue-text.js';
import { basisText, listLines, meanText, overallText, programmeText, rangeText, riskNotes } from './explain.js';
import { sparkline, type DynamicsReport } from './report.js';
import { tableLines } from '../document/markdown.js';
import { targetsTable } from '../targets/report.js';
import { append } from '../../model/arrays.js';

export function renderDynamicsMarkdown(report: DynamicsReport, lang: Lang): string {
  const l = msg().labels;
  const d = msg().dynamics;
  const { analysis, years } = report;
  const lines = [`# ${escape(d.title(rangeText(years)))}`, '', escape(basisText(report, lang)), '', escape(d.legend(rangeText(years))), ''];
  for (const school of analysis.schools) append(lines, schoolSection(school, report, lang));
  const { list } = analysis;
  const title = d.listTitle({ from: l.schoolYear(list.from), to: l.schoolYear(list.to) });
  lines.push(`## ${escape(title)}`, '');
  if (report.selected) lines.push(`_${escape(d.onlySelected)}_`, '');
  lines.push(...listLines(list, lang).map((line) => `- ${escape(capital(line.label))} (${line.ids.length}): ${escape(line.text)}`), '');
  lines.push(...targetsSection(report, lang));
  if (report.issues.length > 0) append(lines, ['', `## ${escape(l.issues)}`, '', ...report.issues.map((i) => `- ${escape(issueLine(i))}`)]);
  return `${lines.join('\n')}\n`;
}

function schoolSection(school: SchoolDynamics, report: DynamicsReport, lang: Lang): string[] {
  const l = msg().labels;
  const d = msg().dynamics;
  const name = school.schoolName && school.schoolName !== school.schoolId ? ` ${school.schoolName}` : '';
  return [
    `## ${escape(school.schoolId + name)}`,
    '',
    `${escape(capital(overallText(school.overall, lang)))}.`,
    '',
    `| ${[l.procedure, d.chart, ...report.years.map((y) => l.schoolYear(y)), d.lastChange, d.sample].map(escape).join(' | ')} |`,
    `|---|---|${report.years.map(() => '---|').join('')}---|---|`,
    ...school.procedures.map((p) => procedureRow(p, report, lang)),
    '',
  ];
}

function procedureRow(p: ProcedureDynamics, report: DynamicsReport, lang: Lang): string {
  const d = msg().dynamics;
  const risky = p.atRisk;
  const name = risky ? `**${escape(procedureName(p.procedure, lang))}**` : escape(procedureName(p.procedure, lang));
  const cells = report.years.map((year) => yearCell(p.years.find((y) => y.year === year), lang));
  const change = p.changes.length > 0 || risky ? riskNotes(p, lang, report.method).join('; ') : '';
  const sample = p.years.at(-1)?.sample;
  return `| ${name} | \`${sparkline(p, report.years)}\` | ${cells.join(' | ')} | ${escape(change)} | ${sample ? escape(d.samples[sample]!) : '—'} |`;
}

/** «**34,62%** (9/26; 95% ДИ 19,4–53,8%)», bold when low; «ср. балл 72,1» without a share of «2». */
function yearCell(point: YearPoint | undefined, lang: Lang): string {
  if (!point) return '—';
  if (point.failShare === null) return escape(meanText(point, lang));
  const share = formatPercent(point.failShare, lang);
  const counts = point.failed !== null && point.participants !== null ? `${point.failed}/${point.participants}` : null;
  const ci = point.ci ? `${msg().dynamics.ci} ${formatNumber(point.ci[0], lang, 1)}–${formatPercent(point.ci[1], lang, 1)}` : null;
  const detail = [counts, ci].filter(Boolean).join('; ');
  return `${point.low ? `**${share}**` : share}${detail ? ` (${escape(detail)})` : ''}`;
}

function targetsSection(report: DynamicsReport, lang: Lang): string[] {
  const l = msg().labels;
  const { year, targets } = report.analysis;
  return [
    `## ${escape(msg().dynamics.targetsTitle({ previous: l.schoolYear(year - 1), year: l.schoolYear(year) }))}`,
    '',
    escape(programmeText(year)),
    '',
    ...tableLines(targetsTable(targets, year, lang), lang),
  ];
}

function capital(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
