/** Texts of `shnor inspect` (Russian); part of the messages module. */
import { EXAMPLES } from './examples.js';
export const inspectRu = {
  file: (p: { file: string; format: string; encoding: string; delimiter: string }) =>
    `Файл ${p.file}${p.format ? ` — ${p.format.toUpperCase()}` : ''}${p.encoding ? `, кодировка ${p.encoding}` : ''}${p.delimiter ? `, разделитель «${p.delimiter}»` : ''}`,
  sheet: (p: { sheet: string; header: string; layout: string; records: number; rejected: number; merged: number; warnings: number }) =>
    `  Лист ${p.sheet}: ${p.header}, макет ${p.layout}; записей ${p.records}; отклонено строк ${p.rejected}; ` +
    `${p.merged > 0 ? `объединено с повтором строк ${p.merged}; ` : ''}предупреждений ${p.warnings}`,
  headerAt: (row: number) => `заголовок в строке ${row}`,
  noHeader: 'заголовок не найден',
  emptySheet: 'лист пуст',
  noSheet: '—',
  found: (p: { procedures: string; years: string }) => `    Процедуры: ${p.procedures || '—'}; годы: ${p.years || '—'}`,
  columns: 'Столбцы',
  unused: 'не используются',
  reproduce: 'Повторить без угадывания',
  likeliest: (p: { row: number; cells: string }) => `    Больше всего похожа на заголовок строка ${p.row}: «${p.cells}»`,
  nearest: (p: { layout: string; recognised: number; total: number; verdict: string }) =>
    `    Ближе всего макет ${p.layout} (узнано ${p.recognised} из ${p.total}): ${p.verdict}`,
  layoutFit: (p: { layout: string; recognised: number; total: number; verdict: string }) =>
    `    Макет ${p.layout} (узнано ${p.recognised} из ${p.total}): ${p.verdict}`,
  noneRecognised: (layouts: string) => `    Остальные макеты не узнали ни одного столбца: ${layouts}`,
  /** «нет A, B и C» — the needs' texts below follow «нет». */
  missing: (needs: string[]) => `нет ${needs.length > 1 ? `${needs.slice(0, -1).join(', ')} и ${needs.at(-1)}` : (needs[0] ?? '')}`,
  inTheWay: (p: { columns: string; need: string }) => `мешает ${p.columns}: ${p.need}`,
  allMet: 'все нужные столбцы есть',
  unreadable: 'Не читается как таблица результатов: ни на одном листе нет строки заголовка (в папке classify пропустит этот файл)',
  failed: (reason: string) => `  Не читается: ${reason}`,
  /** What each layout needs of a header row (src/io/layouts/types.ts: Need), as it follows «нет …». */
  needs: {
    school: 'столбца школы (Код ОО / логин / Наименование ОО / Школа)',
    procedure: 'столбца процедуры (Процедура / Предмет)',
    failing: 'столбца «2» или % «2» (или числа / доли не справившихся, не преодолевших порог)',
    'participants-or-marks': 'столбца участников (Кол-во участников) или всех отметок «2»–«5»',
    mean: 'столбца среднего балла (Средний балл) — для таблицы без «2»',
    'wide-columns': 'столбцов вида «ВПР Математика 5 кл. % «2»» (процедура и показатель в заголовке)',
    'mark-or-score': 'столбца отметки или балла каждого участника (Отметка / Балл)',
    'no-participants': 'с ним таблица — сводная (макет long), а не строка на участника',
    'fisoko-groups': 'столбца «Группы участников»',
    'fisoko-participants': 'столбца «Кол-во участников»',
    'fisoko-marks': 'столбцов долей отметок «2», «3», «4», «5»',
    'pupil-school': 'столбца школы (логин школы / Школа; «Код» ученика — не школа)',
    'pupil-total': 'столбца первичного балла (всего баллов / Итого баллов)',
    'pupil-tasks': 'столбцов баллов за задания (балл за 1 … или 1 (1б) …)',
    'ege-subjects': 'предметов ЕГЭ, объединённых над столбцами «приняло участие», «не преодолен min порог», «средний балл»',
  },
  headers: [
    'Файл', 'Формат', 'Кодировка', 'Разделитель', 'Лист', 'Строка заголовка', 'Макет', 'Записей', 'Отклонено', 'Объединено с повтором', 'Предупреждений', 'Процедуры', 'Годы',
    'Строка, похожая на заголовок', 'Ближайший макет', 'Почему не читается', 'Повторить',
  ],
  help: 'что shnor видит в файле: кодировка, разделитель, листы, строка заголовка, макет, столбцы, процедуры и годы, строки — и флаги, повторяющие чтение без угадывания; ' +
    'у файла, который не читается, — строка, больше всего похожая на заголовок, ближайший макет и столбцы, которых ему не хватает',
  examples: EXAMPLES.inspect,
};

export type InspectMessages = typeof inspectRu;
