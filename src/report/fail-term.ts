/**
 * How a failing share is named for its procedure: «2» for ВПР, ОГЭ, КДР and ЕГЭ базовая математика,
 * «не преодолели минимальный порог» for a 100-point ЕГЭ subject — which has scores, not marks.
 */
import { messagesOf, type Lang } from '../messages/index.js';
import { isScoreBased } from '../model/min-scores.js';

/** A column or axis: «Доля «2»» / «Доля не преодолевших минимальный порог». */
export function failShareLabel(procedure: string, lang: Lang): string {
  const l = messagesOf(lang).labels;
  return isScoreBased(procedure) ? l.belowMinShare : l.failShare;
}

/** A column over several procedures: «Доля «2»» when none is a 100-point ЕГЭ, the ЕГЭ wording when all are, else both. */
export function failShareLabelOf(procedures: string[], lang: Lang): string {
  const l = messagesOf(lang).labels;
  const scored = procedures.filter(isScoreBased).length;
  return scored === 0 ? l.failShare : scored === procedures.length ? l.belowMinShare : l.anyFailShare;
}

/** A value: «40% «2»» / «40% не преодолели минимальный порог»; `share` already formatted. */
export function failValueText(share: string, procedure: string, lang: Lang): string {
  const l = messagesOf(lang).labels;
  return isScoreBased(procedure) ? l.belowMinValue(share) : l.failValue(share);
}
