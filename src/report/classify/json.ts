/**
 * The JSON contract (issue #2): exactly year, method, schools[{schoolId, schoolName,
 * municipality, flagged, criteria, lowResults[{year, procedure, participants, failed,
 * failShare}], notes, branches}], issues[{file, sheet, row, column, code, message}]; branches
 * are the ids of the branches summed into a legal entity's results (issue #8), [] for most schools.
 */
import type { Lang } from '../../messages/index.js';
import type { ResultAssessment } from '../../rules/fioko.js';
import type { ShnsuVerdict } from '../../rules/shnsu.js';
import { shnsuReasonTexts } from './shnsu.js';
import type { ClassifyReport } from './report.js';
import { explainVerdict } from './explain.js';
import { issueMessage } from '../issue-text.js';

export function renderJson(report: ClassifyReport, lang: Lang): string {
  const { year, method, schools } = report.classification;
  const document = {
    year,
    method: {
      threshold: method.threshold,
      sameProcedure: method.sameProcedure,
      procedures: method.procedures,
      minParticipants: method.minParticipants,
      shnsu: report.shnsu?.note ?? null,
    },
    schools: schools.map((s) => ({
      schoolId: s.schoolId,
      schoolName: s.schoolName,
      municipality: s.municipality,
      flagged: s.flagged,
      criteria: s.criteria,
      lowResults: s.lowResults.map(lowResult),
      shnsu: report.shnsu?.verdicts.get(s.schoolId)?.shnsu ?? null,
      shnsuReasons: shnsuJson(report.shnsu?.verdicts.get(s.schoolId), lang),
      notes: explainVerdict(s, year, method.threshold, lang),
      branches: s.branches,
    })),
    issues: report.issues.map((i) => ({
      file: i.file, sheet: i.sheet, row: i.row, column: i.column, code: i.code, message: issueMessage(i),
    })),
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}

function shnsuJson(verdict: ShnsuVerdict | undefined, lang: Lang) {
  if (!verdict) return [];
  const texts = shnsuReasonTexts(verdict, lang);
  return verdict.reasons.map((reason, i) => ({ ...reason, text: texts[i] }));
}

function lowResult(r: ResultAssessment) {
  return { year: r.year, procedure: r.procedure, participants: r.participants, failed: r.failed, failShare: r.failShare };
}
