/** Texts of ШНСУ, the programme's target indicators and the facts workbook (Russian). */
const list = (ids: string[]) => (ids.length === 0 ? 'нет' : ids.join(', '));
const outsidePeriod = (p: { year: string; from: number; to: number }) =>
  `${p.year} — вне срока программы (${p.from}–${p.to} годы): факт сравнивается с последним планом, который она устанавливает; проверьте, действует ли программа в этом году.`;

export const targetsRu = {
  title: (p: { year: string; programme: string }) => `Целевые показатели программы, ${p.year}: ${p.programme}`,
  basis: (p: { year: string; previous: string }) =>
    `ШНОР — список, действующий в ${p.year} (по результатам ${p.previous}); ШНСУ — по профилю школ. Динамика: ${p.previous} → ${p.year}`,
  columns: {
    id: '№', text: 'Показатель', kind: 'Вид', plan: 'План', fact: 'Факт', numerator: 'Числитель', denominator: 'Знаменатель',
    status: 'Итог', note: 'Пояснение', evidence: 'Подтверждение', planText: 'Критерий программы',
  },
  kind: { invariant: 'инвариантный (РППКО)', variative: 'вариативный (МППКО)' },
  status: { met: 'выполнен', notMet: 'не выполнен', noData: 'нет данных' },
  yes: 'да',
  no: 'нет',
  outsidePeriod,
  issues: {
    'programme-outside-period': (p: Record<string, string | number>) =>
      `целевые показатели: ${outsidePeriod({ year: `${Number(p.year) - 1}/${p.year} уч. г.`, from: Number(p.from), to: Number(p.to) })}`,
  },
  noDataGroup: (p: { count: number; ids: string; note: string }) => `Нет данных по показателям (${p.count}): ${p.ids}. ${p.note}`,
  summary: (p: { met: number; notMet: number; noData: number; total: number }) =>
    `Показателей: ${p.total}; выполнено — ${p.met}, не выполнено — ${p.notMet}, нет данных — ${p.noData}.`,
  notes: {
    noPlan: (year: string) => `Программа не задаёт плана на ${year}.`,
    emptyGroup: 'В группе нет школ (ни ШНОР по результатам прошлого года, ни ШНСУ).',
    noFacts: 'Нет данных мониторинга (файл фактов не представлен): показатель заполняют школы и отдел образования.',
    noFact: 'В файле фактов нет значения.',
    results: (p: { procedures: string; positive: string[]; counted: string[]; missing: string[] }) =>
      `${p.procedures}: положительная динамика у ${p.positive.length} из ${p.counted.length} (${list(p.positive)}); ` +
      `без результатов за оба года не учтены: ${list(p.missing)}.`,
    noResults: (procedures: string) => `${procedures}: ни у одной школы группы нет результатов за оба года.`,
    schools: (p: { yes: string[]; counted: string[]; blank: string[] }) =>
      `«да» у ${p.yes.length} из ${p.counted.length} школ (${list(p.yes)}); без ответа не учтены: ${list(p.blank)}.`,
    teachers: (p: { counted: string[]; blank: string[] }) =>
      `Сумма по школам ${list(p.counted)}; без данных не учтены: ${list(p.blank)}.`,
    municipal: 'Данные отдела образования.',
  },
  groups: { shnor: 'ШНОР', shnsu: 'ШНСУ', both: 'ШНОР и ШНСУ' },
  chartTitle: (year: string) => `Целевые показатели: план и факт, ${year}`,
  chartPlan: 'План',
  chartFact: 'Факт',
  chartAxis: 'Доля, %',
  shnsu: {
    column: 'ШНСУ',
    reasonColumn: (value: boolean) => `профиль: столбец «ШНСУ» — ${value ? 'да' : 'нет'}`,
    reasonIsbsh: (p: { value: string; threshold: string; below: boolean }) =>
      `ИСБШ ${p.value} ${p.below ? 'ниже' : 'не ниже'} установленного порога ${p.threshold}`,
    thresholdUnset: 'Порог ИСБШ (shnsu.isbshBelow) не задан — ни один документ не даёт числа: ШНСУ определены только по столбцу «ШНСУ» профиля.',
    thresholdUnsetInReport: 'Порог ИСБШ не задан — ни один документ не даёт числа: ШНСУ определены только по столбцу «ШНСУ» профиля школ.',
    noProfile: 'Профиль школ не представлен: ШНСУ не определены.',
    summary: (p: { shnor: number; shnsu: number; both: number }) => `ШНОР: ${p.shnor}; ШНСУ: ${p.shnsu}; и ШНОР, и ШНСУ: ${p.both}.`,
    unknown: '—',
  },
  context: {
    heading: 'Социальный контекст ШНСУ (социальный паспорт, показатель 3.1)',
    isbsh: 'ИСБШ',
    failing: 'Неуспев., %',
    disabled: 'С ОВЗ, %',
    nonNative: 'Рус. не родной, %',
    social: 'В сложн. соц. усл., %',
    parentsHigher: 'Родит. с высш. обр., %',
    parentsVocational: 'Родит. с СПО, %',
    reasons: 'Основание',
  },
  facts: {
    municipalSheet: 'Муниципальные показатели',
    schoolSheet: 'Школы',
    notesSheet: 'Пояснения',
    id: '№', text: 'Показатель', plan: 'План', value: 'Значение (да/нет или %)', numerator: 'Числитель', denominator: 'Знаменатель',
    evidence: 'Ссылка на документ', note: 'Примечание', schoolId: 'Код ОО', schoolName: 'Наименование ОО', group: 'Группа',
    notes: [
      'Файл фактов для целевых показателей программы (shnor targets --facts, shnor report --facts).',
      'Лист «Муниципальные показатели» заполняет отдел образования: да/нет в столбце «Значение» или, для долей, числитель и знаменатель (или долю в %); ссылку на подтверждающий документ — в «Ссылка на документ».',
      'Лист «Школы» — по строке на каждую ШНОР и ШНСУ: да/нет или число в каждом столбце. Пустая ячейка — нет данных (школа не учитывается в показателе), а не «нет».',
      'Доли по педагогам считаются как сумма числителей по школам, делённая на сумму знаменателей.',
    ],
  },
};
