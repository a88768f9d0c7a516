/** score in Markdown: the ranking, each school's indicators with explanations, municipal values. */
import { msg, type Lang } from '../../messages/index.js';
import type { SchoolScore } from '../../rules/score.js';
import { escapeMarkdown as escape } from '../escape.js';
import { formatNumber } from '../format.js';
import { issueLine } from '../issue-text.js';
import { explainIndicator, indicatorTitle, valueText, type ScoreReport } from './report.js';
import { append } from '../../model/arrays.js';

export function renderScoreMarkdown(report: ScoreReport, lang: Lang): string {
  const { year, schools, municipal, group } = report.scoring;
  const l = msg().labels;
  const s = msg().score;
  const lines = [
    `# ${escape(s.title(l.schoolYear(year)))}`,
    '',
    escape(basisText(report)),
    '',
    `| ${[s.rank, l.schoolId, l.schoolName, s.total, s.max, s.percent, s.weak].map(escape).join(' | ')} |`,
    '|---|---|---|---|---|---|---|',
    ...schools.map((school) => rankingLine(school, lang)),
    '',
    ...schools.flatMap((school) => schoolSection(school, lang)),
    `## ${escape(s.municipal)}`,
    '',
    escape(s.group(group.join(', '))),
    '',
    ...Object.entries(municipal).map(([id, value]) => `- ${escape(`${id} ${indicatorTitle(id, lang)}: ${value === null ? '—' : formatNumber(value, lang, 4)}`)}`),
  ];
  if (report.issues.length > 0) append(lines, ['', `## ${escape(l.issues)}`, '', ...report.issues.map((i) => `- ${escape(issueLine(i))}`)]);
  return `${lines.join('\n')}\n`;
}

export function basisText(report: ScoreReport): string {
  const l = msg().labels;
  const s = msg().score;
  const year = report.scoring.year;
  const reference = report.referenceLevels.length > 0 ? s.referenceGiven(report.referenceLevels.map((v) => s.levels[v] ?? v).join(', ')) : s.referenceNone;
  const basis = s.basis({ year: l.schoolYear(year), previous: l.schoolYear(year - 1), profile: report.profileGiven, reference });
  const markers = report.markerYears && msg().markers.scoreBasis({ years: report.markerYears.join(', '), year, covered: report.markerYears.includes(year) });
  return markers ? basis + markers : basis;
}

function rankingLine(school: SchoolScore, lang: Lang): string {
  const weak = school.indicators.filter((i) => i.lowest).map((i) => i.id).join(', ');
  const percent = school.percent === null ? '—' : formatNumber(school.percent, lang);
  return `| ${school.rank ?? '—'} | ${escape(school.schoolId)} | ${escape(school.schoolName ?? '')} | ${school.total} | ${school.max} | ${percent} | ${escape(weak)} |`;
}

function schoolSection(school: SchoolScore, lang: Lang): string[] {
  const s = msg().score;
  return [
    `## ${escape(school.schoolId)} ${escape(school.schoolName ?? '')}`,
    '',
    `| ${[s.indicator, s.value, s.points, s.note].map(escape).join(' | ')} |`,
    '|---|---|---|---|',
    ...school.indicators.map((i) => {
      const points = i.points === null ? '—' : i.lowest ? `**${i.points}**` : String(i.points);
      return `| ${escape(`${i.id} ${indicatorTitle(i.id, lang)}`)} | ${escape(valueText(i, lang))} | ${points} | ${escape(explainIndicator(i, lang))} |`;
    }),
    '',
  ];
}
