/** Texts about a region's per-school ЕГЭ form (issue 17), English; mirrors ege-form-ru.ts. */
import type { EgeFormMessages } from './ege-form-ru.js';

type P = Record<string, string | number>;

const FROM: Record<string, string> = { sheet: 'the sheet name', title: 'the title row', header: 'the table header', flag: '--year' };
const ELSEWHERE: Record<string, string> = { sheet: 'the sheet name', title: 'the title row', header: 'the table header' };
const REASONS: Record<string, string> = {
  'names-region': 'it names the krai, oblast or region',
  'total-word': 'an «Итого» / «Всего» row',
  'no-school': 'a municipality without a school',
  'repeats-municipality': 'the school cell repeats the municipality',
  'first-row': 'an unnamed «Итого» as the first row of the table',
  'last-row': 'an unnamed «Итого» as the last row of the table',
  'after-schools': "an unnamed «Итого» after a municipality's schools",
};

export const egeFormEn: EgeFormMessages = {
  issues: {
    'not-results-sheet': () => 'applications to sit the ЕГЭ, not results — sheet not used',
    'year-conflict': (p: P) => `year ${p.year} taken from ${FROM[p.from]}; ${ELSEWHERE[p.otherFrom]} says ${p.other} — not used`,
    'oral-columns-ignored': (p: P) =>
      `oral-part columns (${p.columns}) are not a result of their own: the written and oral parts of a foreign-language exam give one score, in the subject's columns; not used`,
    'total-as-reference': (p: P) =>
      `«${p.value}» is ${p.level === 'region' ? "the region's total" : p.municipality === p.value ? "a municipality's total" : `the total of municipality «${p.municipality}»`} (${REASONS[p.reason]}), not a school: taken as a reference value`,
    'total-mean-mismatch': (p: P) =>
      `the total row's mean ${p.given} differs from its schools' participant-weighted mean (${p.computed}) by more than a tenth; not used as a reference value`,
    'high-count-inconsistent': (p: P) =>
      `${p.high} high scorers (80–100 points) with ${p.participants} participants${p.mean === undefined ? '' : ` and a mean of ${p.mean}`} cannot be; that count is left out, the rest is used`,
    'value-without-participants': (p: P) => `${p.value} with no (zero) participants cannot be; subject left out`,
    'mean-out-of-range': (p: P) => `mean ${p.value} outside the scale ${p.min}–${p.max}; subject left out`,
    'missing-ege-metrics': (p: P) =>
      p.scope === 'sheet'
        ? 'no metric row under the subjects («приняло участие», «не преодолен min порог», «средний балл»); sheet not read'
        : 'no «приняло участие» and «не преодолен min порог» columns under the subject; subject not read',
  },
};
