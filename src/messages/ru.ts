/** Every sentence a user reads, in Russian (the default language). en.ts mirrors this shape. */
type P = Record<string, string | number>;

/** «1 результат», «3 результата», «5 результатов». */
export function plural(n: number, one: string, few: string, many: string): string {
  const tens = n % 100;
  const units = n % 10;
  if (tens >= 11 && tens <= 14) return many;
  if (units === 1) return one;
  return units >= 2 && units <= 4 ? few : many;
}

export const ru = {
  location: {
    file: (name: string) => `файл ${name}`,
    sheet: (name: string) => `лист «${name}»`,
    row: (row: number) => `строка ${row}`,
    column: (column: string) => `столбец «${column}»`,
  },
  errors: {
    'file-not-found': () => 'файл не найден',
    'file-unreadable': (p: P) => `файл не читается: ${p.reason}`,
    'empty-file': () => 'файл пуст: в нём нет ни одной строки',
    'xls-not-supported': () => 'формат .xls (Excel 97–2003) не поддерживается: откройте файл в Excel или LibreOffice и сохраните как .xlsx',
    'encrypted-workbook': () => 'книга защищена паролем (или это файл .xls с расширением .xlsx): снимите пароль и сохраните как обычный .xlsx',
    'not-a-workbook': (p: P) => `файл не является книгой .xlsx или повреждён (${p.reason}): пересохраните его в Excel как .xlsx`,
    'unknown-encoding': (p: P) => `неизвестная кодировка «${p.encoding}»: укажите --encoding utf-8 или --encoding cp1251`,
    'sheet-not-found': (p: P) => `в книге нет листа «${p.sheet}»; листы: ${p.sheets}`,
    'no-header': (p: P) =>
      `не найдена строка заголовка (в первых 30 непустых строках)${p.layout ? ` для макета ${p.layout}` : ''}: нужны столбцы школы (код ОО / наименование ОО / школа), ` +
      'процедуры и участников с «2» или % «2» (long); или столбцы вида «ВПР Математика 5 кл. % «2»» (wide); или отметка/балл каждого участника (students)',
    'no-profile-header': () =>
      'не найдена строка заголовка профиля школ: нужен столбец «Код ОО» и хотя бы один столбец профиля (шаблон: shnor template profile)',
    'no-reference-header': () =>
      'не найдена строка заголовка опорных значений: нужны столбцы «Год», «Процедура» и «Средний балл» (и, если есть, «Муниципалитет», «Уровень»)',
    'year-unknown': () => 'в таблице нет столбца года, и год не виден из названия листа: укажите --year',
    'bad-option': (p: P) => `неверное значение ${p.option}: «${p.value}» (${p.expected})`,
    'output-is-input': (p: P) => `вывод в ${p.path} перезаписал бы входной файл: укажите другой -o`,
    'binary-to-terminal': (p: P) => `формат ${p.format} нельзя вывести в терминал: укажите -o файл.${p.format}`,
    'config-invalid': (p: P) => `ошибка в файле настроек ${p.file}: ${p.details}`,
    'config-unreadable': (p: P) => `файл настроек ${p.file} не читается: ${p.reason}`,
    'config-exists': (p: P) => `файл ${p.file} уже существует: удалите его или укажите --force`,
    'strict-failed': (p: P) => `--strict: найдено проблем во входных данных: ${p.count}`,
    'write-failed': (p: P) => `не удалось записать ${p.path}: ${p.reason}`,
    'no-input-files': (p: P) => `в ${p.inputs} нет файлов .xlsx, .csv или .txt`,
    'no-results': () => 'во входных данных нет ни одного пригодного результата (все строки отклонены — см. сообщения выше)',
    'cli-unknown-option': (p: P) => `неизвестный параметр ${p.token} (список параметров: ${p.help})`,
    'cli-unknown-command': (p: P) => `неизвестная команда ${p.token} (список команд: shnor --help)`,
    'cli-missing-argument': (p: P) => `не указан обязательный аргумент ${p.token} (пример: shnor classify results.xlsx)`,
    'cli-option-missing-argument': (p: P) => `для параметра ${p.token} не указано значение`,
    'cli-excess-arguments': () => 'лишние аргументы',
    'cli-other': (p: P) => `ошибка в командной строке: ${p.token}`,
    internal: (p: P) => `внутренняя ошибка shnor: ${p.message} (запустите с --debug, чтобы увидеть подробности, и сообщите разработчикам)`,
  },
  issues: {
    'missing-school': () => 'нет кода или названия школы: строка пропущена',
    'missing-procedure': () => 'не указана процедура: строка пропущена',
    'missing-year': () => 'не указан год: строка пропущена (или укажите --year)',
    'missing-participants': (p: P) => `${p.procedure}: есть число не справившихся, но нет числа участников — долю не вычислить; строка пропущена`,
    'no-participants': () => '0 участников: результата нет, строка пропущена',
    'missing-failing': (p: P) => `${p.procedure}: нет ни числа «2» / не преодолевших порог, ни их доли; результат пропущен`,
    'unknown-procedure': (p: P) => `не удалось распознать процедуру «${p.value}» (ожидается, например, «ВПР Математика 5 кл.» или VPR-MA-5); строка пропущена`,
    'bad-year': (p: P) => `не удалось распознать год «${p.value}» (ожидается 2021 или 2020-2021); строка пропущена`,
    'bad-number': (p: P) => `«${p.value}» — не число; результат пропущен`,
    'not-integer': () => 'количество должно быть целым; результат пропущен',
    'negative-count': () => 'отрицательное значение; результат пропущен',
    'share-out-of-range': () => 'доля вне диапазона 0–100%; результат пропущен',
    'fail-exceeds-participants': (p: P) => `не справившихся (${p.failed}) больше, чем участников (${p.participants}); результат пропущен`,
    'marks-exceed-participants': (p: P) => `отметок (${p.sum}) больше, чем участников (${p.participants}); результат пропущен`,
    'marks-do-not-add-up': (p: P) => `сумма отметок «2»–«5» (${p.sum}) не равна числу участников (${p.participants}); результат пропущен`,
    'pcts-do-not-add-up': (p: P) => `сумма долей «2»–«5» (${p.sum}%) отличается от 100% больше чем на 1 п.п.; результат пропущен`,
    'fail-share-mismatch': (p: P) => `доля «2» (${p.given}%) не согласуется с числом «2» (${p.computed}%); результат пропущен`,
    'duplicate-conflict': (p: P) =>
      `школа ${p.school}, ${p.procedure}, ${p.year}: повтор с другими значениями (первое — ${p.first}); оба результата исключены`,
    'bad-mark': (p: P) => `отметка «${p.value}» — не 2, 3, 4 или 5; строка пропущена`,
    'bad-score': (p: P) => `балл «${p.value}» вне диапазона 0–100; строка пропущена`,
    'no-min-score': (p: P) => `для ${p.procedure} не задан минимальный балл (ключ minScores в shnor.config.json): неуспешность определяется по отметке`,
    'bad-yes-no': (p: P) => `«${p.value}» — ожидается «да» или «нет»; значение пропущено`,
    'bad-choice': (p: P) => `«${p.value}» — ожидается одно из: ${p.choices}; значение пропущено`,
    'count-exceeds-total': (p: P) => `${p.count} больше, чем всего (${p.total}); значение пропущено`,
    'duplicate-school': (p: P) => `школа ${p.school} уже описана в профиле (${p.first}); строка пропущена`,
    'unknown-school': (p: P) => `школы ${p.school} нет во входных результатах; строка профиля не использована`,
    'unknown-column': () => 'столбец не распознан и не используется',
    'ignored-total-row': (p: P) => `итоговая строка «${p.value}» — не школа; пропущена`,
    'duplicate-column': () => 'столбец повторяет уже найденный и не используется',
    'sheet-without-header': () => 'на листе не найдена строка заголовка: лист не использован',
  },
  notes: {
    criterionA: (p: { year: string; count: number; list: string; threshold: string }) =>
      `Критерий A: ${p.count} ${plural(p.count, 'низкий результат', 'низких результата', 'низких результатов')} в ${p.year} (доля «2» / не преодолевших порог ≥ ${p.threshold}): ${p.list}`,
    criterionB: (p: { year: string; previousYear: string; current: string; previous: string; same: boolean }) =>
      `Критерий B${p.same ? ' (та же процедура в оба года)' : ''}: низкий результат в ${p.year} — ${p.current}; в ${p.previousYear} — ${p.previous}`,
    notFlagged: (p: { year: string; previousYear: string; low: number; previousLow: number }) =>
      `Не ШНОР: низких результатов в ${p.year} — ${p.low}, в ${p.previousYear} — ${p.previousLow} (нужно ≥ 2 в одном году или по ≥ 1 в каждом из двух)`,
    noResults: (p: { year: string }) => `Нет результатов в ${p.year} по учитываемым процедурам`,
    smallSample: (p: { list: string; limit: number }) => `Малая выборка (меньше ${p.limit} участников), результаты учтены: ${p.list}`,
    notCounted: (p: { list: string; min: number }) => `Меньше ${p.min} участников (--min-participants), результаты не учитываются: ${p.list}`,
    notFlaggedShort: (p: { year: string; previousYear: string; low: number; previousLow: number }) =>
      `Низких: ${p.low} в ${p.year}, ${p.previousLow} в ${p.previousYear}`,
    smallSampleShort: (p: { count: number; limit: number }) =>
      `Малая выборка (< ${p.limit} участников): ${p.count} ${plural(p.count, 'результат', 'результата', 'результатов')}, учтены`,
    notCountedShort: (p: { count: number; min: number }) =>
      `< ${p.min} участников: ${p.count} ${plural(p.count, 'результат', 'результата', 'результатов')} не учтены`,
    result: (p: { procedure: string; share: string; counts: string | null }) => `${p.procedure} ${p.share}${p.counts ? ` (${p.counts})` : ''}`,
  },
  labels: {
    schoolYear: (year: number) => `${year - 1}/${year} уч. г.`,
    schoolId: 'Код ОО',
    schoolName: 'Наименование ОО',
    municipality: 'Муниципалитет',
    schoolType: 'Вид ОО',
    flagged: 'ШНОР',
    yes: 'да',
    no: 'нет',
    criteria: 'Критерии',
    lowResults: 'Низкие результаты',
    notes: 'Пояснения',
    failShare: 'Доля «2»',
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
    summary: (p: { flagged: number; total: number }) => `ШНОР: ${p.flagged} из ${p.total} школ.`,
    issuesSummary: (p: { errors: number; warnings: number }) => `Проблем во входных данных: ошибок ${p.errors}, предупреждений ${p.warnings} (подробнее: --format json или -o файл.xlsx).`,
    sheetList: 'ШНОР',
    sheetIssues: 'Проблемы',
    configRoot: '(весь файл)',
  },
  help: {
    program: 'shnor — школы с низкими образовательными результатами (ШНОР) по результатам ВПР, ОГЭ, ЕГЭ, КДР',
    classify: 'применить правило ФИОКО (30% «2») и объяснить каждое решение',
    init: 'записать shnor.config.json с настройками по умолчанию и пояснениями',
    inputs: 'файлы .xlsx/.csv, папки или «-» (стандартный ввод)',
    year: 'целевой год Y (учебный год по году окончания: 2020/2021 → 2021); по умолчанию последний год в данных',
    threshold: 'порог низкого результата, % (по умолчанию 30)',
    sameProcedure: 'критерий B: низкий результат по одной и той же процедуре в оба года',
    procedures: 'набор процедур: fioko (по умолчанию), extended, all или список кодов через запятую',
    minParticipants: 'учитывать результаты не менее чем с N участниками (по умолчанию 1)',
    layout: 'макет таблицы: long, wide, students (по умолчанию определяется сам)',
    encoding: 'кодировка CSV: utf-8, cp1251 … (по умолчанию определяется сама)',
    delimiter: 'разделитель CSV: ";" "," или "\\t" (по умолчанию определяется сам)',
    sheet: 'читать только этот лист книги',
    format: 'формат вывода: table, csv, md, json, xlsx (по умолчанию table, а с -o — по расширению)',
    output: 'записать результат в файл',
    excel: 'CSV для русского Excel: BOM, «;», десятичная запятая',
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
    classifyExamples: [
      'shnor classify results.xlsx',
      'shnor classify vpr-2021.csv oge-2021.xlsx --year 2021 -o list.xlsx',
      'shnor classify results.csv --format json | jq .',
      'shnor classify results.xlsx --same-procedure --procedures extended',
    ],
    initDone: (file: string) => `Записан ${file}`,
    written: (file: string) => `Записан ${file}`,
    expectedNumber: 'ожидается число',
    expectedYear: 'ожидается год, например 2021 или 2020-2021',
    expectedOneOf: (list: string) => `ожидается одно из: ${list}`,
    expectedProcedures: 'ожидается fioko, extended, all или список кодов процедур через запятую',
  },
};

export type Messages = typeof ru;
