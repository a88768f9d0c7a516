/**
 * score's JSON: { year, schools: [{ schoolId, schoolName, indicators: [{ id, value, points, note }],
 * total, max, percent, rank }], municipal: { "3.x"/"4.x": value }, group, objectivitySource: { source
 * (list | profile | computed), file (the list's, else null), text }, issues }; value rounded to 4
 * decimals, note the explanation (or the reason there are no points).
 */
import type { Lang } from '../../messages/index.js';
import { issueMessage } from '../issue-text.js';
import { objectivitySourceText } from '../objectivity-source.js';
import { explainIndicator, type ScoreReport } from './report.js';

export function scoreJson(report: ScoreReport, lang: Lang) {
  const { year, schools, municipal, group } = report.scoring;
  return {
    year,
    schools: schools.map((s) => ({
      schoolId: s.schoolId,
      schoolName: s.schoolName,
      indicators: s.indicators.map((i) => ({ id: i.id, value: i.value, points: i.points, note: explainIndicator(i, lang) || null })),
      total: s.total,
      max: s.max,
      percent: s.percent,
      rank: s.rank,
    })),
    municipal,
    group,
    objectivitySource: { ...report.objectivityFrom, text: objectivitySourceText(report.objectivityFrom, lang) },
    issues: report.issues.map((i) => ({ file: i.file, sheet: i.sheet, row: i.row, column: i.column, code: i.code, message: issueMessage(i, lang) })),
  };
}
