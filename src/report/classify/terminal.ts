/**
 * The terminal table (cli-table3), fitted to the terminal's width. Each line of a school is its
 * own table row with no rule between them: cli-table3 slows down sharply on multi-line cells.
 * Colour comes from the painter the CLI passes in, so this module never decides about terminals
 * or NO_COLOR.
 */
import { msg, type Lang } from '../../messages/index.js';
import type { SchoolVerdict, VerdictNote } from '../../rules/fioko.js';
import type { RenderContext } from '../renderers/index.js';
import { shortIds } from '../format.js';
import { drawTable, fitColumns, lineRows, schoolCells } from '../terminal-table.js';
import { issueCounts, shnsuReasons, shnsuSummary, type ClassifyReport } from './report.js';
import { describeResult, explainNote, flaggedText, meanOnlyRunText, summaryText } from './explain.js';

export function renderTable(report: ClassifyReport, { lang, paint, width }: RenderContext): string {
  const { year, schools } = report.classification;
  const l = msg().labels;
  const head = [l.schoolId, l.schoolName, l.flagged, l.criteria, l.lowResults, l.notes];
  const widths = fitColumns([
    { heading: l.schoolId, values: schools.map((s) => schoolCells(s)[0][0]!) },
    { heading: l.schoolName, preferred: 28 },
    { heading: l.flagged, values: [l.yes, l.no, msg().targets.shnsu.column] },
    { heading: l.criteria, values: schools.map((s) => s.criteria.join(', ')) },
    { heading: l.lowResults, preferred: 38 },
    { heading: l.notes, preferred: 42 },
  ], width);
  const table = drawTable(head, widths, schools.map((s) => ({ rows: schoolLines(s, report, lang, widths), marked: s.flagged })), paint.flagged);
  const meanOnly = meanOnlyRunText(report.classification);
  const lines = [l.title(l.schoolYear(year)), ...(meanOnly ? [meanOnly] : []), table, summaryText(report.classification)];
  for (const line of [shnsuSummary(report), report.shnsu?.note]) if (line) lines.push(line);
  if (report.issues.length > 0) lines.push(paint.dim(l.issuesSummary(issueCounts(report.issues))));
  return `${lines.join('\n')}\n`;
}

/** The school's cells, each wrapped to its column, laid out as rows of one line each. */
function schoolLines(school: SchoolVerdict, report: ClassifyReport, lang: Lang, widths: number[]): string[][] {
  const l = msg().labels;
  const { year, method: { threshold } } = report.classification;
  const shnsu = report.shnsu?.verdicts.get(school.schoolId)?.shnsu === true ? [msg().targets.shnsu.column] : [];
  const low = [year, year - 1].flatMap((y) => {
    const results = school.lowResults.filter((r) => r.year === y);
    return results.length === 0 ? [] : [`${l.schoolYear(y)}:`, ...results.map((r) => describeResult(r, lang))];
  });
  const notes = [...school.notes.flatMap((n) => shortNote(n, year, threshold, lang)), ...shnsuReasons(report, school.schoolId, lang)];
  return lineRows([...schoolCells(school), [flaggedText(school), ...shnsu], [school.criteria.join(', ')], low, notes], widths);
}

/** The terminal keeps each note to a line or two; the full sentences are in md, json, xlsx. */
function shortNote(note: VerdictNote, year: number, threshold: number, lang: Lang): string[] {
  const n = msg().notes;
  const l = msg().labels;
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
      return [msg().branches.notes.withBranchesShort({ ids: idsOf(note.results) })];
    case 'branches-not-added':
      return [msg().branches.notes.notAddedShort({ ids: idsOf(note.results) })];
    default:
      return [explainNote(note, year, threshold, lang)];
  }
}

function idsOf(results: { schoolId: string }[]): string {
  return shortIds([...new Set(results.map((r) => r.schoolId))]);
}
