/** Texts of ШНСУ, the programme's target indicators and the facts workbook (English). */
import type { targetsRu } from './targets-ru.js';

const named = (ids: string[]) => (ids.length === 0 ? '' : ` (${ids.join(', ')})`);
const ofSchools = (part: string[], whole: string[]) => `at ${part.length} of ${whole.length} school${whole.length === 1 ? '' : 's'}${named(part)}`;
const leftOut = (why: string, ids: string[]) => (ids.length === 0 ? '' : `; left out, ${why}: ${ids.join(', ')}`);
const outsidePeriod = (p: { year: string; from: number; to: number }) =>
  `${p.year} is outside the programme's period (${p.from}–${p.to}): the fact is compared with the last plan it sets; check that the programme is in force this year.`;

export const targetsEn: typeof targetsRu = {
  title: (p) => `Programme target indicators, ${p.year}: ${p.programme}`,
  basis: (p) =>
    `ШНОР — the list in force in ${p.year} (made from the results of ${p.previous}); ШНСУ — from the school profile. Dynamics: ${p.previous} → ${p.year}`,
  columns: {
    id: 'No.', text: 'Indicator', kind: 'Kind', plan: 'Plan', fact: 'Fact', numerator: 'Numerator', denominator: 'Denominator',
    status: 'Status', note: 'Note', evidence: 'Evidence', planText: 'Programme criterion',
  },
  kind: { invariant: 'invariant (regional)', variative: 'variative (municipal)' },
  status: { met: 'met', notMet: 'not met', noData: 'no data' },
  yes: 'yes',
  no: 'no',
  outsidePeriod,
  issues: {
    'programme-outside-period': (p) => `target indicators: ${outsidePeriod({ year: `${Number(p.year) - 1}/${p.year}`, from: Number(p.from), to: Number(p.to) })}`,
  },
  noDataGroup: (p: { count: number; ids: string; note: string }) => `No data for ${p.count} indicators: ${p.ids}. ${p.note}`,
  summary: (p) => `Indicators: ${p.total}; met — ${p.met}, not met — ${p.notMet}, no data — ${p.noData}.`,
  notes: {
    noPlan: (year) => `The programme sets no plan for ${year}.`,
    emptyGroup: 'The group has no schools (no ШНОР by last year\'s results, no ШНСУ).',
    noFacts: 'No monitoring data (no facts workbook given): schools and the department report this indicator.',
    noFact: 'The facts workbook has no value.',
    results: (p) => `${p.procedures}: positive dynamics ${ofSchools(p.positive, p.counted)}${leftOut('without results in one of the two years', p.missing)}.`,
    noResults: (procedures) => `${procedures}: no school of the group has results in both years.`,
    schools: (p) =>
      p.counted.length === 0 ? `No school of the group answered${named(p.blank)}.` : `«yes» ${ofSchools(p.yes, p.counted)}${leftOut('unanswered', p.blank)}.`,
    teachers: (p) =>
      p.counted.length === 0
        ? `No school of the group has data${named(p.blank)}.`
        : `Sum over school${p.counted.length === 1 ? '' : 's'} ${p.counted.join(', ')}${leftOut('without data', p.blank)}.`,
    municipal: 'Stated by the education department.',
  },
  groups: { shnor: 'ШНОР', shnsu: 'ШНСУ', both: 'ШНОР and ШНСУ' },
  chartTitle: (year) => `Target indicators: plan and fact, ${year}`,
  chartPlan: 'Plan',
  chartFact: 'Fact',
  chartAxis: 'Share, %',
  shnsu: {
    column: 'ШНСУ',
    reasonColumn: (value) => `profile: column «ШНСУ» — ${value ? 'yes' : 'no'}`,
    reasonIsbsh: (p) => `ИСБШ ${p.value} ${p.below ? 'below' : 'not below'} the threshold set, ${p.threshold}`,
    thresholdUnset: 'No ИСБШ threshold (shnsu.isbshBelow) is set — no document gives one: ШНСУ are decided by the profile\'s «ШНСУ» column only.',
    thresholdUnsetInReport: 'No ИСБШ threshold is set — no document gives one: ШНСУ are decided by the «ШНСУ» column of the school profiles only.',
    noProfile: 'No school profile given: ШНСУ not determined.',
    summary: (p) => `ШНОР: ${p.shnor}; ШНСУ: ${p.shnsu}; both ШНОР and ШНСУ: ${p.both}.`,
    unknown: '—',
  },
  context: {
    heading: 'Social context of the ШНСУ (social passport, indicator 3.1)',
    isbsh: 'ИСБШ',
    failing: 'Failing, %',
    disabled: 'With disabilities, %',
    nonNative: 'Russian not native, %',
    social: 'In difficult social conditions, %',
    parentsHigher: 'Parents with higher education, %',
    parentsVocational: 'Parents with vocational education, %',
    reasons: 'Basis',
  },
  facts: {
    municipalSheet: 'Municipal indicators',
    schoolSheet: 'Schools',
    notesSheet: 'Notes',
    id: 'No.', text: 'Indicator', plan: 'Plan', value: 'Value (yes/no or %)', numerator: 'Numerator', denominator: 'Denominator',
    evidence: 'Document link', note: 'Note', schoolId: 'School id', schoolName: 'School name', group: 'Group',
    notes: [
      'Facts for the programme\'s target indicators (shnor targets --facts, shnor report --facts).',
      'The department fills «Municipal indicators»: yes/no in «Value», or for shares a numerator and denominator (or the share in %), and the document link.',
      '«Schools» has a row per ШНОР and ШНСУ: yes/no or a number in each column. A blank cell is no data (the school is left out), not «no».',
      'Teacher shares are the sum of the schools\' numerators over the sum of their denominators.',
    ],
  },
};
