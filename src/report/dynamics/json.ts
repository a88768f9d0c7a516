/**
 * dynamics' JSON (issue #4): { year, years, method, reference, schools: [{ schoolId, schoolName,
 * procedures: [{ procedure, years: [{ year, participants, failed, failShare, ci, low, meanScore,
 * districtMean, districtSource, meanRatio, ratio52, sample, success, quality,
 * municipalitySuccess, municipalityQuality }], changes: [{ from, to, deltaPp,
 * direction, because, significant, pValue, counts, meanD }], negativeRun }], overall: { direction, year,
 * positive, negative, notSignificant, heldBack, noResultsIn } }], list: { from, to, entered, left, noResults, stayed, persistent }, targets, issues }.
 * `counts`: whether verdicts take the change's direction (false when significance is required and it
 * is not significant); notSignificant / heldBack: the changes into Y counted though not significant /
 * left out for want of significance, each { procedure, from, to, deltaPp, pValue }.
 * list.noResults: on the list of Y−1, no result in Y — not among those who left.
 */
import type { Change, ProcedureDynamics, YearPoint } from '../../rules/dynamics.js';
import { issueMessage } from '../issue-text.js';
import type { DynamicsReport } from './report.js';
import { targetJson } from '../targets/report.js';
import type { Lang } from '../../messages/index.js';

export function dynamicsJson(report: DynamicsReport, lang: Lang) {
  const { analysis, method } = report;
  return {
    year: analysis.year,
    years: report.years,
    method: {
      threshold: method.threshold, procedures: method.procedures, marginPp: method.marginPp, alpha: method.alpha,
      requireSignificance: method.requireSignificance, limitedBelow: method.limitedBelow, informativeFrom: method.informativeFrom,
    },
    reference: report.referenceLevels,
    schools: analysis.schools.map((s) => ({
      schoolId: s.schoolId,
      schoolName: s.schoolName,
      procedures: s.procedures.map(procedureJson),
      overall: {
        direction: s.overall.direction, year: s.overall.year, positive: s.overall.positive, negative: s.overall.negative,
        notSignificant: s.overall.notSignificant, heldBack: s.overall.heldBack, noResultsIn: s.overall.noResultsIn,
      },
    })),
    list: analysis.list,
    targets: analysis.targets.map((t) => targetJson(t, analysis.year, lang)),
    issues: report.issues.map((i) => ({ file: i.file, sheet: i.sheet, row: i.row, column: i.column, code: i.code, message: issueMessage(i, lang) })),
  };
}

function procedureJson(p: ProcedureDynamics) {
  return { procedure: p.procedure, years: p.years.map(yearJson), changes: p.changes.map(changeJson), negativeRun: p.negativeRun };
}

function yearJson(y: YearPoint) {
  return {
    year: y.year, participants: y.participants, failed: y.failed, failShare: y.failShare, ci: y.ci, low: y.low,
    meanScore: y.meanScore, districtMean: y.districtMean, districtSource: y.districtSource, meanRatio: y.meanRatio,
    ratio52: y.ratio52, sample: y.sample,
    success: y.success, quality: y.quality, municipalitySuccess: y.municipalitySuccess, municipalityQuality: y.municipalityQuality,
    regionSuccess: y.regionSuccess, regionQuality: y.regionQuality,
  };
}

function changeJson(c: Change) {
  return {
    from: c.from, to: c.to, deltaPp: c.deltaPp, direction: c.direction, because: c.because,
    significant: c.significant, pValue: c.pValue, counts: c.counts, meanD: c.meanD,
  };
}
