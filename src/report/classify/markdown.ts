/** Markdown: the list with every verdict explained, then the other schools, then input problems. */
import { msg, type Lang } from '../../messages/index.js';
import { procedureName } from '../procedure-name.js';
import type { SchoolVerdict } from '../../rules/fioko.js';
import { shnsuReasons, shnsuSummary, type ClassifyReport } from './report.js';
import { shnsuCell } from './shnsu.js';
import { explainVerdict, flaggedText, meanOnlyRunText, summaryText } from './explain.js';
import { escapeMarkdown as escape } from '../escape.js';
import { formatPercent } from '../format.js';
import { issueLine } from '../issue-text.js';
import { append } from '../../model/arrays.js';

export function renderMarkdown(report: ClassifyReport, lang: Lang): string {
  const { year, method, schools } = report.classification;
  const l = msg().labels;
  const meanOnly = meanOnlyRunText(report.classification);
  const lines = [
    `# ${escape(l.title(l.schoolYear(year)))}`,
    '',
    ...(meanOnly ? [`**${escape(meanOnly)}**`, ''] : []),
    escape(l.basis(l.schoolYear(year), l.schoolYear(year - 1))),
    '',
    escape(l.method({
      threshold: formatPercent(method.threshold, lang),
      procedures: method.procedures.map((p) => procedureName(p, lang)).join(', '),
      same: method.sameProcedure,
      min: method.minParticipants,
    })),
    '',
    `**${escape(summaryText(report.classification))}**`,
    '',
    ...[shnsuSummary(report), report.shnsu?.note].filter((p): p is string => typeof p === 'string').flatMap((p) => [escape(p), '']),
    `| ${[l.schoolId, l.schoolName, l.flagged, ...(report.shnsu ? [msg().targets.shnsu.column] : []), l.criteria, l.notes].map(escape).join(' | ')} |`,
    `|---|---|---|${report.shnsu ? '---|' : ''}---|---|`,
    ...schools.map((s) => schoolLine(s, report, lang)),
  ];
  if (report.issues.length > 0) append(lines, ['', `## ${l.issues}`, '', ...report.issues.map((i) => `- ${escape(issueLine(i))}`)]);
  return `${lines.join('\n')}\n`;
}

function schoolLine(school: SchoolVerdict, report: ClassifyReport, lang: Lang): string {
  const l = msg().labels;
  const { year, method } = report.classification;
  const name = escape(school.schoolName ?? '');
  const flag = school.flagged ? `**${escape(l.yes)}**` : escape(flaggedText(school));
  const shnsu = report.shnsu ? `${escape(shnsuCell(report.shnsu.verdicts.get(school.schoolId)))} | ` : '';
  const notes = [...explainVerdict(school, year, method.threshold, lang), ...shnsuReasons(report, school.schoolId, lang)].map(escape).join('<br>');
  return `| ${escape(school.schoolId)} | ${name} | ${flag} | ${shnsu}${escape(school.criteria.join(', '))} | ${notes} |`;
}
