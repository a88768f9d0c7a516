/** Texts about where the objectivity flag (1.18, `check`) comes from — the list, the profile, the computed signs — Russian. */
import type { ErrorTexts } from '../errors.js';
import { objectivityRu } from './objectivity-ru.js';

type P = Record<string, string | number>;

const schoolYear = (year: string | number) => `${Number(year) - 1}/${year} уч. г.`;
const computed = (p: P) => `по расчёту по работам участников ${schoolYear(p.year!)}`;

/** The figures as `objectivity` gives them briefly: «повысили 11 из 24 (45,8%) при 4,6% по региону, p = 2,8·10⁻⁹; у границы «3» …». */
const signsText = (p: P) =>
  [
    p.raisedPct === undefined ? null
      : objectivityRu.signBrief['raised-above-region']!({ raised: p.raised!, compared: p.compared!, pct: p.raisedPct, regionPct: p.raisedRegionPct!, against: p.against!, p: `= ${p.raisedP}` }),
    p.spikePct === undefined ? null
      : objectivityRu.signBrief['boundary-spike']!({ from: p.from!, to: p.to!, count: p.spike!, scored: p.scored!, pct: p.spikePct, regionPct: p.spikeRegionPct!, against: p.against!, p: `= ${p.spikeP}` }),
  ].filter((x) => x !== null).join('; ');

export const objectivityFlagRu = {
  errors: {
    'objectivity-list-without-markers': () =>
      'признаки необъективности по официальному списку (--objectivity-from list) — нужен и сам список: укажите файл в --markers',
    'objectivity-no-pupil-marks': (p) =>
      `признаки необъективности по расчёту (--objectivity-from computed) считаются по выгрузкам ФИС ОКО по ученикам с отметкой по журналу ` +
      `(столбец «отметка за предыдущую четверть/триместр»), а среди входных файлов такой нет: ${p.inputs}`,
  } satisfies Pick<ErrorTexts, 'objectivity-list-without-markers' | 'objectivity-no-pupil-marks'>,
  help:
    'откуда брать признаки необъективности (показатель 1.18, проверка): list — официальный список (--markers), profile — профиль школ, ' +
    'computed — признаки, рассчитанные по выгрузкам ФИС ОКО по ученикам среди входных файлов; по умолчанию list, если указан --markers, иначе profile',
  /** «Признаки необъективности: по официальному списку (markers.xlsx).» — said once by score and check. */
  source: {
    list: (file: string) => `по официальному списку (${file})`,
    profile: 'по профилю школ',
    computed: 'по расчёту по работам участников (ФИС ОКО)',
  },
  sourceLine: (source: string) => `Признаки необъективности: ${source}.`,
  /** recommend, when a measure rests on indicator 1.18. */
  measuresLine: (source: string) => `Меры по показателю 1.18 (признаки необъективности результатов ВПР): признаки — ${source}.`,
  scoreNotes: {
    'computed-signs': (p: P) => `${computed(p)}: ${p.procedure} — ${signsText(p)}`,
    'computed-no-signs': (p: P) => `${computed(p)}: признаков нет (${p.procedures})`,
    'computed-untested': (p: P) =>
      `${computed(p)}: признаки не проверялись — в каждой работе (${p.procedures}) меньше ${p.min} участников; считается, что признаков нет`,
    'computed-no-results': (p: P) => `результатов по работам участников за ${schoolYear(p.year!)} нет — по профилю`,
    'computed-profile-differs': (p: P) => `в профиле «Признаки необъективности ВПР» — ${p.value}; учтён расчёт`,
  },
  checks: {
    'objectivity-computed': (p: P) => `признак необъективности (проверить, это не вывод): по расчёту по работам участников — ${signsText(p)}`,
  },
  /** The data check's short name where a list's row names the signs the data show. */
  sign: 'признаки по работам участников',
};

export type ObjectivityFlagMessages = typeof objectivityFlagRu;
