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
  chromium: {
    missing: (p: { reason: string; lost: string }) =>
      `Chromium ${p.reason}. ${p.lost}; остальные файлы справки записываются как обычно. Установите Chromium: apt-get install chromium (Debian, Ubuntu) ` +
      'или укажите путь к Chromium/Chrome в переменной SHNOR_CHROMIUM.',
    notFound: 'не найден (нет /usr/bin/chromium и chromium в PATH)',
    noFile: (path: string) => `не найден: SHNOR_CHROMIUM=${path} — нет такого файла`,
    failed: (reason: string) => `не запускается (${reason})`,
    pdfLost: 'Файл report.pdf не записан',
    chartsLost: 'В report.docx нет графиков (они есть в report.html и charts/*.svg)',
  },
  help: {
    docx: 'записать также report.docx — справку для Word с реквизитами (report.requisites в shnor.config.json); графики рисует Chromium',
    pdf: 'записать также report.pdf — report.html, напечатанный Chromium на листы A4',
  },
};

export type ReportMessages = typeof reportRu;
