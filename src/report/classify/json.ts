/**
 * The JSON contract (issue #2): exactly year, method, noFailingData, schools[{schoolId, schoolName,
 * municipality, flagged, noFailingData, criteria, lowResults[{year, procedure, participants, failed,
 * failShare}], meanOnly[{year, procedure, participants, meanScore}], notes, branches}],
 * issues[{file, sheet, row, column, code, message}]; branches are the ids of the branches summed
 * into a legal entity's results (issue #8), [] for most schools. noFailingData: no result (of the
 * run, or of the school in Y) carries a share of «2» — only mean scores; meanOnly lists a school's
 * results of Y and Y−1 without a share of «2» (issue 17). With a profile (issue 21): officialLists,
 * the lists it puts the school on ('federal', 'regional', 'project500'; [] none; null when it says
 * nothing), listDisagreement ('listed-not-flagged', 'flagged-not-listed' or null) and listNote,
 * the sentence; all three null without a profile.
 */
import type { Lang } from '../../messages/index.js';
import { hasShare, type ResultAssessment } from '../../rules/fioko.js';
import type { ShnsuVerdict } from '../../rules/shnsu.js';
import { shnsuReasonTexts } from './shnsu.js';
import type { ClassifyReport } from './report.js';
import { explainVerdict } from './explain.js';
import { issueMessage } from '../issue-text.js';
import { standingText } from '../official-lists.js';

export function classifyJson(report: ClassifyReport, lang: Lang) {
  const { year, method, schools } = report.classification;
  return {
    year,
    method: {
      threshold: method.threshold,
      sameProcedure: method.sameProcedure,
      procedures: method.procedures,
      minParticipants: method.minParticipants,
      shnsu: report.shnsu?.note ?? null,
    },
    noFailingData: report.classification.noFailingData,
    schools: schools.map((s) => ({
      schoolId: s.schoolId,
      schoolName: s.schoolName,
      municipality: s.municipality,
      flagged: s.flagged,
      noFailingData: s.noFailingData,
      criteria: s.criteria,
      lowResults: s.lowResults.map(lowResult),
      meanOnly: s.results.filter((r) => !hasShare(r)).map((r) => ({ year: r.year, procedure: r.procedure, participants: r.participants, meanScore: r.meanScore })),
      shnsu: report.shnsu?.verdicts.get(s.schoolId)?.shnsu ?? null,
      shnsuReasons: shnsuJson(report.shnsu?.verdicts.get(s.schoolId), lang),
      officialLists: report.lists?.get(s.schoolId)?.lists ?? null,
      listDisagreement: report.lists?.get(s.schoolId)?.disagreement ?? null,
      listNote: standingText(report.lists?.get(s.schoolId), year, lang),
      notes: explainVerdict(s, year, method.threshold, lang),
      branches: s.branches,
    })),
    issues: report.issues.map((i) => ({
      file: i.file, sheet: i.sheet, row: i.row, column: i.column, code: i.code, message: issueMessage(i, lang),
    })),
  };
}

function shnsuJson(verdict: ShnsuVerdict | undefined, lang: Lang) {
  if (!verdict) return [];
  const texts = shnsuReasonTexts(verdict, lang);
  return verdict.reasons.map((reason, i) => ({ ...reason, text: texts[i] }));
}

function lowResult(r: ResultAssessment) {
  return { year: r.year, procedure: r.procedure, participants: r.participants, failed: r.failed, failShare: r.failShare };
}
