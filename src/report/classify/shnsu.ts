/** ШНСУ in words: the reasons of a verdict, and the status cell of the tables. */
import { messagesOf, type Lang } from '../../messages/index.js';
import type { ShnsuVerdict } from '../../rules/shnsu.js';
import { formatNumber } from '../format.js';

export function shnsuReasonTexts(verdict: ShnsuVerdict, lang: Lang): string[] {
  const t = messagesOf(lang);
  const s = t.targets.shnsu;
  return verdict.reasons.map((r) =>
    r.source === 'column'
      ? s.reasonColumn(r.value)
      : s.reasonIsbsh({ value: formatNumber(r.value, lang, 3), threshold: formatNumber(r.threshold, lang, 3), below: r.below }),
  );
}

export function shnsuCell(verdict: ShnsuVerdict | undefined, lang: Lang): string {
  const t = messagesOf(lang);
  const l = t.labels;
  if (!verdict || verdict.shnsu === null) return t.targets.shnsu.unknown;
  return verdict.shnsu ? l.yes : l.no;
}
