/** Markdown: the list with every verdict explained, then the other schools, then input problems. */
import { msg, type Lang } from '../../messages/index.js';
import { procedureName } from '../../model/procedures.js';
import type { SchoolVerdict } from '../../rules/fioko.js';
import type { ClassifyReport } from './report.js';
import { explainVerdict } from './explain.js';
import { formatPercent } from '../format.js';
import { issueLine } from '../issue-text.js';

export function renderMarkdown(report: ClassifyReport, lang: Lang): string {
  const { year, method, schools } = report.classification;
  const l = msg().labels;
  const flagged = schools.filter((s) => s.flagged);
  const lines = [
    `# ${l.title(l.schoolYear(year))}`,
    '',
    l.basis(l.schoolYear(year), l.schoolYear(year - 1)),
    '',
    l.method({
      threshold: formatPercent(method.threshold, lang),
      procedures: method.procedures.map((p) => procedureName(p, lang)).join(', '),
      same: method.sameProcedure,
      min: method.minParticipants,
    }),
    '',
    `**${l.summary({ flagged: flagged.length, total: schools.length })}**`,
    '',
    `| ${l.schoolId} | ${l.schoolName} | ${l.flagged} | ${l.criteria} | ${l.notes} |`,
    '|---|---|---|---|---|',
    ...schools.map((s) => schoolLine(s, year, method.threshold, lang)),
  ];
  if (report.issues.length > 0) lines.push('', `## ${l.issues}`, '', ...report.issues.map((i) => `- ${escapeCell(issueLine(i))}`));
  return `${lines.join('\n')}\n`;
}

function schoolLine(school: SchoolVerdict, year: number, threshold: number, lang: Lang): string {
  const l = msg().labels;
  const name = escapeCell(school.schoolName ?? '');
  const flag = school.flagged ? `**${l.yes}**` : l.no;
  const notes = explainVerdict(school, year, threshold, lang).map(escapeCell).join('<br>');
  return `| ${escapeCell(school.schoolId)} | ${name} | ${flag} | ${school.criteria.join(', ')} | ${notes} |`;
}

function escapeCell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\r?\n/g, '<br>');
}
