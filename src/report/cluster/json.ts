/**
 * cluster's JSON (issue #4): { year, profileGiven, schools: [{ schoolId, schoolName, cluster: 1 | 2 |
 * 3 | null, label, reasons: [sentence], rules: [rule id], officialLists, listDisagreement }], issues }; null
 * is stable, in no cluster. officialLists: the lists of the profile the school is on ('federal',
 * 'regional', 'project500'; [] none; null when the profile says nothing); listDisagreement:
 * 'listed-not-flagged', 'flagged-not-listed' or null (issue 21).
 */
import type { Lang } from '../../messages/index.js';
import { issueMessage } from '../issue-text.js';
import { clusterLabel, reasonTexts, type ClusterReport } from './report.js';

export function clusterJson(report: ClusterReport, lang: Lang) {
  const { year, schools } = report.analysis;
  return {
    year,
    profileGiven: report.profileGiven,
    schools: schools.map((s) => ({
      schoolId: s.schoolId,
      schoolName: s.schoolName,
      cluster: s.cluster,
      label: clusterLabel(s.cluster, lang),
      reasons: reasonTexts(s, year, lang, report.analysis.lists),
      rules: s.reasons.map((r) => r.rule),
      officialLists: report.analysis.lists.get(s.schoolId)?.lists ?? null,
      listDisagreement: report.analysis.lists.get(s.schoolId)?.disagreement ?? null,
    })),
    issues: report.issues.map((i) => ({ file: i.file, sheet: i.sheet, row: i.row, column: i.column, code: i.code, message: issueMessage(i, lang) })),
  };
}
