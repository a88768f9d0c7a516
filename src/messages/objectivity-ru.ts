/** Texts of `shnor objectivity` (journal comparison, score distribution, signs), Russian. */
import type { ErrorTexts } from '../errors.js';

type P = Record<string, string | number>;

export const objectivityRu = {
  errors: {
    'no-pupil-marks-header': () =>
      'не найдена строка заголовка выгрузки ФИС ОКО по ученикам с отметкой по журналу: нужны столбцы школы (логин школы), «всего баллов», ' +
      'баллов за задания и «отметка за предыдущую четверть/триместр»',
  } satisfies Partial<ErrorTexts>,
  issues: {
    'bad-journal-mark': (p: P) => `отметка по журналу «${p.value}» — не 2–5 и не «нет отметки»: ученик учтён как не имеющий отметки по журналу`,
  },
  title: (p: { work: string }) => `Объективность результатов: ${p.work}`,
  basis: (p: P) =>
    `Выгрузка ФИС ОКО по ученикам: участников с первичным баллом — ${p.scored}, из них с отметкой по журналу за предыдущую четверть (триместр) — ${p.compared}, ` +
    `без отметки — ${p.noJournal} (учтены отдельно). Отметка ВПР — по шкале перевода ${p.year} г.: «3» от ${p.min3}, «4» от ${p.min4}, «5» от ${p.min5} первичных баллов (максимум ${p.max}). ` +
    `Регион — все ученики этой работы во входных файлах (школ: ${p.schools}).`,
  caution: (p: P) =>
    `Признаки — повод проверить, не вывод о необъективности. Признак отмечен, когда доля школы (класса) выше доли региона и односторонний биномиальный критерий даёт p < ${p.alpha} ` +
    `при не менее чем ${p.min} учениках (правило shnor).`,
  journalHeading: 'Сравнение отметок ВПР с отметками по журналу',
  distributionHeading: 'Распределение первичных баллов',
  signsHeading: 'Признаки для проверки',
  noSigns: 'Признаков не найдено.',
  chance: (p: P) =>
    `Проверено школ: «повысили» — ${p.raised}, граница «3» — ${p.spike}. При p < 0,05 примерно каждая двадцатая школа получает признак ` +
    `и случайно: около ${p.expectedRaised} и ${p.expectedSpike}; найдено школ с признаком — ${p.foundRaised} и ${p.foundSpike}. ` +
    'Поэтому признак — повод посмотреть на школу, а не основание для вывода. Школа со слабыми результатами и без того чаще набирает баллы у границы «3».',
  journalSheet: 'Сравнение с журналом',
  distributionSheet: 'Распределение баллов',
  signsSheet: 'Признаки',
  histogramSheet: 'Баллы по школам',
  atBoundaryAny: 'У границы «3»',
  region: 'Регион',
  municipality: 'Муниципалитет',
  class: 'Класс',
  noClass: 'класс не указан',
  compared: 'С отметкой по журналу',
  lowered: 'Понизили',
  confirmed: 'Подтвердили',
  raised: 'Повысили',
  interval: '95% интервал',
  noJournal: 'Нет отметки',
  scored: 'С баллом',
  atBoundary: (p: P) => `У границы «3» (${p.from}–${p.to} б.)`,
  atBoundaryPct: 'Доля у границы',
  regionAtBoundary: 'Регион у границы',
  score: (s: number) => `${s} б.`,
  boundaries: (p: P) => `Границы: «3» от ${p.min3}, «4» от ${p.min4}, «5» от ${p.min5}`,
  where: 'Школа, класс',
  sign: 'Признак',
  figures: 'Числа и критерий',
  signs: {
    'raised-above-region': 'повысили заметно больше, чем по региону',
    'boundary-spike': 'всплеск у границы отметки «3»',
  } as Record<string, string>,
  signFigures: {
    'raised-above-region': (p: P) =>
      `повысили ${p.raised} из ${p.compared} (${p.pct}) при ${p.regionPct} по региону; односторонний биномиальный критерий, p ${p.p}`,
    'boundary-spike': (p: P) =>
      `${p.count} из ${p.scored} (${p.pct}) набрали ${p.from}–${p.to} первичных баллов (граница «3» и балл выше) при ${p.regionPct} по региону; ` +
      `односторонний биномиальный критерий, p ${p.p}`,
  } as Record<string, (p: P) => string>,
  qualityHeading: 'Успеваемость и качество знаний',
  qualityBasis: 'Успеваемость — доля «3», «4» и «5», качество знаний — доля «4» и «5» среди участников с первичным баллом; отметка — по шкале перевода.',
  qualitySheet: 'Успеваемость и качество',
  success: 'Успеваемость, %',
  quality: 'Качество знаний, %',
  signsColumn: 'Признаки',
};
