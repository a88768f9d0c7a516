/** Texts of `shnor check` (Russian); part of the messages module. */
import { markersRu } from './markers-ru.js';
import { objectivityFlagRu } from './objectivity-flag-ru.js';

type P = Record<string, string | number>;

export const checkRu = {
  listOption: 'проект списка ШНОР (.xlsx/.csv): столбец «Код ОО» / «логин» и (или) «Наименование ОО» / «школа»',
  journalOption: 'выгрузка ФИС ОКО «Сравнение отметок с отметками по журналу» (.xlsx/.csv): признак необъективности — доля «Повысили»',
  title: (year: string) => `Проверка проекта списка ШНОР, ${year}`,
  titleData: (year: string) => `Проверка данных, ${year}`,
  draftFile: (file: string, count: number) => `Проект списка: ${file} (записей: ${count}).`,
  sections: {
    missing: 'Нет в проекте списка',
    extra: 'Лишние в проекте',
    absent: 'Нет в данных',
    nameMatches: 'Сопоставлено по названию — проверьте',
    branchMatches: 'Указаны филиалы — список составляется по юрлицу, укажите его',
    dataChecks: 'Проверки данных',
  },
  none: 'нет',
  verdictOk: 'Проект списка совпадает с правилом ФИОКО.',
  verdictBad: (p: P) => `Расхождения с правилом ФИОКО: нет в проекте — ${p.missing}, лишних — ${p.extra}, нет в данных — ${p.absent}.`,
  checksSummary: (p: P) => `Проверки данных: ошибок ${p.errors}, предупреждений ${p.warnings}.`,
  missing: (p: { criteria: string; results: string }) => `критерий ${p.criteria}; низкие результаты: ${p.results}`,
  reasons: {
    noResults: (p: { year: string }) => `нет результатов в ${p.year}`,
    noFailingData: (p: { year: string }) => `в ${p.year} только средние баллы, доли «2» нет — проверить по правилу нельзя`,
    oneLow: (p: { result: string }) => `один низкий результат: ${p.result}`,
    noLow: (p: { year: string }) => `нет низких результатов в ${p.year}`,
    closest: (p: { result: string; threshold: string }) => `ближе всего: ${p.result} при пороге ${p.threshold}`,
    previousNone: (p: { year: string }) => `в ${p.year} низких результатов нет`,
    previousLow: (p: { year: string; results: string }) => `в ${p.year} низкие: ${p.results}`,
    previousOther: (p: { year: string; results: string }) =>
      `в ${p.year} низкие только по другим процедурам (${p.results}), а учитывается та же процедура`,
    notCounted: (p: { results: string }) => `не учтены из-за малого числа участников: ${p.results}`,
    byName: (p: { entry: string }) => `сопоставлено по названию «${p.entry}»`,
    byBranch: (p: { entry: string; branch: string }) => `в проекте указан его филиал ${p.branch} («${p.entry}»)`,
    notFound: 'нет ни по коду, ни по названию',
    ambiguous: (p: { candidates: string }) => `название подходит нескольким школам: ${p.candidates}`,
    nameMatch: (p: { entry: string; school: string; flagged: string }) => `«${p.entry}» → ${p.school} (${p.flagged})`,
    branchMatch: (p: { entry: string; branch: string; school: string; flagged: string }) =>
      `«${p.entry}» — филиал ${p.branch} юрлица ${p.school} (${p.flagged}): в списке юрлицо, его результаты сложены с филиальными`,
    inList: 'в списке по правилу',
    notInList: 'не в списке по правилу',
  },
  levels: { error: 'ошибка', warning: 'предупреждение' },
  kinds: { missing: 'нет в проекте', extra: 'лишняя', absent: 'нет в данных', nameMatch: 'по названию', branchMatch: 'филиал', dataCheck: 'проверка данных' },
  checks: {
    'input-error': (p: P) => `ошибка во входных данных: ${p.text}`,
    'procedure-missing-in-year': (p: P) => `нет ни одного результата в ${p.year}, хотя в ${p.previousYear} процедура была`,
    'results-missing-in-year': (p: P) => `нет результата в ${p.year}, хотя в ${p.previousYear} был`,
    'participants-change': (p: P) => `участников ${p.participants} против ${p.previous} в ${p.previousYear}: изменение больше чем на ${p.limit}%`,
    'small-sample-decides': (p: P) => `низкий результат (${p.share}) при ${p.participants} участниках (меньше ${p.limit}) влияет на попадание в список`,
    'objectivity-no-twos-many-fives': (p: P) =>
      `признак необъективности (проверить): ни одной «2», доля «5» ${p.share5} при ${p.district5} по району (+${p.pp} п.п. и более)`,
    'objectivity-vpr-oge': (p: P) =>
      `признак необъективности (проверить): доля «2» в ВПР ${p.vprShare} (меньше ${p.vprLow}), а ${p.ogeProcedure} — ${p.ogeShare} «2»`,
    'objectivity-swing': (p: P) =>
      `признак необъективности (проверить): ${p.shareLabel} ${p.previousShare} в ${p.previousYear} → ${p.share} в ${p.year} ` +
      `(${p.change} п.п.: ${p.previousFailed} из ${p.previousParticipants} → ${p.failed} из ${p.participants}; z-тест двух долей, p ${p.pValue})`,
    'journal-raised': (p: P) =>
      `признак необъективности (проверить, это не вывод): ${p.work} — «Повысили» (отметка за работу выше отметки по журналу) ${p.share}, порог ${p.threshold}`,
    ...markersRu.checks,
    ...objectivityFlagRu.checks,
  } as Record<string, (p: P) => string>,
  columns: {
    kind: 'Раздел',
    schoolId: 'Код ОО',
    school: 'Школа / запись проекта',
    procedure: 'Процедура',
    year: 'Год',
    level: 'Уровень',
    code: 'Код',
    details: 'Пояснение',
    entry: 'Запись проекта',
    row: 'Строка',
  },
  sheet: 'Проверка',
};

export type CheckMessages = typeof checkRu;
