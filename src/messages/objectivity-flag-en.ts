/** Texts about where the objectivity flag (1.18, `check`) comes from — the list, the profile, the computed signs — English. */
import type { ObjectivityFlagMessages } from './objectivity-flag-ru.js';
import { objectivityEn } from './objectivity-en.js';

type P = Record<string, string | number>;

const schoolYear = (year: string | number) => `${Number(year) - 1}/${year}`;
const computed = (p: P) => `computed from the pupils' works of ${schoolYear(p.year!)}`;

const signsText = (p: P) =>
  [
    p.raisedPct === undefined ? null
      : objectivityEn.signBrief['raised-above-region']!({ raised: p.raised!, compared: p.compared!, pct: p.raisedPct, regionPct: p.raisedRegionPct!, against: p.against!, p: `= ${p.raisedP}` }),
    p.spikePct === undefined ? null
      : objectivityEn.signBrief['boundary-spike']!({ from: p.from!, to: p.to!, count: p.spike!, scored: p.scored!, pct: p.spikePct, regionPct: p.spikeRegionPct!, against: p.against!, p: `= ${p.spikeP}` }),
  ].filter((x) => x !== null).join('; ');

export const objectivityFlagEn: ObjectivityFlagMessages = {
  errors: {
    'objectivity-list-without-markers': () =>
      'signs of non-objectivity from the official list (--objectivity-from list) need the list itself: give its file with --markers',
    'objectivity-no-pupil-marks': (p) =>
      'signs of non-objectivity computed (--objectivity-from computed) come from ФИС ОКО per-pupil exports with the journal mark ' +
      `(a column «отметка за предыдущую четверть/триместр»), and no input file is one: ${p.inputs}`,
  },
  help:
    'where the signs of non-objectivity come from (indicator 1.18, check): list — the official list (--markers), profile — the school profile, ' +
    'computed — the signs computed from the ФИС ОКО per-pupil exports among the inputs; default list when --markers is given, else profile',
  source: {
    list: (file: string) => `from the official list (${file})`,
    profile: 'from the school profile',
    computed: 'computed from the pupils\' works (ФИС ОКО)',
  },
  sourceLine: (source: string) => `Signs of non-objectivity: ${source}.`,
  measuresLine: (source: string) => `The measures on indicator 1.18 (signs of non-objective ВПР results): the signs are ${source}.`,
  scoreNotes: {
    'computed-signs': (p: P) => `${computed(p)}: ${p.procedure} — ${signsText(p)}`,
    'computed-no-signs': (p: P) => `${computed(p)}: no signs (${p.procedures})`,
    'computed-untested': (p: P) =>
      `${computed(p)}: no sign tested — fewer than ${p.min} pupils in every work (${p.procedures}); taken as no signs`,
    'computed-no-results': (p: P) => `no per-pupil results of ${schoolYear(p.year!)} — from the profile`,
    'computed-profile-differs': (p: P) => `the profile's «Признаки необъективности ВПР» says ${p.value}; the computed signs are used`,
  },
  checks: {
    'objectivity-computed': (p: P) => `a sign of non-objectivity (to check, not a verdict): computed from the pupils' works — ${signsText(p)}`,
  },
  sign: 'signs from the pupils\' works',
};
