/**
 * Texts of the справка as an official document (Russian): requisites, table of contents, and what
 * `shnor report --docx/--pdf` says when Chromium is missing; part of the messages module.
 */
export const reportRu = {
  approve: 'УТВЕРЖДАЮ',
  /** A requisite not set in shnor.config.json: a line to fill in by hand. */
  blank: '______________________________',
  /** The signature line, then the name or a shorter blank for it. */
  signature: (name: string) => `_____________ ${name}`,
  nameBlank: '_______________',
  dateBlank: '«___» ______________ 20___ г.',
  numberBlank: '__________',
  registration: (p: { date: string; number: string }) => `${p.date} № ${p.number}`,
  executor: (name: string) => `Исполнитель: ${name}`,
  contacts: (p: { phone: string; email: string }) => `тел. ${p.phone}, e-mail: ${p.email}`,
  contents: 'Содержание',
  chartOmitted: (file: string) => `График не вставлен (нет Chromium): он в файле ${file}.`,
  chartOmittedHtml: 'График не вставлен (нет Chromium): он есть в выводе HTML.',
  chromium: {
    missing: (p: { reason: string; lost: string }) =>
      `Chromium ${p.reason}. ${p.lost}; остальные файлы справки записываются как обычно. Установите Chromium: apt-get install chromium (Debian, Ubuntu) ` +
      'или укажите путь к Chromium/Chrome в переменной SHNOR_CHROMIUM.',
    notFound: 'не найден (нет /usr/bin/chromium и chromium в PATH)',
    noFile: (path: string) => `не найден: SHNOR_CHROMIUM=${path} — нет такого файла`,
    failed: (reason: string) => `не запускается (${reason})`,
    pdfLost: 'Файл report.pdf не записан',
    chartsLost: 'В report.docx нет графиков (они есть в report.html и charts/*.svg)',
    /** A command's DOCX output (-o x.docx) drawn without Chromium. */
    chartsLostIn: (p: { reason: string; file: string }) =>
      `Chromium ${p.reason}. В ${p.file} нет графиков (их показывает вывод в HTML). Установите Chromium: apt-get install chromium (Debian, Ubuntu) ` +
      'или укажите путь к Chromium/Chrome в переменной SHNOR_CHROMIUM.',
  },
  /** Why a section of the справка has no data: one sentence at its head (src/report/yearly/gaps.ts). */
  gaps: {
    noEarlierYear: (year: string) => `Результатов прежних лет нет, только за ${year}: динамика и движение списка не оцениваются.`,
    noFacts: (p: { noData: number; total: number }) =>
      `Файл фактов мониторинга не представлен: показатели, которые заполняют школы и отдел образования, без данных (${p.noData} из ${p.total}).`,
    noTaskResults: (year: string) => `Результатов по заданиям за ${year} в представленных файлах нет.`,
    taskResultsOfOtherYears: (p: { year: string; found: string }) => `В представленных файлах результаты по заданиям только за ${p.found}, за ${p.year} их нет.`,
    noListedSchools: (schools: number) =>
      `Школ списка ШНОР (${schools}) среди школ с результатами по заданиям нет: ни карт затруднений ШНОР, ни их общих затруднений составить нельзя.`,
  },
  issues: {
    'section-without-data': (p: Record<string, string | number>) => `Справка, раздел «${p.section}» — ${lowerFirst(String(p.reason))}`,
  },
  /** What `report` shows on a terminal: each step as it starts, then the files written. */
  progress: { read: 'Чтение…', analyse: 'Расчёт…', tasks: 'Чтение результатов по заданиям…', charts: 'Графики…', docx: 'DOCX…', pdf: 'PDF…', write: 'Запись…' },
  written: (dir: string) => `Записано в ${dir}:`,
  /** charts/*.svg on one line: how many, and their size together. */
  charts: (count: number) => `charts/*.svg (${count})`,
  sizeUnits: ['Б', 'КБ', 'МБ', 'ГБ'],
  help: {
    docx: 'записать также report.docx — справку для Word с реквизитами (report.requisites в shnor.config.json); графики рисует Chromium',
    pdf: 'записать также report.pdf — report.html, напечатанный Chromium на листы A4',
    objectivity: 'раздел об объективности результатов ВПР по выгрузкам ФИС ОКО по ученикам с отметкой по журналу: из файлов FILE (можно повторять) или, без файла, из входных файлов; с графиками',
    quiet: 'ничего не сообщать, кроме проблем: ни шагов, ни записанных файлов (когда stderr не терминал, вместо них одна строка — где справка)',
  },
};

export type ReportMessages = typeof reportRu;

/** A sentence continuing a line: its first letter small, unless the first word is an abbreviation («ШНСУ»). */
export function lowerFirst(sentence: string): string {
  const [first = '', second = ''] = sentence;
  return second !== second.toLowerCase() ? sentence : first.toLowerCase() + sentence.slice(1);
}
