/** Why the FIOKO rule does not flag a school, in words with the values: a draft's extra school (check), a school on an official list. */
import { messagesOf, type Lang } from '../messages/index.js';
import type { ExtraReason } from '../rules/check.js';
import type { ResultAssessment } from '../rules/fioko.js';
import { describeResult } from './classify/explain.js';
import { formatPercent } from './format.js';

const results = (list: ResultAssessment[], lang: Lang) => list.map((r) => describeResult(r, lang)).join('; ');

export function notFlaggedText(r: ExtraReason, year: number, lang: Lang): string {
  const t = messagesOf(lang);
  const c = t.check.reasons;
  const y = t.labels.schoolYear(year);
  const py = t.labels.schoolYear(year - 1);
  const parts: string[] = [];
  if (r.code === 'no-results') {
    parts.push(c.noResults({ year: y }));
  } else if (r.code === 'no-failing-data') {
    parts.push(c.noFailingData({ year: y }));
  } else if (r.code === 'one-low') {
    parts.push(c.oneLow({ result: describeResult(r.low, lang) }));
    if (r.previous.length === 0) parts.push(c.previousNone({ year: py }));
    else if (r.sameProcedure && !r.previous.some((p) => p.procedure === r.low.procedure)) parts.push(c.previousOther({ year: py, results: results(r.previous, lang) }));
    else parts.push(c.previousLow({ year: py, results: results(r.previous, lang) }));
  } else {
    parts.push(c.noLow({ year: y }));
    if (r.closest) parts.push(c.closest({ result: describeResult(r.closest, lang), threshold: formatPercent(r.threshold, lang) }));
  }
  return parts.join('; ');
}
