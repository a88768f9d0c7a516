/**
 * classify's document. The page: the list with every verdict explained in full, then the other
 * schools, then the input problems. The screen: a table fitted to the terminal, each note kept to a
 * line or two, and the problems counted. The sheets: a school × procedure table of failing shares.
 */
import { messagesOf, type Lang } from '../../messages/index.js';
import type { SchoolVerdict, VerdictNote } from '../../rules/fioko.js';
import { paragraph, type Block, type Document } from '../document/model.js';
import { formatPercent, shortIds } from '../format.js';
import { issueLine } from '../issue-text.js';
import { procedureName } from '../procedure-name.js';
import { issueTable, type Table } from '../table-model.js';
import { qualitySheet } from '../quality.js';
import { schoolCells, schoolColumns } from '../terminal-table.js';
import { describeResult, explainNote, explainVerdict, flaggedText, meanOnlyRunText, summaryText } from './explain.js';
import { classifyJson } from './json.js';
import { issueCounts, listsNote, listsShortNote, schoolTable, shnsuReasons, shnsuSummary, type ClassifyReport } from './report.js';
import { listsCell, listsSummary } from '../official-lists.js';
import { shnsuCell } from './shnsu.js';

export function classifyDocument(report: ClassifyReport, lang: Lang): Document {
  const t = messagesOf(lang);
  const { year, method } = report.classification;
  const l = t.labels;
  const meanOnly = meanOnlyRunText(report.classification, lang);
  const shnsu = [shnsuSummary(report, lang), report.shnsu?.note, report.lists && listsSummary(report.lists.values(), lang)].filter((p): p is string => typeof p === 'string');
  const page = (block: Block): Block => ({ ...block, only: 'page' });
  const screen = (block: Block): Block => ({ ...block, only: 'screen', tight: 'screen' });
  const blocks: Block[] = [
    ...(meanOnly ? [{ ...paragraph(meanOnly, 'strong'), tight: 'screen' as const }] : []),
    page(paragraph(l.basis(l.schoolYear(year), l.schoolYear(year - 1)))),
    page(paragraph(l.method({
      threshold: formatPercent(method.threshold, lang),
      procedures: method.procedures.map((p) => procedureName(p, lang)).join(', '),
      same: method.sameProcedure,
      min: method.minParticipants,
    }))),
    page(paragraph(summaryText(report.classification, lang), 'strong')),
    ...shnsu.map((p) => page(paragraph(p))),
    page({ kind: 'table', table: pageTable(report, lang) }),
    screen({ kind: 'table', table: screenTable(report, lang) }),
    screen(paragraph(summaryText(report.classification, lang))),
    ...shnsu.map((p) => screen(paragraph(p))),
    ...(report.issues.length > 0 ? [screen(paragraph(l.issuesSummary(issueCounts(report.issues)), 'dim'))] : []),
  ];
  return {
    title: l.title(l.schoolYear(year)),
    sections: [
      { title: null, blocks },
      ...(report.issues.length > 0 ? [{ title: l.issues, only: 'page' as const, blocks: [{ kind: 'list' as const, items: report.issues.map((i) => issueLine(i, lang)) }] }] : []),
    ],
    sheets: [schoolTable(report, lang), qualitySheet(report.quality, lang), issueTable(report.issues, lang)],
    json: { value: classifyJson(report, lang) },
  };
}

function pageTable(report: ClassifyReport, lang: Lang): Table {
  const t = messagesOf(lang);
  const l = t.labels;
  const { year, method, schools } = report.classification;
  return {
    name: l.title(l.schoolYear(year)),
    headers: [l.schoolId, l.schoolName, l.flagged, ...(report.shnsu ? [t.targets.shnsu.column] : []), ...(report.lists ? [t.lists.column] : []), l.criteria, l.notes],
    rows: schools.map((school) => ({
      emphasis: school.flagged,
      cells: [
        { value: school.schoolId },
        { value: school.schoolName ?? '' },
        school.flagged ? { value: l.yes, strong: true } : { value: flaggedText(school, lang) },
        ...(report.shnsu ? [{ value: shnsuCell(report.shnsu.verdicts.get(school.schoolId), lang) }] : []),
        ...(report.lists ? [{ value: listsCell(report.lists.get(school.schoolId), lang) }] : []),
        { value: school.criteria.join(', ') },
        { value: [...explainVerdict(school, year, method.threshold, lang), ...shnsuReasons(report, school.schoolId, lang), ...listsNote(report, school.schoolId, lang)] },
      ],
    })),
  };
}

/** Each line of a school its own table row with no rule between them: cli-table3 slows down sharply on multi-line cells. */
function screenTable(report: ClassifyReport, lang: Lang): Table {
  const t = messagesOf(lang);
  const l = t.labels;
  const { year, schools } = report.classification;
  return {
    name: l.title(l.schoolYear(year)),
    headers: [l.schoolId, l.schoolName, l.flagged, l.criteria, l.lowResults, l.notes],
    rows: schools.map((school) => ({ emphasis: school.flagged, cells: screenCells(school, report, lang).map((value) => ({ value })) })),
    screen: {
      columns: [
        ...schoolColumns(schools, { code: l.schoolId, name: l.schoolName }),
        { heading: l.flagged, values: [l.yes, l.no, t.targets.shnsu.column] },
        { heading: l.criteria, values: schools.map((s) => s.criteria.join(', ')) },
        { heading: l.lowResults, preferred: 38 },
        { heading: l.notes, preferred: 42 },
      ],
    },
  };
}

function screenCells(school: SchoolVerdict, report: ClassifyReport, lang: Lang): string[][] {
  const t = messagesOf(lang);
  const l = t.labels;
  const { year, method: { threshold } } = report.classification;
  const shnsu = report.shnsu?.verdicts.get(school.schoolId)?.shnsu === true ? [t.targets.shnsu.column] : [];
  const low = [year, year - 1].flatMap((y) => {
    const results = school.lowResults.filter((r) => r.year === y);
    return results.length === 0 ? [] : [`${l.schoolYear(y)}:`, ...results.map((r) => describeResult(r, lang))];
  });
  const notes = [...school.notes.flatMap((n) => shortNote(n, year, threshold, lang)), ...shnsuReasons(report, school.schoolId, lang), ...listsShortNote(report, school.schoolId, lang)];
  return [...schoolCells(school), [flaggedText(school, lang), ...shnsu], [school.criteria.join(', ')], low, notes];
}

/** The screen keeps each note to a line or two; the full sentences are on the page and in the JSON. */
function shortNote(note: VerdictNote, year: number, threshold: number, lang: Lang): string[] {
  const t = messagesOf(lang);
  const n = t.notes;
  const l = t.labels;
  switch (note.code) {
    case 'criterion-a':
    case 'criterion-b':
      return [];
    case 'not-flagged':
      return [n.notFlaggedShort({ year: l.schoolYear(year), previousYear: l.schoolYear(year - 1), low: note.lowCount, previousLow: note.previousLowCount })];
    case 'small-sample':
      return [n.smallSampleShort({ count: note.results.length, limit: note.limit })];
    case 'not-counted':
      return [n.notCountedShort({ count: note.results.length, min: note.minParticipants })];
    case 'mean-only':
      return [n.meanOnlyShort({ count: note.results.length })];
    case 'with-branches':
      return [t.branches.notes.withBranchesShort({ ids: idsOf(note.results, lang) })];
    case 'branches-not-added':
      return [t.branches.notes.notAddedShort({ ids: idsOf(note.results, lang) })];
    default:
      return [explainNote(note, year, threshold, lang)];
  }
}

function idsOf(results: { schoolId: string }[], lang: Lang): string {
  return shortIds([...new Set(results.map((r) => r.schoolId))], lang);
}
