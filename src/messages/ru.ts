/** Every sentence a user reads, in Russian (the default language). en.ts mirrors this shape. */
import type { ErrorTexts } from '../errors.js';
import { EXAMPLES } from './examples.js';
import { branchesRu } from './branches-ru.js';
import { checkRu } from './check-ru.js';
import { commanderRu } from './commander-ru.js';
import { configFileRu } from './config-file-ru.js';
import { difficultiesRu } from './difficulties-ru.js';
import { inspectRu } from './inspect-ru.js';
import { listsRu } from './lists-ru.js';
import { qualityRu } from './quality-ru.js';
import { markersRu } from './markers-ru.js';
import { objectivityRu } from './objectivity-ru.js';
import { objectivityFlagRu } from './objectivity-flag-ru.js';
import { profileTemplateRu } from './profile-template-ru.js';
import { itemsOf, shortList } from './list.js';
import { plural } from './plural.js';
import { targetsRu } from './targets-ru.js';
import { egeFormRu } from './ege-form-ru.js';
import { tasksRu } from './tasks-ru.js';
import { reportRu } from './report-ru.js';
import { yearlyRu } from './yearly-ru.js';
import { significanceRu } from './significance-ru.js';

type P = Record<string, string | number>;

const andMore = (count: number) => `и ещё ${count}`;
const PROCEDURE_KINDS: Record<string, string> = { VPR: 'ВПР', OGE: 'ОГЭ', EGE: 'ЕГЭ', KDR: 'КДР' };
const RESULT_COLUMNS = 'нужны столбцы школы (код ОО / наименование ОО / школа), процедуры и участников с «2» или % «2» (long); ' +
  'или столбцы вида «ВПР Математика 5 кл. % «2»» (wide); или отметка/балл каждого участника (students)';
/** Where a sheet or file looked most like a header: « (больше всего похожа строка 1: «Год | Процедура»)». */
const likeliest = (p: P) => (p.header ? ` (больше всего похожа строка ${p.row}: «${shortList(itemsOf(p.header), andMore, ' | ')}»)` : '');

/** What a workbook has beyond which limit (read.* config keys). */
const XLSX_LIMITS_RU: Record<string, (p: P) => string> = {
  xlsxMaxExpandedMiB: (p) => `части книги, которые нужно прочитать, в распакованном виде занимают ${p.value} МиБ при пределе ${p.limit} МиБ`,
  xlsxMaxRatio: (p) => `часть ${p.part} сжата в ${p.value} раз при пределе ${p.limit} (так сжаты «zip-бомбы»)`,
  xlsxMaxSharedStrings: (p) => `в книге не меньше ${p.value} общих строк (разных текстов) при пределе ${p.limit}`,
  xlsxMaxSharedStringsMiB: (p) => `общие строки книги занимают ${p.value} МиБ при пределе ${p.limit} МиБ`,
};

export const ru = {
  location: {
    file: (name: string) => `файл ${name}`,
    sheet: (name: string) => `лист «${name}»`,
    row: (row: number) => `строка ${row}`,
    column: (column: string) => `столбец «${column}»`,
  },
  errors: {
    'file-not-found': () => 'файл не найден',
    'file-unreadable': (p) => `файл не читается: ${p.reason}`,
    'empty-file': () => 'файл пуст: в нём нет ни одной строки',
    'xls-not-supported': () => 'формат .xls (Excel 97–2003) не поддерживается: откройте файл в Excel или LibreOffice и сохраните как .xlsx',
    'encrypted-workbook': () => 'книга защищена паролем (или это файл .xls с расширением .xlsx): снимите пароль и сохраните как обычный .xlsx',
    'not-a-workbook': (p) => `файл не является книгой .xlsx или повреждён (${p.reason}): пересохраните его в Excel как .xlsx`,
    'damaged-workbook': (p) => `книга повреждена: часть ${p.part} не читается (${p.reason}); получите файл заново или пересохраните его в Excel как .xlsx`,
    'workbook-too-large': (p) =>
      `книга слишком велика для чтения: ${XLSX_LIMITS_RU[p.key]?.(p) ?? p.key}. Если файл настоящий, поднимите предел ключом read.${p.key} в файле настроек shnor.config.json`,
    'unknown-encoding': (p) => `неизвестная кодировка «${p.encoding}»: укажите --encoding utf-8 или --encoding cp1251`,
    'sheet-not-found': (p) => `в книге нет листа «${p.sheet}»; листы: ${p.sheets}`,
    'no-header': (p) =>
      `не найдена строка заголовка (в первых 30 непустых строках)${p.layout ? ` для макета ${p.layout}` : ''}: ${RESULT_COLUMNS}; ` +
      'что shnor видит в файле и каких столбцов не хватает, покажет shnor inspect',
    'no-header-in-files': (p) =>
      `ни в одном из файлов не найдена строка заголовка (в первых 30 непустых строках)${p.layout ? ` для макета ${p.layout}` : ''}: ` +
      `${shortList(itemsOf(p.files), andMore)}; ${RESULT_COLUMNS}; что shnor видит в каждом файле, покажет shnor inspect`,
    'no-facts-header': () =>
      'не найдена строка заголовка файла фактов: нужен лист со столбцами «№» и «Значение» или лист со столбцом «Код ОО» и столбцами программы (shnor template facts)',
    'no-profile-header': () =>
      'не найдена строка заголовка профиля школ: нужен столбец «Код ОО» и хотя бы один столбец профиля (шаблон: shnor template profile)',
    'no-draft-header': () =>
      'не найдена строка заголовка проекта списка: нужен столбец кода школы («Код ОО», «логин») или её названия («Наименование ОО», «школа»)',
    'no-reference-header': () =>
      'не найдена строка заголовка опорных значений: нужны столбцы «Год», «Процедура» и «Средний балл» (и, если есть, «Муниципалитет», «Уровень»)',
    'no-scales-header': () => 'не найдена строка заголовка файла шкал: нужны столбцы year, procedure, min3, min4, min5, max (или «Год», «Процедура», «3» от, «4» от, «5» от, «Максимум»)',
    'no-schools-header': () => 'не найдена строка заголовка списка школ: нужны столбцы «Код ОО» и «Наименование ОО» (и, если есть, «Муниципалитет», «Вид ОО», у филиала — «Код юрлица» / parent_id)',
    'no-journal-header': () => 'не найдена строка заголовка выгрузки «Сравнение отметок с отметками по журналу»: нужны столбцы «Группы участников», «Кол-во участников», «Понизили», «Подтвердили», «Повысили»',
    'no-scale': (p) =>
      `нет шкалы перевода первичных баллов в отметки для ${p.procedure} ${p.year} года: отметки из баллов не вычислить. ` +
      'Укажите шкалу в файле --scales (столбцы year, procedure, min3, min4, min5, max) — её публикует ФИОКО в «Описании проверочной работы» того года, таблица «Рекомендации по переводу первичных баллов в отметки по пятибалльной шкале»',
    'procedure-unknown': () => 'процедура не видна ни в строках над заголовком, ни в имени файла: укажите --procedure (например VPR-MA-5 или «ВПР Математика 5 класс»)',
    'year-unknown': () => 'в таблице нет столбца года, и год не виден из названия листа: укажите --year',
    'year-not-in-data': (p) =>
      `в данных нет результатов за ${p.year - 1}/${p.year} уч. г. (--year ${p.year}); есть: ${p.years.map((y) => `${y - 1}/${y} уч. г.`).join(', ')}`,
    'bad-option': (p) => `неверное значение ${p.option}: «${p.value}» (${p.expected})`,
    'output-is-input': (p) => `вывод в ${p.path} перезаписал бы входной файл: укажите другой ${p.option}`,
    'output-twice': (p) => `-o и --rejects указывают на один файл ${p.path}: укажите разные`,
    'output-is-folder': (p) => `${p.path} — папка, а ${p.option} ждёт файл: укажите путь к файлу`,
    'output-not-file': (p) => `${p.path} — не файл (блочное устройство или сокет): укажите в ${p.option} путь к файлу`,
    'report-folder-not-folder': (p) => `${p.path} — не папка: report -o ждёт папку`,
    'report-folder-foreign': (p) =>
      `в папке ${p.path} есть не только прежний отчёт (${p.entry}); отчёт заменяет свою папку целиком — укажите в -o новую или пустую папку`,
    'report-folder-holds-input': (p) => `в папке отчёта ${p.path} лежит ${p.input}, который читает команда; отчёт заменяет свою папку целиком — укажите другую -o`,
    'outside-output-folder': (p) => `файл ${p.path} оказался бы вне папки отчёта ${p.folder}`,
    'stdout-failed': (p) => `не удалось записать результат в стандартный вывод: ${p.reason}`,
    'binary-to-terminal': (p) => `формат ${p.format} нельзя вывести в терминал: укажите -o файл.${p.format}`,
    'config-invalid': (p) => `ошибка в файле настроек ${p.file}: ${p.details}`,
    'config-unreadable': (p) => `файл настроек ${p.file} не читается: ${p.reason}`,
    'config-exists': (p) => `файл ${p.file} уже существует: удалите его или укажите --force`,
    'strict-failed': (p) => `--strict: найдено проблем во входных данных: ${p.count}`,
    'write-failed': (p) => `не удалось записать ${p.path}: ${p.reason}`,
    'no-input-files': (p) => `в ${p.inputs} нет файлов .xlsx, .csv или .txt`,
    'catalog-invalid': (p) => `каталог рекомендаций не прошёл проверку: ${p.details}`,
    'programme-invalid': (p) => `программа целевых показателей не прошла проверку: ${p.details}`,
    'no-results': () => 'во входных данных нет ни одного пригодного результата (все строки отклонены — см. сообщения выше)',
    'no-task-results': () => 'во входных файлах нет ни одного пригодного результата по заданиям (см. сообщения выше)',
    'cli-unknown-option': (p) => `неизвестный параметр ${p.token}${p.suggestion ? ` — может быть, ${p.suggestion}?` : ''} (список параметров: ${p.help})`,
    'cli-unknown-command': (p) => `неизвестная команда ${p.token}${p.suggestion ? ` — может быть, ${p.suggestion}?` : ''} (список команд: shnor --help)`,
    'cli-missing-argument': (p) => `не указан обязательный аргумент «${p.token}» (пример: ${p.example})`,
    'cli-option-missing-argument': (p) => `для параметра ${p.token} не указано значение`,
    'cli-excess-arguments': () => 'лишние аргументы',
    'cli-other': (p) => `ошибка в командной строке: ${p.token}`,
    ...tasksRu.errors,
    ...markersRu.errors,
    ...objectivityRu.errors,
    ...objectivityFlagRu.errors,
    internal: (p) => `внутренняя ошибка shnor: ${p.message} (запустите с --debug, чтобы увидеть подробности, и сообщите разработчикам)`,
  } satisfies ErrorTexts,
  issues: {
    'missing-school': () => 'нет кода или названия школы: строка пропущена',
    'missing-procedure': () => 'не указана процедура: строка пропущена',
    'missing-year': () => 'не указан год: строка пропущена (или укажите --year)',
    'missing-participants': (p: P) => `${p.procedure}: есть число не справившихся, но нет числа участников — долю не вычислить; строка пропущена`,
    'no-participants': () => '0 участников: результата нет, строка пропущена',
    'missing-failing': (p: P) => `${p.procedure}: нет ни числа «2» / не преодолевших порог, ни их доли, ни среднего балла; не учтено`,
    'unknown-procedure': (p: P) => `не удалось распознать процедуру «${p.value}» (ожидается, например, «ВПР Математика 5 кл.» или VPR-MA-5); строка пропущена`,
    'no-such-procedure': (p: P) =>
      `«${p.value}» — нет такой процедуры; ${p.nearest !== undefined ? `похоже на ${p.nearest}` : `известные коды предметов: ${p.subjects}`}; строка пропущена`,
    'bad-year': (p: P) => `не удалось распознать год «${p.value}» (ожидается 2021 или 2020-2021); строка пропущена`,
    'bad-number': (p: P) => `«${p.value}» — не число; не учтено`,
    'share-in-count': (p: P) => `«${p.value}» — доля, а в столбце должно быть количество; не учтено`,
    'implausible-count': (p: P) => `${p.value} — больше, чем может быть в одной школе (не больше ${p.limit}, ключ read.maxParticipants в shnor.config.json); не учтено`,
    'not-integer': () => 'количество должно быть целым; не учтено',
    'negative-count': () => 'отрицательное значение; не учтено',
    'share-out-of-range': () => 'доля вне диапазона 0–100%; не учтено',
    'mean-above-100': () => 'средний балл больше 100; не учтено',
    'fail-exceeds-participants': (p: P) => `не справившихся (${p.failed}) больше, чем участников (${p.participants}); не учтено`,
    'marks-exceed-participants': (p: P) => `отметок (${p.sum}) больше, чем участников (${p.participants}); не учтено`,
    'marks-do-not-add-up': (p: P) => `сумма отметок «2»–«5» (${p.sum}) не равна числу участников (${p.participants}); не учтено`,
    'pcts-do-not-add-up': (p: P) => `сумма долей «2»–«5» (${p.sum}%) отличается от 100% больше чем на 1 п.п.; не учтено`,
    'fail-share-mismatch': (p: P) => `доля «2» (${p.given}%) не согласуется с числом «2» (${p.computed}%); не учтено`,
    'duplicate-mean-differs': (p: P) =>
      `школа ${p.school}, ${p.procedure}, ${p.year}: тот же результат, что в ${p.other} (участники и отметки «2»–«5» совпадают), но средний балл другой — ` +
      `${p.mean} против ${p.kept} (средняя отметка и средний первичный балл?); результат учтён, средний балл — ${p.kept}`,
    'duplicate-conflict': (p: P) =>
      `школа ${p.school}, ${p.procedure}, ${p.year}: те же школа, процедура и год, что в ${p.others}, но другие значения; не учтена ни одна из этих строк`,
    'bad-mark': (p: P) => `отметка «${p.value}» — не 2, 3, 4 или 5; строка пропущена`,
    'bad-score': (p: P) => `балл «${p.value}» вне диапазона 0–100; строка пропущена`,
    'no-min-score': (p: P) => `для ${p.procedure} не задан минимальный балл (ключ minScores в shnor.config.json): неуспешность определяется по отметке`,
    'bad-yes-no': (p: P) => `«${p.value}» — ожидается «да» или «нет»; значение пропущено`,
    'bad-choice': (p: P) => `«${p.value}» — ожидается одно из: ${p.choices}; значение пропущено`,
    'count-exceeds-total': (p: P) => `${p.count} больше, чем всего (${p.total}); значение пропущено`,
    'duplicate-school': (p: P) => `школа ${p.school} уже описана в профиле (${p.first}); строка пропущена`,
    'facts-unknown-school': (p: P) => `школы ${p.school} нет во входных результатах; строка фактов не использована`,
    'unknown-indicator': (p: P) => `показателя ${p.id} нет в программе; строка не использована`,
    'unknown-school': (p: P) => `школы ${p.school} нет во входных результатах; строка профиля не использована`,
    'name-matched': (p: P) => `«${p.name}» сопоставлена по названию со школой ${p.id} («${p.known}») — проверьте`,
    'name-ambiguous': (p: P) => `«${p.name}» подходит к нескольким школам (${p.ids}) — уточните в --schools; оставлена как есть`,
    'unknown-column': () => 'столбец не распознан и не используется',
    'ignored-total-row': (p: P) => `итоговая строка «${p.value}» — не школа; пропущена`,
    'duplicate-column': () => 'столбец повторяет уже найденный и не используется',
    'sheet-without-header': (p: P) => `на листе не найдена строка заголовка${likeliest(p)}: лист не использован`,
    'file-without-header': (p: P) =>
      (p.header ? `не похоже на таблицу результатов: строка заголовка не найдена${likeliest(p)}; файл пропущен (почему — покажет shnor inspect)` : 'файл пуст; пропущен'),
    'scale-out-of-order': (p: P) => `границы шкалы не по порядку: «3» от ${p.min3}, «4» от ${p.min4}, «5» от ${p.min5}, максимум ${p.max} (нужно 1 ≤ «3» < «4» < «5» ≤ максимум); шкала не использована`,
    'scale-bound-missing': () => 'граница шкалы не указана; шкала не использована',
    'score-above-max': (p: P) => `первичный балл ${p.score} больше максимума ${p.max} по шкале ${p.procedure} ${p.year} года; ученик не учтён`,
    'stray-quote': (p: P) =>
      `кавычка в начале ячейки ${p.closes ? `закрывается лишь в строке ${p.end}` : `не закрыта до конца файла (строка ${p.end})`}: ` +
      'строки между ними прочитались бы одной ячейкой — похоже, кавычка лишняя; строка пропущена, следующие прочитаны как строки (исправьте кавычку в файле)',
    'quote-not-doubled': (p: P) => `кавычка внутри ячейки в кавычках не удвоена (""): ячейка прочитана как «${p.value}»`,
    'replaced-bytes': (p: P) => `байты, не читаемые в кодировке ${p.encoding}, заменены знаком «\uFFFD» (${p.count}): «${p.value}»`,
    'replaced-bytes-more': (p: P) =>
      `ещё ${p.count} ${plural(Number(p.count), 'знак', 'знака', 'знаков')} «\uFFFD» в ${p.rows} ${plural(Number(p.rows), 'строке', 'строках', 'строках')}: байты, не читаемые в кодировке ${p.encoding}; ` +
      'если файл в другой кодировке, укажите её (--encoding cp1251)',
    ...branchesRu.issues,
    ...tasksRu.issues,
    ...egeFormRu.issues,
    ...markersRu.issues,
    ...objectivityRu.issues,
    ...reportRu.issues,
    ...targetsRu.issues,
    'pcts-rounded': (p: P) => `сумма долей «2»–«5» (${p.sum}%) отличается от 100% больше чем на 1 п.п.; числа отметок восстановлены по долям приближённо, строка учтена`,
    'reference-marks-incomplete': () =>
      'в строке есть не все доли «2», «3», «4», «5»: средний балл и доля «2» учтены, успеваемость и качество знаний по этой строке не рассчитаны',
    'reference-pcts-do-not-add-up': (p: P) =>
      `сумма долей «2»–«5» (${String(p.sum).replace('.', ',')}%) отличается от 100% больше чем на 0,1 п.п.: средний балл и доля «2» учтены, успеваемость и качество знаний по этой строке не рассчитаны`,
  },
  notes: {
    criterionA: (p: { year: string; count: number; list: string; threshold: string }) =>
      `Критерий A: ${p.count} ${plural(p.count, 'низкий результат', 'низких результата', 'низких результатов')} в ${p.year} (доля «2» / не преодолевших порог ≥ ${p.threshold}): ${p.list}`,
    criterionB: (p: { year: string; previousYear: string; current: string; previous: string; same: boolean }) =>
      `Критерий B${p.same ? ' (та же процедура в оба года)' : ''}: низкий результат в ${p.year} — ${p.current}; в ${p.previousYear} — ${p.previous}`,
    notFlagged: (p: { year: string; previousYear: string; low: number; previousLow: number }) =>
      `Не ШНОР: низких результатов в ${p.year} — ${p.low}, в ${p.previousYear} — ${p.previousLow} (нужно ≥ 2 в одном году или по ≥ 1 в каждом из двух)`,
    noResults: (p: { year: string }) => `Нет результатов в ${p.year} по учитываемым процедурам`,
    noFailingData: (p: { year: string }) =>
      `Нет данных о доле «2» в ${p.year}: все результаты года — только средние баллы, по правилу ФИОКО школа не проверялась`,
    meanOnly: (p: { count: number; list: string }) =>
      `Только средний балл, доли «2» нет — ${p.count === 1 ? 'не может быть низким' : 'не могут быть низкими'}: ${p.list}`,
    meanOnlyShort: (p: { count: number }) =>
      `Только средний балл, доли «2» нет: ${p.count} ${plural(p.count, 'результат', 'результата', 'результатов')}`,
    smallSample: (p: { list: string; limit: number }) => `Малая выборка (меньше ${p.limit} участников), результаты учтены: ${p.list}`,
    notCounted: (p: { list: string; min: number }) => `Меньше ${p.min} участников (--min-participants), результаты не учитываются: ${p.list}`,
    notFlaggedShort: (p: { year: string; previousYear: string; low: number; previousLow: number }) =>
      `Низких: ${p.low} в ${p.year}, ${p.previousLow} в ${p.previousYear}`,
    smallSampleShort: (p: { count: number; limit: number }) =>
      `Малая выборка (< ${p.limit} участников): ${p.count} ${plural(p.count, 'результат', 'результата', 'результатов')}, учтены`,
    notCountedShort: (p: { count: number; min: number }) =>
      `< ${p.min} участников: ${p.count} ${plural(p.count, 'результат', 'результата', 'результатов')} не учтены`,
    result: (p: { procedure: string; share: string; counts: string | null }) => `${p.procedure} ${p.share}${p.counts ? ` (${p.counts})` : ''}`,
    meanResult: (p: { procedure: string; mean: string | null }) => `${p.procedure} — ${p.mean === null ? 'доли «2» нет' : `средний балл ${p.mean}`}`,
  },
  labels: {
    schoolYear: (year: number) => `${year - 1}/${year} уч. г.`,
    /** Consecutive school years as one span: «2022/2023–2024/2025 уч. гг.». */
    schoolYears: (from: number, to: number) => `${from - 1}/${from}–${to - 1}/${to} уч. гг.`,
    /** A procedure named from its parts (report/procedure-name.ts): «ВПР Математика 5 кл.», «ЕГЭ Математика (профильная)». */
    procedureName: (p: { kind: string; subject: string; level: string | null; grade: number | null }) =>
      `${PROCEDURE_KINDS[p.kind] ?? p.kind} ${p.subject}${p.level ? ` (${p.level === 'B' ? 'базовая' : 'профильная'})` : ''}${p.grade !== null ? ` ${p.grade} кл.` : ''}`,
    /** The end of a list cut for the terminal (messages/list.ts): «… и ещё 290». */
    andMore,
    schoolId: 'Код ОО',
    schoolName: 'Наименование ОО',
    municipality: 'Муниципалитет',
    schoolType: 'Вид ОО',
    flagged: 'ШНОР',
    yes: 'да',
    no: 'нет',
    noFailingData: 'нет данных о доле «2»',
    criteria: 'Критерии',
    lowResults: 'Низкие результаты',
    notes: 'Пояснения',
    failShare: 'Доля «2»',
    belowMinShare: 'Доля не преодолевших минимальный порог',
    /** Shares of several procedures, ЕГЭ among them. */
    anyFailShare: 'Доля «2» / не преодолевших порог',
    failValue: (share: string) => `${share} «2»`,
    belowMinValue: (share: string) => `${share} не преодолели минимальный порог`,
    participants: 'Участников',
    failed: 'Не справились',
    year: 'Год',
    procedure: 'Процедура',
    issues: 'Проблемы во входных данных',
    issueFile: 'Файл',
    issueSheet: 'Лист',
    issueRow: 'Строка',
    issueColumn: 'Столбец',
    issueCode: 'Код',
    issueMessage: 'Сообщение',
    title: (year: string) => `Школы с низкими образовательными результатами (ШНОР): ${year}`,
    basis: (year: string, previous: string) => `Список на основании результатов ${year} (критерий B — также ${previous}).`,
    method: (p: { threshold: string; procedures: string; same: boolean; min: number }) =>
      `Методика ФИОКО: результат низкий, если доля «2» (ВПР, ОГЭ, ЕГЭ базовая, КДР) или не преодолевших минимальный порог (ЕГЭ) ≥ ${p.threshold}. ` +
      `ШНОР: A — не менее 2 низких результатов в году; B — низкий результат в каждом из двух последних лет${p.same ? ' по одной и той же процедуре' : ''}. ` +
      `Процедуры: ${p.procedures}. Минимум участников: ${p.min}.`,
    summary: (p: { flagged: number; total: number; unchecked: number }) =>
      `ШНОР: ${p.flagged} из ${p.total} ${plural(Number(p.total), 'школы', 'школ', 'школ')}.${p.unchecked > 0 ? ` Нет данных о доле «2»: ${p.unchecked}.` : ''}`,
    meanOnlyRun: (p: { year: string; previous: string }) =>
      `В результатах ${p.year} и ${p.previous} только средние баллы, доли «2» нет: ни один результат не может быть низким, ` +
      'список ШНОР по этим данным не составляется.',
    issuesSummary: (p: { errors: number; warnings: number }) => `Проблем во входных данных: ошибок ${p.errors}, предупреждений ${p.warnings} (подробнее: --format json или -o файл.xlsx).`,
    sheetList: 'ШНОР',
    sheetIssues: 'Проблемы',
    unknownScale: (known: string) => `шкала задана для неизвестного показателя; известны: ${known}`,
    configRoot: '(весь файл)',
  },
  score: {
    title: (year: string) => `Муниципальные показатели работы со ШНОР: ${year}`,
    /** An indicator's title when every value it compared with was regional: «… к району» → «… к региону». */
    againstRegion: (title: string) => title.replace(/к району$/u, 'к региону'),
    basis: (p: { year: string; previous: string; profile: boolean; reference: string }) =>
      `Результаты ${p.year} (динамика — к ${p.previous}). Профиль школ: ${p.profile ? 'есть' : 'не указан (показатели профиля без баллов)'}. ` +
      `Сравнение: ${p.reference}.`,
    referenceNone: 'средние по школам входных данных (файл опорных значений не представлен)',
    referenceGiven: (levels: string) => `опорные значения (${levels}), где их нет — средние по школам входных данных`,
    rank: 'Место',
    total: 'Баллы',
    max: 'Максимум',
    totalOf: (total: number, max: number) => `${total} из ${max}`,
    percent: '% от максимума',
    indicator: 'Показатель',
    value: 'Значение',
    points: 'Баллы',
    note: 'Пояснение',
    weak: 'На нижней ступени шкалы',
    noData: 'Без данных',
    municipal: 'Муниципальные значения (ШНОР и школы с низким ИОР)',
    group: (ids: string) => `Группа: ${ids || 'нет таких школ'}`,
    legend: 'Показатели',
    interpretation: 'принятое толкование',
    sheetScores: 'Баллы',
    sheetValues: 'Значения',
    kind: { secondary: 'СОШ', basic: 'ООШ' },
    levels: {
      district: 'район', region: 'регион', computed: 'среднее по школам входных данных',
      best: 'лучшие', middle: 'средние', lowest: 'низкие',
      yes: 'да', no: 'нет', clean: 'нет признаков', flagged: 'есть признаки',
      none: 'нет', participants: 'участники', winners: 'победители, призёры, лауреаты', participant: 'участие', winner: 'победа',
      regional: 'призёры регионального этапа', above: 'эффективность выше порога', upTo: 'эффективность не выше порога',
      'one-point': 'нулевая доля «2» принята за 1 п.п.', 'ratio-one': 'при нулевой доле «2» отношение принято за 1',
    },
    reasons: {
      'no-data': 'нет данных',
      'no-profile': 'нет данных профиля',
      'not-applicable': 'не применяется',
    },
    notes: {
      'basic-school': () => 'основная школа: ЕГЭ не сдаётся',
      'needs-two-years': (p: P) => `нужны данные ${p.procedure} за оба года`,
      'no-share': (p: P) => `${p.procedure}: только средний балл, доли «2» нет`,
      'mean-ratio': (p: P) => `${p.year}: ${p.school} / ${p.district} (${p.source})`,
      ratio: (p: P) => `${p.year}: «5»/«2» = ${p.ratio}`,
      'zero-two': (p: P) => `${p.reading}`,
      counts: (p: P) => `${p.failed} из ${p.participants}`,
      sum: (p: P) => `${p.part} из ${p.whole}${p.procedures ? ` (${p.procedures})` : ''}`,
      'counted-results': () => 'считаются результаты участник × предмет, а не выпускники (принятое толкование)',
      'counted-graduates': () => 'считаются выпускники, не сдавшие хотя бы один предмет (по коду ученика student_id)',
      'needs-ege-ru-ma': (p: P) => `нужны средние баллы ЕГЭ по русскому языку и ${p.math}`,
      rank: (p: P) => {
        const n = Number(p.n);
        const [first, last] = [plural(n, 'первая', 'первых', 'первых'), plural(n, 'последняя', 'последних', 'последних')];
        return `${p.level} (лучшие — ${n} ${first}, низкие — ${n} ${last} ${plural(n, 'школа', 'школы', 'школ')} района)`;
      },
      spread: (p: P) => `10% низших: ${p.low}, 10% высших: ${p.high}, отношение ${p.ratio}`,
      'ior-profile': (p: P) => `ИОР ${p.year} из профиля`,
      'ior-computed': (p: P) =>
        `ИОР ${p.year} рассчитан по ${p.procedures} ${plural(Number(p.procedures), 'процедуре', 'процедурам', 'процедурам')} (принятое толкование)`,
      'needs-means': (p: P) => `нужны средние баллы: ${p.procedures}`,
      social: (p: P) => `${p.kind}, ИСБШ ${p.isbsh}`,
      'kind-inferred': (p: P) => `вид ОО не указан, принят ${p.kind} по наличию ЕГЭ`,
      change: (p: P) => `${p.before} → ${p.now}`,
      efficiency: (p: P) => `эффективность ${p.value}% (порог ${p.threshold}%)`,
      ...markersRu.scoreNotes,
      ...objectivityFlagRu.scoreNotes,
    } as Record<string, (p: P) => string>,
  },
  rules: {
    heading: (source: string) => `Реестр показателей (${source}, «4. Муниципальные показатели работы со ШНОР»)`,
    sheet: 'Показатели',
    id: '№',
    title: 'Показатель',
    source: 'Источник',
    formula: 'Формула',
    interpretation: 'Интерпретация shnor',
    scale: 'Шкала',
    method: 'Методы, сроки',
    subjects: 'Субъекты',
    configKey: 'ключ настроек',
    valueOnly: 'без баллов (значение)',
    otherwise: 'иначе',
    sign: (positive: number, negative: number) => `изменение ≥ 0 → ${positive}; < 0 → ${negative}`,
  },
  dynamics: {
    title: (range: string) => `Динамика результатов по школам: ${range}`,
    basis: (p: { year: string; margin: string; threshold: string; alpha: string; procedures: string; reference: string }) =>
      `Доля «2» / не преодолевших минимальный порог по каждой процедуре и году, с 95% доверительным интервалом Уилсона. ` +
      `Изменение отрицательное, если доля выросла не менее чем на ${p.margin} п.п. или результат вошёл в зону ≥ ${p.threshold}, ` +
      `положительное — если снизилась не менее чем на ${p.margin} п.п. или вышла из зоны (принятое толкование); ` +
      `значимость — z-тест двух долей, p < ${p.alpha}. Общая динамика школы к ${p.year} — по процедурам: ${p.procedures}. ` +
      `Средние баллы сравниваются с: ${p.reference}.`,
    legend: (years: string) =>
      `График: одна черта на год (${years}), ▁ — 0%, █ — 100% «2» / не преодолевших порог; · — только средний балл; пробел — нет данных.`,
    overall: (p: { year: string; direction: string }) => `общая динамика к ${p.year}: ${p.direction}`,
    overallNone: (year: string) => `общая динамика к ${year}: нет процедуры с долей «2» в оба года`,
    overallNoResults: (p: { year: string; missing: string }) => `общая динамика к ${p.year}: нет результатов в ${p.missing}`,
    improved: (list: string) => `улучшение: ${list}`,
    worsened: (list: string) => `ухудшение: ${list}`,
    directions: { positive: 'положительная', negative: 'отрицательная', stable: 'стабильная', mixed: 'разнонаправленная' },
    because: {
      margin: (margin: string) => `изменение не меньше ${margin} п.п.`,
      'entered-low': (threshold: string) => `вход в зону ≥ ${threshold}`,
      'left-low': (threshold: string) => `выход из зоны ≥ ${threshold}`,
    } as Record<string, (value: string) => string>,
    samples: { limited: 'ограниченная', approximate: 'ориентировочная', informative: 'информативная' },
    noRisks: 'рисков нет',
    noChange: 'нет двух лет подряд',
    change: (p: { year: string; delta: string; direction: string }) => `к ${p.year}: ${p.delta} п.п., ${p.direction}`,
    changeNoShare: (year: string) => `к ${year}: нет данных о доле «2»`,
    noShare: 'нет данных о доле «2»',
    meanPoint: (mean: string) => `ср. балл ${mean}`,
    meanSeries: (series: string) => `средний балл: ${series}`,
    meanOnly: 'только средний балл, доли «2» нет',
    significant: 'значимо',
    notSignificant: 'незначимо',
    smallSample: 'малая выборка',
    run: (n: number) => `${n} ${plural(n, 'отрицательное изменение', 'отрицательных изменения', 'отрицательных изменений')} подряд`,
    listTitle: (p: { from: string; to: string }) => `Движение списка ШНОР: ${p.from} → ${p.to}`,
    entered: 'вошли',
    left: 'вышли',
    noResultsIn: (year: string) => `нет результатов в ${year}`,
    stayed: 'остались',
    persistent: 'стойкие (та же процедура низкая оба года)',
    none: 'нет',
    onlySelected: 'только выбранные школы',
    movement: { entered: 'вошла', left: 'вышла', stayed: 'осталась' },
    movementColumn: 'Движение',
    persistentColumn: 'Низкие оба года',
    targetsTitle: (p: { previous: string; year: string }) =>
      `Целевые показатели программы 8.1–8.8: доля ШНОР ${p.previous} с положительной динамикой в ${p.year}, по всем школам`,
    ciLow: '95% ДИ, от',
    ciHigh: '95% ДИ, до',
    ci: '95% ДИ',
    meanScore: 'Средний балл',
    districtMean: 'Среднее для сравнения',
    meanRatio: 'Отношение к среднему',
    ratio52: '«5»/«2»',
    sample: 'Выборка',
    deltaPp: 'Изменение к прошлому году, п.п.',
    direction: 'Направление',
    significance: 'Значимо',
    pValue: 'p',
    reason: 'Основание',
    meanD: 'D среднего балла',
    series: 'Доля «2» по годам',
    lastChange: 'Последнее изменение',
    chart: 'График',
    sheetDynamics: 'Динамика',
    sheetList: 'Список',
    sheetTargets: 'Целевые показатели',
  },
  cluster: {
    title: (year: string, source: string) => `Кластеры школ (${source}): ${year}`,
    basis: (p: { year: string; previous: string; profile: boolean }) =>
      `Кластеры по результатам ${p.year} (список ШНОР — также по ${p.previous}); у каждой школы один кластер, приоритет 1 > 2 > 3; ` +
      `школа вне трёх кластеров — стабильная. Профиль школ: ${p.profile ? 'есть' : 'не указан — контекстные риски не проверялись'}.`,
    cluster: 'Кластер',
    label: 'Название кластера',
    reasons: 'Основания',
    rules: 'Правила',
    summary: (p: { one: number; two: number; three: number; none: number; total: number }) =>
      `Кластер 1: ${p.one}, кластер 2: ${p.two}, кластер 3: ${p.three}, вне кластеров: ${p.none} (всего школ: ${p.total}).`,
    sources: 'Правила и источники',
    source: 'Источник',
    disabled: (key: string) => `отключено в настройках (${key} = false)`,
    risks: {
      computerShortage: 'нехватка компьютерной техники',
      staffShortage: 'дефицит педагогических кадров',
      smallSchool: 'малочисленная школа',
    },
    /** criteria: «A», «B» or «A, B». */
    shnor: (p: { criteria: string; results: string }) => {
      const both = p.criteria.includes(',');
      return `${both ? `критерии ${p.criteria.replace(', ', ' и ')}` : `критерий ${p.criteria}`}; низкие результаты: ${p.results}`;
    },
    lowIor: (p: { ior: string; run: number; procedures: string }) =>
      `ИОР ${p.ior} < 0; ${p.run} ${plural(p.run, 'отрицательное изменение', 'отрицательных изменения', 'отрицательных изменений')} подряд: ${p.procedures}`,
    /** share: «40% «2»» or «40% не преодолели минимальный порог». */
    oneLow: (p: { procedure: string; share: string; year: string }) => `${p.procedure} — ${p.share} в ${p.year}`,
    positive: (p: { year: string; procedures: string }) => `улучшение к ${p.year}: ${p.procedures}; ухудшений нет`,
    sheet: 'Кластеры',
  },
  inspect: inspectRu,
  yearly: yearlyRu,
  targets: targetsRu,
  difficulties: difficultiesRu,
  check: checkRu,
  lists: listsRu,
  quality: qualityRu,
  branches: branchesRu,
  markers: markersRu,
  objectivity: objectivityRu,
  objectivityFlag: objectivityFlagRu,
  report: reportRu,
  configFile: configFileRu,
  profileTemplate: profileTemplateRu,
  commander: commanderRu,
  significance: significanceRu,
  help: {
    recommend: 'адресные рекомендации по школам: для управленческой команды, педагогов, обучающихся, родителей, методической службы',
    report: 'годовая аналитическая справка: report.md, report.html, report.xlsx и графики charts/*.svg в папке -o (с --docx и --pdf — также report.docx и report.pdf)',
    programme: 'программа целевых показателей (JSON) вместо встроенной (МППКО Пировского муниципального округа); шаблон — shnor template programme',
    facts: 'файл фактов целевых показателей (.xlsx): муниципальные показатели и строки ШНОР/ШНСУ; шаблон — shnor template facts',
    recommendFull: 'в терминале — все меры каждой школы с ответственными, сроками, основаниями и источниками (без него — первоочередные меры, не более 5 на школу; файлы и другие форматы содержат все меры)',
    catalog: 'свой каталог рекомендаций (JSON): дополняет встроенный, с "mode": "replace" — заменяет',
    reportDir: 'папка для справки',
    recommendExamples: EXAMPLES.recommend,
    reportExamples: EXAMPLES.report,
    targets: 'целевые показатели программы за год (по МППКО Пировского муниципального округа, январский мониторинг): план, факт, числитель и знаменатель, итог и пояснение',
    tasks: 'результаты по заданиям (карты затруднений): успешность каждого задания против региона, проблемные задания по умениям, по классам или учителям (--by), общие затруднения ШНОР',
    tasksExamples: EXAMPLES.tasks,
    objectivity: 'признаки необъективности по выгрузке ФИС ОКО по ученикам: отметки ВПР против отметок по журналу (понизили / подтвердили / повысили), распределение первичных баллов, признаки для проверки (и ВПР против ОГЭ школы, если ОГЭ среди входных файлов)',
    objectivityExamples: EXAMPLES.objectivity,
    objectivityYear: 'только работы этого учебного года (по году окончания: 2020/2021 → 2021); по умолчанию все',
    objectivityYears: (years: string) => `год работ во входных файлах: ${years}`,
    objectivityBy: 'class — и по классам каждой школы',
    taskResults: 'файл результатов (как для classify): общие затруднения считаются по ШНОР этого года, а не по всем школам',
    taskMap: 'карта заданий (.xlsx/.csv или папка) или описание работы ФИОКО: номер задания (и позиция), макс. балл, проверяемое умение, элемент содержания; можно повторять',
    expectedProcedure: 'название или код процедуры, например «ВПР Математика 5 класс» или VPR-MA-5',
    taskProcedure: 'процедура, если её не называют ни заголовок, ни имя файла (например «ВПР Математика 5 класс» или VPR-MA-5)',
    taskMax: 'максимальные баллы заданий, если их нет ни в файле, ни в карте: "1=1,2=1,4(1)=2"',
    taskBy: 'class — по классам; teacher — по учителям (имена учителей только с этим флагом)',
    tasksInputs: 'протоколы или выгрузки «Выполнение заданий» (.xlsx/.csv, папки) для адресных мер по заданиям; можно повторять',
    targetsExamples: EXAMPLES.targets,
    dynamics: 'динамика по школам и процедурам за все годы: доля «2» с доверительным интервалом, значимость изменений, движение списка ШНОР, целевые показатели 8.1–8.8',
    cluster: 'три кластера школ (по МППКО Пировского муниципального округа): низкие результаты, зона риска, положительная динамика — с основаниями',
    school: 'только эти школы (код ОО; можно повторять или перечислить через запятую)',
    dynamicsExamples: EXAMPLES.dynamics,
    clusterExamples: EXAMPLES.cluster,
    expectedSchool: (known: string) => `код школы из входных данных, например ${known}`,
    schoolIsBranch: (entity: string) => `это филиал ${entity}: список и рекомендации составляются по юрлицу, укажите --school ${entity}`,
    score: 'муниципальные показатели (Славянский район): баллы 0–3 по результатам и профилю школы, итог, место',
    rules: 'показать реестр показателей: источник, формула, шкала, интерпретации shnor',
    profileShnsu: 'профиль школ (.xlsx/.csv): ШНСУ — по столбцу «ШНСУ» или по ИСБШ ниже shnsu.isbshBelow; шаблон — shnor template profile',
    profile: 'профиль школ (.xlsx/.csv): кадры, олимпиады, ИСБШ, признаки необъективности; шаблон — shnor template profile',
    reference: 'опорные средние баллы (год, процедура, средний балл; муниципалитет, уровень)',
    referenceLevel: 'уровень опорных значений без столбца «Уровень»: district (район) или region (регион)',
    scoreExamples: EXAMPLES.score,
    program: 'shnor — школы с низкими образовательными результатами (ШНОР) по результатам ВПР, ОГЭ, ЕГЭ, КДР',
    classify: 'применить правило ФИОКО (30% «2») и объяснить каждое решение',
    check: 'сверить проект списка ШНОР (--list) с правилом ФИОКО и проверить данные: код выхода 1 при расхождениях или ошибках в данных',
    checkExamples: EXAMPLES.check,
    init: 'записать shnor.config.json с настройками по умолчанию и пояснениями',
    template: 'записать пустую книгу для заполнения: profile — профиль школ (кадры, олимпиады, доли обучающихся, риски)',
    templateKind: 'вид шаблона: profile, facts (файл фактов целевых показателей; с файлами результатов — строки ШНОР и ШНСУ), programme (пустая программа целевых показателей, JSON)',
    inputs: 'файлы .xlsx/.csv, папки или «-» (стандартный ввод)',
    year: 'целевой год Y (учебный год по году окончания: 2020/2021 → 2021); по умолчанию последний год в данных',
    threshold: 'порог низкого результата, % (по умолчанию 30)',
    sameProcedure: 'критерий B: низкий результат по одной и той же процедуре в оба года',
    procedures: 'набор процедур: fioko (по умолчанию), extended, all или список кодов через запятую',
    minParticipants: 'учитывать результаты не менее чем с N участниками (по умолчанию 1)',
    layout: 'макет таблицы: long, wide, students, fisoko, ege-form (по умолчанию определяется сам)',
    encoding: 'кодировка CSV: utf-8, cp1251 … (по умолчанию определяется сама)',
    delimiter: 'разделитель CSV: ";" "," или "\\t" (по умолчанию определяется сам)',
    sheet: 'читать только этот лист книги',
    format: (formats: string) => `формат вывода: ${formats} (по умолчанию table, а с -o — по расширению)`,
    output: 'записать результат в файл',
    excel: 'CSV для русского Excel: BOM, «;», десятичная запятая',
    rejects: 'записать строки, не попавшие в расчёт, с файлом, листом, строкой и причиной (.csv или .xlsx)',
    schools: 'список школ (код, наименования через «|» или «;», муниципалитет, вид, у филиала — код юрлица parent_id): сопоставляет школы разных файлов по названию, филиалы учитываются в списке вместе с юрлицом',
    scales: 'шкалы перевода первичного балла ВПР в отметку за другие годы (year, procedure, min3, min4, min5, max; шкалы 2021 года встроены)',
    strict: 'любая проблема во входных данных — ошибка (код выхода 2)',
    config: 'файл настроек (по умолчанию shnor.config.json в текущей папке)',
    lang: 'язык вывода: ru или en',
    debug: 'показывать трассировку внутренних ошибок',
    force: 'перезаписать существующий файл',
    version: 'показать версию',
    helpOption: 'показать справку',
    helpCommand: 'показать справку по команде',
    usage: '[параметры] [команда]',
    classifyUsage: '[параметры] <файлы...>',
    initUsage: '[параметры]',
    examples: 'Примеры:',
    exitCodes: 'Коды выхода: 0 — готово; 1 — check нашёл расхождения; 2 — ошибка параметров или входных данных; 3 — внутренняя ошибка.',
    classifyExamples: EXAMPLES.classify,
    templateExamples: EXAMPLES.template,
    initDone: (file: string) => `Записан ${file}`,
    written: (file: string) => `Записан ${file}`,
    configUsed: (file: string) => `Настройки из ${file} (другой файл — --config)`,
    configNotJson: (at: { line: number; column: number } | null) => (at ? `не JSON: ошибка в строке ${at.line}, позиция ${at.column}` : 'не JSON'),
    expectedNumber: 'ожидается число',
    expectedYear: 'ожидается год, например 2021 или 2020-2021',
    expectedOneOf: (list: string) => `ожидается одно из: ${list}`,
    expectedOutputExtension: (list: string) => `расширение файла — одно из: ${list}; или формат в --format`,
    expectedProcedures: 'ожидается fioko, extended, all или список кодов процедур через запятую',
  },
};

export type Messages = typeof ru;
