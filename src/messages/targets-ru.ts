/** Texts of ШНСУ, the programme's target indicators and the facts workbook (Russian). */
import { plural } from './plural.js';

/** « (DM-09, DM-20)», or nothing for no school. */
const named = (ids: string[]) => (ids.length === 0 ? '' : ` (${ids.join(', ')})`);
/** «у 1 из 2 школ (DM-09)»: the genitive after «из N». */
const ofSchools = (part: string[], whole: string[]) =>
  `у ${part.length} из ${whole.length} ${plural(whole.length, 'школы', 'школ', 'школ')}${named(part)}`;
/** «; без ответа не учтены: DM-20», or nothing when every school is counted. */
const leftOut = (why: string, ids: string[]) => (ids.length === 0 ? '' : `; ${why} не ${plural(ids.length, 'учтена', 'учтены', 'учтены')}: ${ids.join(', ')}`);
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
    noPlan: (year: string) => `Программа не задаёт плана на ${year}${year.endsWith('.') ? '' : '.'}`,
    emptyGroup: 'В группе нет школ (ни ШНОР по результатам прошлого года, ни ШНСУ).',
    noFacts: 'Нет данных мониторинга (файл фактов не представлен): показатель заполняют школы и отдел образования.',
    noFact: 'В файле фактов нет значения.',
    results: (p: { procedures: string; positive: string[]; counted: string[]; missing: string[] }) =>
      `${p.procedures}: положительная динамика ${ofSchools(p.positive, p.counted)}${leftOut('без результатов в одном из двух лет', p.missing)}.`,
    noResults: (procedures: string) => `${procedures}: ни у одной школы группы нет результатов в обоих годах.`,
    schools: (p: { yes: string[]; counted: string[]; blank: string[] }) =>
      p.counted.length === 0
        ? `Ни одна школа группы не ответила${named(p.blank)}.`
        : `«да» ${ofSchools(p.yes, p.counted)}${leftOut('без ответа', p.blank)}.`,
    teachers: (p: { counted: string[]; blank: string[] }) =>
      p.counted.length === 0
        ? `Данных нет ни у одной школы группы${named(p.blank)}.`
        : `Сумма по ${plural(p.counted.length, 'школе', 'школам', 'школам')} ${p.counted.join(', ')}${leftOut('без данных', p.blank)}.`,
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
