/** Texts of the yearly report and of recommendations (Russian); part of the messages module. */
import { plural } from './plural.js';

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
    method: 'Приложение 3. Методика и данные',
    ratingAll: 'Приложение 2. Рейтинг: все школы',
    proposals: 'Выводы и предложения',
    charts: 'Приложение 1. Графики',
    tasks: '9. Карты затруднений (результаты по заданиям)',
    measures: 'Адресные меры: полный перечень',
  },
  summary: {
    schools: (p: P) => `Школ в данных: ${p.schools}; участников оценочных процедур в ${p.year}: ${p.participants}.`,
    procedures: (p: P) => `Годы: ${p.years}; процедуры: ${p.procedures}.`,
    flagged: (p: P) => `ШНОР в ${p.year}: ${p.flagged} (только критерий A — ${p.a}, только B — ${p.b}, оба — ${p.ab}).`,
    movement: (p: P) => `По сравнению с ${p.previous}: вошли в список — ${p.entered}, вышли — ${p.left}, остались — ${p.stayed}.`,
    noResults: (p: { year: string; ids: string }) => `Нет результатов в ${p.year} (из вышедших исключены): ${p.ids}.`,
    quality: (p: { year: string; sheet: string }) =>
      `В скобках — успеваемость / качество знаний в ${p.year} (по школам — лист «${p.sheet}» книги report.xlsx).`,
  },
  list: {
    chartsInAppendix: (p: { appendix: string }) => `Доля «2» / не преодолевших порог каждой школы по каждой процедуре — на графиках: ${p.appendix}.`,
    chartsHeading: 'Доля «2» / не преодолевших порог по школам, по процедурам',
    basis: (p: { list: string; results: string }) =>
      `Список ШНОР на ${p.list} составлен по результатам ${p.results} (год — учебный год, список следующего учебного года строится по результатам прошедшего).`,
    none: 'Школ, отвечающих критериям ШНОР, нет.',
    unchecked: (p: { year: string; ids: string }) => `Нет данных о доле «2» (в ${p.year} только средние баллы), по правилу не проверялись: ${p.ids}.`,
    sharesHeading: 'Доля «2» / не преодолевших порог по процедурам (заливка — низкий результат, ≥ порога)',
    /** share: «Доля «2»» or «Доля не преодолевших минимальный порог». */
    chartTitle: (p: { procedure: string; share: string; year: string }) => `${p.procedure}: ${p.share.toLowerCase()} по школам, ${p.year}`,
    shareAxis: (share: string) => `${share}, %`,
    schoolsAxis: 'Школ',
    chartBanded: (schools: number, max: number) => `школ ${schools}, больше ${max}: столбец — число школ с долей в интервале 5 п.п.`,
  },
  dynamics: {
    yearsHeading: 'Доля «2» / не преодолевших порог: ШНОР по годам',
    atRiskNote: 'Для каждой школы списка — процедуры с риском (низкий результат или существенное ухудшение); остальные её процедуры — без низких результатов и существенного ухудшения, все — на графике приложения 1.',
    schoolHeading: (p: { school: string; shown: number; all: number }) => `Школа ${p.school}: процедуры с риском — ${p.shown} из ${p.all}`,
    yearsChart: (school: string) => `${school}: доля «2» / не преодолевших порог по годам`,
    change: 'Изменение в последнем году',
    noFlagged: 'Школ из списка нет — динамика по школам списка не приводится.',
    chartsLeftOut: (p: P) => `Школ в списке — ${p.schools}: графики по годам строятся, когда их не больше ${p.max}; доли по годам — в строке каждой школы ниже.`,
  },
  proposals: {
    findings: 'Выводы',
    decisions: 'Предложения',
    noneIds: 'нет',
    list: (p: { year: string; count: number; ids: string; entered: string; left: string }) => `В список ШНОР на ${p.year} входят школ: ${p.count} (${p.ids}); вошли в список — ${p.entered}, вышли из списка — ${p.left}.`,
    negative: (p: { count: number; ids: string }) => `Общая отрицательная динамика результатов — у школ: ${p.count} (${p.ids}).`,
    risk: (p: { count: number; ids: string }) => `В зоне риска снижения результатов — школ: ${p.count} (${p.ids}).`,
    targets: (p: { met: number; notMet: number; noData: number; total: number }) => `Целевые показатели программы: из ${p.total} выполнено ${p.met}, не выполнено ${p.notMet}, без данных ${p.noData}.`,
    approve: (p: { year: string; count: number; ids: string }) => `Утвердить список ШНОР на ${p.year} (${p.count}: ${p.ids}) и закрепить за каждой школой куратора.`,
    watch: (p: { count: number; ids: string }) => `Включить школы зоны риска (${p.count}: ${p.ids}) в муниципальный мониторинг с рассмотрением результатов следующих оценочных процедур.`,
    programmes: (p: { section: string }) => `Руководителям ШНОР и школ зоны риска разработать (актуализировать) школьные программы с первоочередными мерами раздела «${p.section}» и представить их в управление образования.`,
    municipal: (p: { count: number; section: string }) => `Поручить муниципальной методической службе меры муниципального уровня раздела «${p.section}» (${p.count}).`,
    collectFacts: 'Организовать сбор данных мониторинга целевых показателей, которые заполняют школы и отдел образования: без них выполнение программы не оценить.',
    collectProfiles: 'Собрать профили школ (кадры, контингент, социальные условия): без них школы в сложных социальных условиях не определить.',
  },
  rating: {
    ends: (p: { count: number; schools: number; appendix: string }) => `Первые и последние ${p.count} ${plural(p.count, 'место', 'места', 'мест')} из ${p.schools}; все школы — в разделе «${p.appendix}».`,
    weakest: 'На нижней ступени шкалы',
    note: 'Место — по проценту от максимума, достижимого при имеющихся данных.',
  },
  clusters: {
    outside: (p: { count: number; ids: string }) => `Вне кластеров — школ: ${p.count} (${p.ids}).`,
    chartTitle: 'Школы по кластерам',
    schoolsAxis: 'Школ',
    reasons: 'Основания',
  },
  recommendations: {
    title: 'Адресные рекомендации',
    /** Said once where measures in Russian show in another language's output. */
    catalogueInRussian: 'Меры, ответственные и сроки — из каталога рекомендаций на русском языке, как их формулируют документы-источники.',
    columns: ['Адресат', 'Приоритет', 'Мера', 'Ответственные', 'Сроки', 'Почему', 'Источник'],
    wholeCluster: (p: { cluster: string; schools: string }) => `Все школы кластера «${p.cluster}»: ${p.schools}`,
    moreReasons: (p: { first: string; more: number }) => `${p.first} и ещё оснований: ${p.more}`,
    schoolHeading: (school: string, cluster: string) => `${school}${cluster ? ` — ${cluster}` : ''}`,
    priorityNote: (p: { count: number; schools: number }) => `Для каждой ШНОР и школы зоны риска (${p.schools}) — не более ${p.count} ${plural(p.count, 'первоочередной меры', 'первоочередных мер', 'первоочередных мер')} по адресатам, с основанием каждой.`,
    municipal: 'Меры муниципального уровня',
    forSchools: (ids: string) => `(школы: ${ids})`,
    screenSummary: (p: { count: number; all: number; schools: number }) =>
      `Показаны первоочередные меры — не более ${p.count} на школу, меры муниципальной методической службы — один раз. Всего мер: ${p.all}, школ: ${p.schools}; ` +
      'все меры с ответственными, сроками, основаниями и источниками — в полном перечне: на экране, в Markdown или в книге Excel (как его вывести — в справке команды: shnor help recommend).',
    fullList: (p: { count: number; schools: number; sheet: string }) => `Полный перечень мер (${p.count} для ${p.schools} ${plural(p.schools, 'школы', 'школ', 'школ')}) с ответственными, сроками, основаниями и источниками — в книге report.xlsx, лист «${p.sheet}».`,
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
  /** A region's справка: the compact forms of sections with long lists; the detail is in the workbook. */
  long: {
    atRiskNote: (p: { sheet: string }) =>
      `Для каждой школы списка — сколько её процедур с риском (низкий результат или существенное ухудшение) и общая динамика. Подробно по каждой школе — лист «${p.sheet}» книги report.xlsx.`,
    atRisk: (p: { shown: number; all: number }) => `${p.shown} из ${p.all}`,
    atRiskHeader: 'Процедуры с риском',
    overallHeader: (year: string) => `Общая динамика к ${year}`,
    noDirection: 'нет процедуры с долей «2» в оба года',
    noResultsIn: (year: string) => `нет результатов в ${year}`,
    byChance: (count: number) => `в пределах случайных колебаний — ${plural(count, 'изменение', 'изменения', 'изменений')}: ${count}, ${plural(count, 'учтено', 'учтены', 'учтены')} по методике`,
    heldBack: (count: number) => `не ${plural(count, 'учтено', 'учтены', 'учтены')} как незначимые — ${plural(count, 'изменение', 'изменения', 'изменений')}: ${count}`,
    listNote: (p: { sheet: string }) =>
      `Низкие результаты названы процедурами по годам; доли последнего года — в таблице долей ниже, каждый низкий результат с долей и числом учеников и расхождения с официальными списками по каждой школе — лист «${p.sheet}» книги report.xlsx.`,
    listSheet: 'Список ШНОР — подробно',
    allLow: (count: number) => `все процедуры с долей «2» (${count})`,
    listedNotFlagged: (p: { count: number; ids: string }) => `В официальных списках, по данным — не ШНОР: ${p.count} (${p.ids}).`,
    flaggedNotListed: (p: { count: number; ids: string }) => `ШНОР по данным, в официальных списках нет: ${p.count} (${p.ids}).`,
    dynamicsSheet: 'Динамика ШНОР по школам',
    movement: (p: { entered: string; left: string; stayed: number; sheet: string }) =>
      `Движение списка: вошли — ${p.entered}; вышли — ${p.left}; остались — ${p.stayed}. По каждой школе, с процедурами, низкими оба года, — лист «${p.sheet}» книги report.xlsx.`,
    procedure: 'Процедура',
    sharesByYear: 'Доля «2» / не преодолевших порог по годам',
    clustersNote: (p: { sheet: string; max: number }) =>
      `Школы по кластерам: число и коды; таблица школ с основаниями — для кластера не больше ${p.max} ${plural(p.max, 'школы', 'школ', 'школ')}. Каждая школа с основаниями — лист «${p.sheet}» книги report.xlsx.`,
    clustersSheet: 'Кластеры — все школы',
    clusterTable: (p: { cluster: number; label: string }) => `Кластер ${p.cluster} «${p.label}»`,
    schools: 'Школ',
    codes: 'Коды ОО',
    outside: 'Вне кластеров',
    measuresNote: (p: { count: number; schools: number; sheet: string }) =>
      `ШНОР и школ зоны риска — ${p.schools}: каждая мера из первых ${p.count} ${plural(p.count, 'первоочередной', 'первоочередных', 'первоочередных')} названа один раз, с числом и кодами школ, для которых она первоочередная. Меры и основания по каждой школе — лист «${p.sheet}» книги report.xlsx.`,
    measureSchools: (p: { measure: string; count: number; ids: string }) => `${p.measure} — школ: ${p.count} (${p.ids})`,
    clusterHeading: (p: { cluster: string; schools: number }) => `${p.cluster} — ${p.schools} ${plural(p.schools, 'школа', 'школы', 'школ')}`,
  },
  method: {
    rule: (p: P) =>
      `Правило ФИОКО (${p.source}): результат низкий, если доля «2» или не преодолевших минимальный порог ≥ ${p.threshold}%. ШНОР — критерий A (не менее 2 низких ` +
      `результатов в году) или B (низкий результат в каждом из двух лет${p.same ? ' по той же процедуре' : ''}). Процедуры: ${p.procedures}.`,
    interpretations: 'Принятые толкования (подробно — docs/rules.md и команда shnor rules):',
    items: (p: P) => [
      `учебный год называется годом окончания (2020/2021 → 2021); граница ${p.threshold}% включительно, на целых учениках`,
      `минимум участников для учёта результата: ${p.minParticipants}; меньше ${p.smallSample} — «малая выборка»`,
      `динамика: реальное изменение — не меньше ${p.margin} п.п. или вход/выход из зоны низких результатов; значимость — тест двух долей, p < ${p.alpha}`,
      `опорные значения: ${p.reference}`,
      `математика ЕГЭ в показателях: ${p.egeMath}; нулевая доля «2»: ${p.zeroShare2}`,
    ],
    documents: 'Документы, на которые ссылается справка',
    sources: 'Входные данные',
    filesHeaders: ['Файл', 'Формат', 'Лист', 'Строка заголовка', 'Макет', 'Результатов', 'Проблем'],
    records: (p: P) => `Результатов (школа × процедура × год) прочитано: ${p.records}; профилей школ: ${p.profiles}.`,
    issues: (p: P) => `Проблемы во входных данных: ошибок ${p.errors}, предупреждений ${p.warnings}.`,
    noIssues: 'Проблем во входных данных не найдено.',
  },
};

export type YearlyMessages = typeof yearlyRu;
