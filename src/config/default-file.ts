/** The commented shnor.config.json that `shnor init` writes: the defaults, each with its meaning. */
import { DEFAULT_CONFIG } from './schema.js';

export function defaultConfigText(): string {
  const { classify, score, dynamics, cluster, check, shnsu, tasks, minScores, lang } = DEFAULT_CONFIG;
  const file = {
    '//': 'Настройки shnor. Ключи, начинающиеся с «//», — комментарии. Флаги командной строки важнее этого файла.',
    '// lang': 'Язык отчётов и сообщений: ru или en.',
    lang,
    classify: {
      '// threshold': 'Порог низкого результата, %: доля «2» (ВПР, ОГЭ, ЕГЭ базовая, КДР) или не преодолевших минимальный балл (ЕГЭ) не меньше порога (ФИОКО: 30).',
      threshold: classify.threshold,
      '// sameProcedure': 'Критерий B: true — низкий результат по одной и той же процедуре в оба года (федеральная формулировка 2025 г.); false — по любой (формулировка seed 004).',
      sameProcedure: classify.sameProcedure,
      '// procedures': 'Набор процедур: "fioko" (8 процедур ФИОКО), "extended" (+ ВПР 4, 7, 8 и КДР 4, 6, 7, 8), "all" (все в данных) или список кодов, например ["VPR-MA-5", "OGE-MA"].',
      procedures: classify.procedures,
      '// minParticipants': 'Результаты с меньшим числом участников показываются, но не учитываются.',
      minParticipants: classify.minParticipants,
      '// smallSample': 'Результаты с меньшим числом участников помечаются «малая выборка», но учитываются.',
      smallSample: classify.smallSample,
    },
    score: {
      '//': 'Муниципальные показатели (shnor score). Все шкалы и формулы: shnor rules.',
      '// egeMath': 'Какая математика ЕГЭ считается «математикой» в 1.2, 1.9, 1.21: "EGE-MA-P" (профильная) или "EGE-MA-B" (базовая).',
      egeMath: score.egeMath,
      '// zeroShare2': 'Нулевая доля «2» в 1.5, 1.6, 1.14–1.17: "one-point" — принять за 1 п.п.; "ratio-one" — принять отношение за 1.',
      zeroShare2: score.zeroShare2,
      '// inequalityTopN': '1.9: сколько школ района считать «лучшими» и «низкими».',
      inequalityTopN: score.inequalityTopN,
      '// olympiadEfficiency': '2.9: эффективность муниципального этапа олимпиады выше этого процента — 2 балла, не выше — 1.',
      olympiadEfficiency: score.olympiadEfficiency,
      '// scales': 'Замена шкалы показателя, например {"1.10": {"kind": "bands", "bands": [{"upTo": 10, "points": 3}, {"upTo": 30, "points": 1}, {"points": 0}]}}.',
      scales: score.scales,
    },
    dynamics: {
      '//': 'Динамика (shnor dynamics, кластеры, целевые показатели 8.1–8.8).',
      '// marginPp': 'Реальное изменение доли «2» — не меньше этого числа п.п. (0 — любое изменение, постановление R9).',
      marginPp: dynamics.marginPp,
      '// alpha': 'Уровень значимости теста двух долей.',
      alpha: dynamics.alpha,
      '// limitedBelow / informativeFrom': 'Меньше limitedBelow участников — ограниченная выборка; от informativeFrom — информативная.',
      limitedBelow: dynamics.limitedBelow,
      informativeFrom: dynamics.informativeFrom,
    },
    cluster: {
      '//': 'Правила кластера 2 (seed 004) можно выключить; negativeRun — сколько отрицательных изменений подряд нужно (R9: 2).',
      contextRisk: cluster.contextRisk,
      lowIorNegativeRun: cluster.lowIorNegativeRun,
      oneLowResult: cluster.oneLowResult,
      negativeRun: cluster.negativeRun,
    },
    check: {
      '//': 'Проверки данных shnor check: признаки необъективности — поводы посмотреть, а не выводы.',
      objectivityFivePp: check.objectivityFivePp,
      objectivityVprLowPct: check.objectivityVprLowPct,
      objectivitySwingPp: check.objectivitySwingPp,
      participantsChange: check.participantsChange,
      objectivityRaisedPct: check.objectivityRaisedPct,
    },
    shnsu: {
      '//': 'Школы в сложных социальных условиях (ШНСУ): по столбцу «ШНСУ» профиля или по ИСБШ.',
      '// isbshBelow': 'ИСБШ ниже этого значения — ШНСУ. Ни один документ не даёт числа, поэтому по умолчанию null: решает только столбец «ШНСУ».',
      isbshBelow: shnsu.isbshBelow,
    },
    report: {
      '//': 'Реквизиты справки (shnor report): в report.html, report.pdf, report.docx и report.md. Пустая строка — пустое место «______» для заполнения от руки.',
      '// teachers': 'true — карты затруднений справки показывают и учителей (shnor report --tasks); по умолчанию имена учителей в справку не попадают.',
      teachers: false,
      requisites: {
        '// organisation': 'Организация, составившая справку (над заголовком), например «Управление образования администрации МО Демидовский район».',
        organisation: '',
        '// approver': 'Гриф «УТВЕРЖДАЮ» справа вверху: должность и фамилия, инициалы того, кто утверждает.',
        approver: { position: '', name: '' },
        '// number / date': 'Номер и дата справки как строки, например "01-12/345" и "15.09.2025"; без даты — «___» ________ 20__ г.',
        number: '',
        date: '',
        '// place': 'Место составления, например «г. Демидов».',
        place: '',
        '// executor': 'Исполнитель в конце справки: фамилия, имя, отчество, должность, телефон, e-mail.',
        executor: { name: '', position: '', phone: '', email: '' },
      },
    },
    tasks: {
      '//': 'Результаты по заданиям (shnor tasks): затруднение — успешность ниже lowSuccess % или на gapPp п.п. и больше ниже региона (муниципалитета, района).',
      lowSuccess: tasks.lowSuccess,
      gapPp: tasks.gapPp,
      '// smallBelow': 'Меньше участников — «малая школа»: доли качаются от одного ученика.',
      smallBelow: tasks.smallBelow,
    },
    '// minScores': 'Минимальные тестовые баллы ЕГЭ по предметам (MA-P — профильная математика).',
    minScores,
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}
