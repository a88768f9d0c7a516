/** ШНСУ in words: the reasons of a verdict, and the status cell of the tables. */
import { msg, type Lang } from '../../messages/index.js';
import type { ShnsuVerdict } from '../../rules/shnsu.js';
import { formatNumber } from '../format.js';

export function shnsuReasonTexts(verdict: ShnsuVerdict, lang: Lang): string[] {
  const s = msg().targets.shnsu;
  return verdict.reasons.map((r) =>
    r.source === 'column'
      ? s.reasonColumn(r.value)
      : s.reasonIsbsh({ value: formatNumber(r.value, lang, 3), threshold: formatNumber(r.threshold, lang, 3), below: r.below }),
  );
}

export function shnsuCell(verdict: ShnsuVerdict | undefined): string {
  const l = msg().labels;
  if (!verdict || verdict.shnsu === null) return msg().targets.shnsu.unknown;
  return verdict.shnsu ? l.yes : l.no;
}
