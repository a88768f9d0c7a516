/**
 * check's JSON contract: exactly year, missing[{schoolId, criteria, lowResults[{year, procedure,
 * participants, failed, failShare}]}], extra[{schoolId, reason}], absent[{entry, reason}],
 * dataChecks[{code, level, schoolId, procedure, year, message}]; with --profile (issue 21)
 * listDisagreements[{schoolId, lists, disagreement, message}] — a school on an official list the
 * rule does not flag, or flagged and on none — else []; objectivitySource (issue 22) { source (list |
 * computed), file (the list's, else null), text } — where the objectivity warnings come from besides
 * the results' own signs — or null.
 */
import type { Lang } from '../../messages/index.js';
import type { ResultAssessment } from '../../rules/fioko.js';
import { objectivitySourceText } from '../objectivity-source.js';
import { standingText } from '../official-lists.js';
import { absentText, checkMessage, entryText, extraText, listDisagreements, type CheckReport } from './report.js';

export function checkJson(report: CheckReport, lang: Lang) {
  const cmp = report.comparison;
  return {
    year: report.year,
    missing: (cmp?.missing ?? []).map((s) => ({ schoolId: s.schoolId, criteria: s.criteria, lowResults: s.lowResults.map(lowResult) })),
    extra: (cmp?.extra ?? []).map((s) => ({ schoolId: s.schoolId, reason: extraText(s, report.year, lang) })),
    absent: (cmp?.absent ?? []).map((a) => ({ entry: entryText(a.entry), reason: absentText(a, lang) })),
    dataChecks: report.dataChecks.map((d) => ({
      code: d.code, level: d.level, schoolId: d.schoolId, procedure: d.procedure, year: d.year, message: checkMessage(d, lang),
    })),
    listDisagreements: listDisagreements(report).map((s) => ({
      schoolId: s.schoolId, lists: s.lists, disagreement: s.disagreement, message: standingText(s, report.year, lang),
    })),
    objectivitySource: report.objectivityFrom && { ...report.objectivityFrom, text: objectivitySourceText(report.objectivityFrom, lang) },
  };
}

function lowResult(r: ResultAssessment) {
  return { year: r.year, procedure: r.procedure, participants: r.participants, failed: r.failed, failShare: r.failShare };
}
