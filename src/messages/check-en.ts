/** Texts of `shnor check` (English); the shape of check-ru.ts. */
import type { CheckMessages } from './check-ru.js';
import { markersEn } from './markers-en.js';
import { objectivityFlagEn } from './objectivity-flag-en.js';

type P = Record<string, string | number>;

export const checkEn: CheckMessages = {
  listOption: 'the draft ШНОР list (.xlsx/.csv): a "Код ОО" / "логин" column and/or a "Наименование ОО" / "школа" column',
  journalOption: 'the ФИС ОКО export "Сравнение отметок с отметками по журналу" (.xlsx/.csv): a sign of non-objective results — the "Повысили" share',
  title: (year) => `Draft ШНОР list check, ${year}`,
  titleData: (year) => `Data check, ${year}`,
  draftFile: (file, count) => `Draft list: ${file} (${count} entries).`,
  sections: {
    missing: 'Missing from the draft',
    extra: 'Extra in the draft',
    absent: 'Not in the data',
    nameMatches: 'Matched by name — please confirm',
    branchMatches: 'Branches named — the list is made per legal entity, name it instead',
    dataChecks: 'Data checks',
  },
  none: 'none',
  verdictOk: 'The draft list matches the FIOKO rule.',
  verdictBad: (p: P) => `The draft differs from the FIOKO rule: missing ${p.missing}, extra ${p.extra}, not in the data ${p.absent}.`,
  checksSummary: (p: P) => `Data checks: ${p.errors} errors, ${p.warnings} warnings.`,
  missing: (p) => `criterion ${p.criteria}; low results: ${p.results}`,
  reasons: {
    noResults: (p) => `no results in ${p.year}`,
    noFailingData: (p) => `only mean scores in ${p.year}, no share of «2»: the rule cannot check it`,
    oneLow: (p) => `one low result: ${p.result}`,
    noLow: (p) => `no low results in ${p.year}`,
    closest: (p) => `closest: ${p.result} against the threshold ${p.threshold}`,
    previousNone: (p) => `no low results in ${p.year}`,
    previousLow: (p) => `low in ${p.year}: ${p.results}`,
    previousOther: (p) => `low in ${p.year} only in other procedures (${p.results}), while the same procedure is required`,
    notCounted: (p) => `not counted for too few participants: ${p.results}`,
    byName: (p) => `matched by the name "${p.entry}"`,
    byBranch: (p) => `the draft names its branch ${p.branch} ("${p.entry}")`,
    notFound: 'found neither by id nor by name',
    ambiguous: (p) => `the name fits several schools: ${p.candidates}`,
    nameMatch: (p) => `"${p.entry}" → ${p.school} (${p.flagged})`,
    branchMatch: (p) => `"${p.entry}" is branch ${p.branch} of the legal entity ${p.school} (${p.flagged}): the list names the legal entity, its results summed with the branches'`,
    inList: 'on the list by the rule',
    notInList: 'not on the list by the rule',
  },
  levels: { error: 'error', warning: 'warning' },
  kinds: { missing: 'missing', extra: 'extra', absent: 'not in data', nameMatch: 'by name', branchMatch: 'branch', dataCheck: 'data check' },
  checks: {
    'input-error': (p) => `input error: ${p.text}`,
    'procedure-missing-in-year': (p) => `no results at all in ${p.year}, though the procedure was held in ${p.previousYear}`,
    'results-missing-in-year': (p) => `no result in ${p.year}, though there was one in ${p.previousYear}`,
    'participants-change': (p) => `${p.participants} participants against ${p.previous} in ${p.previousYear}: a change of more than ${p.limit}%`,
    'small-sample-decides': (p) => `a low result (${p.share}) with ${p.participants} participants (under ${p.limit}) puts the school on the list`,
    'objectivity-no-twos-many-fives': (p) =>
      `sign of non-objective results (review): no «2» at all, share of «5» ${p.share5} against ${p.district5} in the district (+${p.pp} pp or more)`,
    'objectivity-vpr-oge': (p) =>
      `sign of non-objective results (review): ВПР «2» share ${p.vprShare} (under ${p.vprLow}) while ${p.ogeProcedure} has ${p.ogeShare} «2»`,
    'objectivity-swing': (p) =>
      `sign of non-objective results (review): ${p.shareLabel} ${p.previousShare} in ${p.previousYear} → ${p.share} in ${p.year} ` +
      `(${p.change} pp: ${p.previousFailed} of ${p.previousParticipants} → ${p.failed} of ${p.participants}; two-proportion z-test, p ${p.pValue})`,
    'journal-raised': (p) =>
      `sign of non-objective results (review, not a verdict): ${p.work} — "Повысили" (work mark above the journal mark) ${p.share}, threshold ${p.threshold}`,
    ...markersEn.checks,
    ...objectivityFlagEn.checks,
  },
  columns: {
    kind: 'Section',
    schoolId: 'School id',
    school: 'School / draft entry',
    procedure: 'Procedure',
    year: 'Year',
    level: 'Level',
    code: 'Code',
    details: 'Details',
    entry: 'Draft entry',
    row: 'Row',
  },
  sheet: 'Check',
};
