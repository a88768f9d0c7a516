/**
 * score's document. The page: the ranking, each school's indicators with their explanations, the
 * municipal values, the input problems. The screen: the ranking with each school's weakest
 * indicators and its gaps in data, fitted to the terminal (the points as «7 из 9» in one column).
 * The sheets: points per school, values per school × indicator, the problems.
 */
import { messagesOf, type Lang } from '../../messages/index.js';
import type { SchoolScore } from '../../rules/score.js';
import { issueCounts } from '../classify/report.js';
import { list, paragraph, table, type Block, type Document, type Section } from '../document/model.js';
import { formatNumber } from '../format.js';
import { issueLine } from '../issue-text.js';
import { issueTable, type Table } from '../table-model.js';
import { schoolCells, schoolColumns } from '../terminal-table.js';
import { scoreJson } from './json.js';
import { basisText, explainIndicator, indicatorTitle, pointsTable, scoreTitle, valuesTable, valueText, type ScoreReport } from './report.js';

export function scoreDocument(report: ScoreReport, lang: Lang): Document {
  const t = messagesOf(lang);
  const { year, schools, municipal, group } = report.scoring;
  const l = t.labels;
  const s = t.score;
  const screen = (block: Block): Block => ({ ...block, only: 'screen', tight: 'screen' });
  const blocks: Block[] = [
    { ...table(rankingTable(report, lang)), only: 'page' },
    screen(table(screenTable(report, lang))),
    ...(report.issues.length > 0 ? [screen(paragraph(l.issuesSummary(issueCounts(report.issues)), 'dim'))] : []),
  ];
  const municipalLines = Object.entries(municipal).map(([id, value]) => `${id} ${indicatorTitle(id, lang)}: ${value === null ? '—' : formatNumber(value, lang, 4)}`);
  return {
    title: s.title(l.schoolYear(year)),
    subtitle: basisText(report, lang),
    sections: [
      { title: null, blocks },
      ...schools.map((school) => schoolSection(school, lang)),
      { title: s.municipal, only: 'page', blocks: [paragraph(s.group(group.join(', '))), list(municipalLines)] },
      ...(report.issues.length > 0 ? [{ title: l.issues, only: 'page' as const, blocks: [list(report.issues.map((i) => issueLine(i, lang)))] }] : []),
    ],
    sheets: [pointsTable(report, lang), valuesTable(report, lang), issueTable(report.issues, lang)],
    json: { value: scoreJson(report, lang) },
  };
}

function weakIds(school: SchoolScore): string {
  return school.indicators.filter((i) => i.lowest).map((i) => i.id).join(', ');
}

function percentText(school: SchoolScore, lang: Lang): string {
  return school.percent === null ? '—' : formatNumber(school.percent, lang);
}

function rankingTable(report: ScoreReport, lang: Lang): Table {
  const t = messagesOf(lang);
  const l = t.labels;
  const s = t.score;
  return {
    name: s.sheetScores,
    headers: [s.rank, l.schoolId, l.schoolName, s.total, s.max, s.percent, s.weak],
    rows: report.scoring.schools.map((school) => ({
      emphasis: school.flagged,
      cells: [
        String(school.rank ?? '—'), school.schoolId, school.schoolName ?? '', String(school.total), String(school.max), percentText(school, lang), weakIds(school),
      ].map((value) => ({ value })),
    })),
  };
}

function schoolSection(school: SchoolScore, lang: Lang): Section {
  const t = messagesOf(lang);
  const s = t.score;
  const indicators: Table = {
    name: school.schoolId,
    headers: [s.indicator, s.value, s.points, s.note],
    rows: school.indicators.map((i) => ({
      emphasis: false,
      cells: [
        { value: `${i.id} ${scoreTitle(i, lang)}` },
        { value: valueText(i, lang) },
        i.points === null ? { value: '—' } : { value: String(i.points), strong: i.lowest },
        { value: explainIndicator(i, lang) },
      ],
    })),
  };
  return { title: `${school.schoolId} ${school.schoolName ?? ''}`, only: 'page', blocks: [table(indicators)] };
}

/** A row of one line per school, a rule between them. */
function screenTable(report: ScoreReport, lang: Lang): Table {
  const t = messagesOf(lang);
  const l = t.labels;
  const s = t.score;
  const rows = report.scoring.schools.map((school) => screenRow(school, lang));
  const column = (i: number) => rows.map((row) => row[i]!);
  return {
    name: s.sheetScores,
    headers: [s.rank, l.schoolId, l.schoolName, s.total, s.percent, s.weak, s.noData],
    rows: report.scoring.schools.map((school, i) => ({ emphasis: school.flagged, cells: rows[i]!.map((value) => ({ value })) })),
    screen: {
      ruled: true,
      columns: [
        { heading: s.rank, values: column(0) },
        ...schoolColumns(report.scoring.schools, { code: l.schoolId, name: l.schoolName }),
        { heading: s.total, values: column(3) },
        { heading: s.percent, preferred: 14 },
        { heading: s.weak, preferred: 26 },
        { heading: s.noData, preferred: 26 },
      ],
    },
  };
}

function screenRow(school: SchoolScore, lang: Lang): string[] {
  const t = messagesOf(lang);
  const gaps = school.indicators.filter((i) => i.reason === 'no-data').map((i) => i.id).join(', ');
  return [
    String(school.rank ?? '—'), ...schoolCells(school).map(([text]) => text!), t.score.totalOf(school.total, school.max),
    percentText(school, lang), weakIds(school), gaps,
  ];
}
