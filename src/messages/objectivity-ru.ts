/** Texts of `shnor objectivity` (journal comparison, score distribution, signs), Russian. */
import type { ErrorTexts } from '../errors.js';
import { plural } from './plural.js';

type P = Record<string, string | number>;

export const objectivityRu = {
  errors: {
    'no-pupil-marks-header': () =>
      'не найдена строка заголовка выгрузки ФИС ОКО по ученикам с отметкой по журналу: нужны столбцы школы (логин школы), «всего баллов», ' +
      'баллов за задания и «отметка за предыдущую четверть/триместр»',
  } satisfies Partial<ErrorTexts>,
  issues: {
    'bad-journal-mark': (p: P) => `отметка по журналу «${p.value}» — не 2–5 и не «нет отметки»: ученик учтён как не имеющий отметки по журналу`,
    'not-pupil-marks': () => 'не выгрузка ФИС ОКО по ученикам с отметкой по журналу: файл не использован в разделе об объективности',
    'no-oge-results': (p: P) =>
      `не выгрузка по ученикам; прочитан как таблица результатов, но результатов ОГЭ за ${p.years} уч. г. в нём нет — сравнивать ВПР не с чем, файл не использован`,
  },
  title: (p: { work: string }) => `Объективность результатов: ${p.work}`,
  basis: (p: P) =>
    `Выгрузка ФИС ОКО по ученикам: участников с первичным баллом — ${p.scored}, из них с отметкой по журналу за предыдущую четверть (триместр) — ${p.compared}, ` +
    `без отметки — ${p.noJournal} (учтены отдельно). Отметка ВПР — по шкале перевода ${p.year} г.: «3» от ${p.min3}, «4» от ${p.min4}, «5» от ${p.min5} первичных баллов (максимум ${p.max}; шкала: ${p.scaleSource}). ` +
    `${p.reference}`,
  caution: (p: P) =>
    `Признаки — повод проверить, не вывод о необъективности. Признак отмечен, когда доля школы (класса) выше доли ${p.against} и односторонний биномиальный критерий даёт p < ${p.alpha} ` +
    `при не менее чем ${p.min} учениках (правило shnor).`,
  journalHeading: 'Сравнение отметок ВПР с отметками по журналу',
  distributionHeading: 'Распределение первичных баллов',
  signsHeading: 'Признаки для проверки',
  noSigns: 'Признаков не найдено.',
  chance: (p: P) =>
    `Проверено школ: «повысили» — ${p.raised}, граница «3» — ${p.spike}. При p < 0,05 примерно каждая двадцатая школа получает признак ` +
    `и случайно: около ${p.expectedRaised} и ${p.expectedSpike}; найдено школ с признаком — ${p.foundRaised} и ${p.foundSpike}. ` +
    'Поэтому признак — повод посмотреть на школу, а не основание для вывода. Школа со слабыми результатами и без того чаще набирает баллы у границы «3».',
  ogeCompared: (p: P) =>
    Number(p.tested) === 0
      ? `Результатов ОГЭ по этому предмету за ${p.year} у школ этой работы во входных данных нет: сравнение ВПР с ОГЭ не проводилось ` +
        '(результаты ОГЭ школ можно дать среди входных файлов).'
      : `Сравнение с ОГЭ школы по тому же предмету того же учебного года (${p.year}): школ — ${p.tested}, с признаком — ${p.found} ` +
        `(доля «2» на ВПР меньше ${p.vprLowPct} при доле «2» на ОГЭ не ниже порога ${p.thresholdPct}).`,
  journalSheet: 'Сравнение с журналом',
  distributionSheet: 'Распределение баллов',
  signsSheet: 'Признаки',
  histogramSheet: 'Баллы по школам',
  atBoundaryAny: 'У границы «3»',
  region: 'Регион',
  /** What the reference is, in the basis; the words of a sign's comparison («при 5% по региону»); the caution's «доли …». */
  reference: {
    region: (p: P) => `Регион — все ученики этой работы во входных файлах (школ: ${p.schools}).`,
    municipality: (p: P) => `Все ученики этой работы во входных файлах — из одного муниципалитета, ${p.name} (школ: ${p.schools}): он и есть опорное значение, региональных долей в файлах нет.`,
  },
  against: { region: 'по региону', municipality: 'по муниципалитету' },
  againstShare: { region: 'региона', municipality: 'муниципалитета' },
  municipalityAtBoundary: 'Муниципалитет у границы',
  municipality: 'Муниципалитет',
  class: 'Класс',
  noClass: 'класс не указан',
  compared: 'С отметкой по журналу',
  lowered: 'Понизили',
  confirmed: 'Подтвердили',
  raised: 'Повысили',
  interval: '95% интервал',
  intervalsInFiles: '95% интервалы Уилсона долей — в выводе в Markdown, HTML, XLSX и DOCX.',
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
    'raised-above-region': 'повысили заметно больше среднего',
    'boundary-spike': 'всплеск у границы отметки «3»',
    'vpr-beside-oge': 'ВПР заметно лучше ОГЭ школы по тому же предмету',
  } as Record<string, string>,
  signFigures: {
    'raised-above-region': (p: P) =>
      `повысили ${p.raised} из ${p.compared} (${p.pct}) при ${p.regionPct} ${p.against}; односторонний биномиальный критерий, p ${p.p}`,
    'boundary-spike': (p: P) =>
      `${p.count} из ${p.scored} (${p.pct}) набрали ${p.from}–${p.to} первичных баллов (граница «3» и балл выше) при ${p.regionPct} ${p.against}; ` +
      `односторонний биномиальный критерий, p ${p.p}`,
    'vpr-beside-oge': (p: P) =>
      `ВПР: доля «2» ${p.pct} (${p.failed} из ${p.scored}; меньше ${p.vprLowPct}) при ${p.ogeProcedure}, ${p.ogeYear}: ${p.ogePct} «2» ` +
      `(${p.ogeFailed === '' ? '' : `${p.ogeFailed} из ${p.ogeParticipants}; `}порог ${p.thresholdPct})`,
  } as Record<string, (p: P) => string>,
  /** The справка's shorter figures: the test is said once above the table. */
  signBrief: {
    'raised-above-region': (p: P) => `повысили ${p.raised} из ${p.compared} (${p.pct}) при ${p.regionPct} ${p.against}, p ${p.p}`,
    'boundary-spike': (p: P) => `у границы «3» (${p.from}–${p.to} б.) ${p.count} из ${p.scored} (${p.pct}) при ${p.regionPct} ${p.against}, p ${p.p}`,
    'vpr-beside-oge': (p: P) => `«2» на ВПР ${p.pct} (${p.failed} из ${p.scored}) при ${p.ogePct} на ОГЭ (${p.ogeProcedure}, порог ${p.thresholdPct})`,
  } as Record<string, (p: P) => string>,
  qualityHeading: 'Успеваемость и качество знаний',
  qualityBasis: 'Успеваемость — доля «3», «4» и «5», качество знаний — доля «4» и «5» среди участников с первичным баллом; отметка — по шкале перевода.',
  qualitySheet: 'Успеваемость и качество',
  success: 'Успеваемость, %',
  quality: 'Качество знаний, %',
  signsColumn: 'Признаки',  markersHeading: 'Признаки и официальный список',
  markersSheet: 'Официальный список',
  markersColumn: 'Официальный список',
  markersSummary: (p: P) =>
    `Рассчитанные признаки школ рядом с официальным списком школ с признаками необъективности результатов ВПР за ${p.year} г. (отмечена эта работа): ` +
    `совпадает — ${p.both}, только по расчёту — ${p.computed}, только в официальном списке — ${p.official}, нет ни там, ни там — ${p.neither}.`,
  markersNotCovered: (p: P) => `В официальном списке школ с признаками необъективности нет ${p.year} г.: сравнение с ним не проводилось.`,
  markersNone: 'Ни рассчитанных признаков, ни отметок официального списка у школ нет.',
  listed: 'В официальном списке',
  agreement: 'Сравнение',
  agreements: { both: 'совпадает', computed: 'только по расчёту', official: 'только в официальном списке' },
  yes: 'да',
  no: 'нет',
  charts: {
    journalTitle: (p: { work: string }) => `Отметки ВПР и отметки по журналу: ${p.work}`,
    journalShown: (p: P) => `показаны школы с признаками: ${p.shown} из ${p.schools}, по убыванию доли «повысили»`,
    journalAxis: 'Доля учеников с отметкой по журналу, %',
    histogramTitle: (p: { school: string; work: string }) => `Первичные баллы: ${p.school}, ${p.work}`,
    scoreAxis: 'Первичный балл',
    pupilsAxis: 'Доля учеников, %',
    histogramsShown: (p: P) => `Распределения баллов показаны для школ со всплеском у границы «3» (${p.shown} из ${p.schools} таких школ); баллы всех школ — в таблице «${p.sheet}» (в выводе XLSX).`,
  },
  yearly: {
    section: 'Объективность результатов ВПР (по выгрузкам по ученикам)',
    noWorks: (p: { year: string }) => `Во входных файлах нет выгрузок ФИС ОКО по ученикам с отметкой по журналу за ${p.year}: раздел не заполнен.`,
    work: (p: P) =>
      `${p.work}: участников с первичным баллом — ${p.scored} в ${p.schools} ${plural(Number(p.schools), 'школе', 'школах', 'школах')}, с отметкой по журналу — ${p.compared}. ` +
      `По выгрузке в целом отметка ВПР ниже отметки по журналу (понизили) — у ${p.lowered}, равна ей (подтвердили) — у ${p.confirmed}, выше (повысили) — у ${p.raised}; ` +
      `у границы «3» (${p.from}–${p.to} б.) — ${p.boundary} учеников.`,
    schools: (p: P) => `Признаки для проверки — у ${p.count} ${plural(Number(p.count), 'школы', 'школ', 'школ')}; из них в списке ШНОР — ${p.flagged} (${p.ids}).`,
    signsColumn: 'Признаки и числа',
    moreInWorkbook: (p: P) => `Показаны ${p.shown} строк из ${p.rows}; все — на листе «${p.sheet}» книги report.xlsx.`,
    chartsHeading: 'Объективность результатов ВПР',
    finding: (p: P) => `Признаки для проверки объективности результатов ВПР — у ${p.count} ${plural(Number(p.count), 'школы', 'школ', 'школ')} (${p.ids}); это повод проверить, не вывод.`,
    decision: (p: P) =>
      `Провести в школах с признаками необъективности результатов ВПР (${p.ids}) анализ: сопоставить отметки ВПР с текущими, проверить организацию и проверку работ; ` +
      'при подтверждении — организовать перепроверку работ и общественное наблюдение при следующих процедурах.',
  },
};
