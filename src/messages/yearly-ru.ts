/** Texts of the yearly report and of recommendations (Russian); part of the messages module. */
type P = Record<string, string | number>;

export const yearlyRu = {
  title: (year: string) => `Мониторинг школ с низкими образовательными результатами: аналитическая справка, ${year}`,
  subtitle: (p: { year: string; previous: string; municipality: string }) =>
    `${p.municipality ? `${p.municipality}. ` : ''}Результаты ${p.year} в сравнении с ${p.previous}; справка подготовлена shnor, все числа воспроизводимы из входных файлов.`,
  sections: {
    summary: '1. Общие сведения',
    list: '2. Список ШНОР',
    shnsu: '3. Школы в сложных социальных условиях (ШНСУ)',
    dynamics: '4. Динамика результатов',
    targets: '5. Целевые показатели программы',
    rating: '6. Рейтинг по муниципальным показателям',
    clusters: '7. Кластеры',
    recommendations: '8. Адресные рекомендации',
    method: '9. Методика и данные',
    tasks: '10. Карты затруднений (результаты по заданиям)',
    measures: 'Адресные меры: полный перечень',
  },
  summary: {
    schools: (p: P) => `Школ в данных: ${p.schools}; участников оценочных процедур в ${p.year}: ${p.participants}.`,
    procedures: (p: P) => `Годы: ${p.years}; процедуры: ${p.procedures}.`,
    flagged: (p: P) => `ШНОР в ${p.year}: ${p.flagged} (только критерий A — ${p.a}, только B — ${p.b}, оба — ${p.ab}).`,
    movement: (p: P) => `По сравнению с ${p.previous}: вошли в список — ${p.entered}, вышли — ${p.left}, остались — ${p.stayed}.`,
  },
  list: {
    basis: (p: { list: string; results: string }) =>
      `Список ШНОР на ${p.list} составлен по результатам ${p.results} (постановление R2: год — учебный год, список следующего учебного года строится по результатам прошедшего).`,
    none: 'Школ, отвечающих критериям ШНОР, нет.',
    unchecked: (p: { year: string; ids: string }) => `Нет данных о доле «2» (в ${p.year} только средние баллы), по правилу не проверялись: ${p.ids}.`,
    sharesHeading: 'Доля «2» / не преодолевших порог по процедурам (заливка — низкий результат, ≥ порога)',
    chartTitle: (procedure: string, year: string) => `${procedure}: доля «2» по школам, ${year}`,
    shareAxis: 'Доля «2», %',
    schoolsAxis: 'Школ',
    chartBanded: (schools: number, max: number) => `школ ${schools}, больше ${max}: столбец — число школ с долей в интервале 5 п.п.`,
  },
  dynamics: {
    schoolHeading: (school: string) => `Школа ${school}`,
    yearsChart: (school: string) => `${school}: доля «2» по годам`,
    change: 'Изменение в последнем году',
    noFlagged: 'Школ из списка нет — динамика по школам списка не приводится.',
    chartsLeftOut: (p: P) => `Школ в списке — ${p.schools}: графики по годам строятся, когда их не больше ${p.max}; доли по годам — в строке каждой школы ниже.`,
  },
  rating: {
    weakest: 'На нижней ступени шкалы',
    note: 'Место — по проценту от максимума, достижимого при имеющихся данных.',
  },
  clusters: {
    chartTitle: 'Школы по кластерам',
    schoolsAxis: 'Школ',
    reasons: 'Основания',
  },
  recommendations: {
    title: 'Адресные рекомендации',
    columns: ['Адресат', 'Приоритет', 'Мера', 'Ответственные', 'Сроки', 'Почему', 'Источник'],
    schoolHeading: (school: string, cluster: string) => `${school}${cluster ? ` — ${cluster}` : ''}`,
    priorityNote: (p: { count: number; schools: number }) => `Для каждой ШНОР и школы зоны риска (${p.schools}) — не более ${p.count} первоочередных мер по адресатам, с основанием каждой.`,
    municipal: 'Меры муниципального уровня',
    forSchools: (ids: string) => `(школы: ${ids})`,
    fullList: (p: { count: number; schools: number; sheet: string }) => `Полный перечень мер (${p.count} для ${p.schools} школ) с ответственными, сроками, основаниями и источниками — в книге report.xlsx, лист «${p.sheet}».`,
    none: 'Рекомендаций нет: ни одно условие каталога не выполнено.',
    because: 'почему',
    responsible: 'ответственные',
    timing: 'сроки',
    source: 'источник',
    own: 'собственная мера shnor',
    audiences: {
      management: 'Управленческая команда',
      teachers: 'Педагоги',
      pupils: 'Обучающиеся',
      parents: 'Родители',
      'methodological-service': 'Муниципальная методическая служба',
    },
    reasons: {
      'low-result': (p: P) => `низкий результат: ${p.procedure} — ${p.value}`,
      indicator: (p: P) => `показатель ${p.indicator} на нижней ступени шкалы (значение ${p.value})`,
      cluster: (p: P) => `кластер ${p.value}`,
      risk: (p: P) => `фактор риска «${p.indicator}» — значимость ${p.value}`,
      dynamics: (p: P) => `${p.value}${p.procedure ? `: ${p.procedure}` : ''}`,
      task: (p: P) => `задание ${p.indicator} (${p.procedure}): успешность ${p.value}% (школа / сравнение)`,
    } as Record<string, (p: P) => string>,
    events: { 'negative-run': 'отрицательная динамика два года подряд', 'entered-list': 'школа вошла в список', 'left-list': 'школа вышла из списка' },
    significance: { high: 'высокая', medium: 'средняя', low: 'низкая' },
    risks: {
      equipment: 'низкий уровень оснащения школы',
      staffDeficit: 'дефицит педагогических кадров',
      teacherCompetence: 'недостаточная предметная и методическая компетентность педагогов',
      disabilities: 'высокая доля обучающихся с ОВЗ',
      languageBarriers: 'языковые и культурные барьеры',
      motivation: 'низкая учебная мотивация',
      wellbeing: 'пониженный уровень школьного благополучия',
      discipline: 'низкий уровень дисциплины в классе',
      failureRisk: 'высокая доля обучающихся с рисками учебной неуспешности',
      parents: 'низкая вовлечённость родителей',
      qualitySystem: 'несформированность ВСОКО',
    },
  },
  method: {
    rule: (p: P) =>
      `Правило ФИОКО: результат низкий, если доля «2» или не преодолевших минимальный порог ≥ ${p.threshold}%. ШНОР — критерий A (не менее 2 низких ` +
      `результатов в году) или B (низкий результат в каждом из двух лет${p.same ? ' по той же процедуре' : ''}). Процедуры: ${p.procedures}.`,
    interpretations: 'Толкования (подробно — docs/rules.md и shnor rules):',
    items: (p: P) => [
      `учебный год называется годом окончания (2020/2021 → 2021); граница ${p.threshold}% включительно, на целых учениках`,
      `минимум участников для учёта результата: ${p.minParticipants}; меньше ${p.smallSample} — «малая выборка»`,
      `динамика: реальное изменение — не меньше ${p.margin} п.п. или вход/выход из зоны низких результатов; значимость — тест двух долей, p < ${p.alpha}`,
      `опорные значения: ${p.reference}`,
      `математика ЕГЭ в показателях: ${p.egeMath}; нулевая доля «2»: ${p.zeroShare2}`,
    ],
    sources: 'Входные данные',
    filesHeaders: ['Файл', 'Формат', 'Лист', 'Строка заголовка', 'Макет', 'Результатов', 'Проблем'],
    records: (p: P) => `Результатов (школа × процедура × год) прочитано: ${p.records}; профилей школ: ${p.profiles}.`,
    issues: (p: P) => `Проблемы во входных данных: ошибок ${p.errors}, предупреждений ${p.warnings}.`,
    noIssues: 'Проблем во входных данных не найдено.',
  },
};

export type YearlyMessages = typeof yearlyRu;
