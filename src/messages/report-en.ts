/** Texts of the report as an official document (English); the shape of report-ru.ts. */
import type { ReportMessages } from './report-ru.js';

export const reportEn: ReportMessages = {
  approve: 'APPROVED',
  blank: '______________________________',
  signature: (name) => `_____________ ${name}`,
  nameBlank: '_______________',
  dateBlank: '"___" ______________ 20___',
  numberBlank: '__________',
  registration: (p) => `${p.date} No. ${p.number}`,
  executor: (name) => `Prepared by: ${name}`,
  contacts: (p) => `tel. ${p.phone}, e-mail: ${p.email}`,
  contents: 'Contents',
  chartOmitted: (file) => `Chart left out (no Chromium): it is in ${file}.`,
  chromium: {
    missing: (p) =>
      `Chromium ${p.reason}. ${p.lost}; the rest of the report is written as usual. Install Chromium: apt-get install chromium (Debian, Ubuntu), ` +
      'or set SHNOR_CHROMIUM to the path of a Chromium/Chrome binary.',
    notFound: 'not found (neither /usr/bin/chromium nor chromium on PATH)',
    noFile: (path) => `not found: SHNOR_CHROMIUM=${path} — no such file`,
    failed: (reason) => `does not start (${reason})`,
    pdfLost: 'No report.pdf',
    chartsLost: 'No charts in report.docx (they are in report.html and charts/*.svg)',
  },
  help: {
    docx: 'also write report.docx — the report for Word, with requisites (report.requisites in shnor.config.json); charts drawn by Chromium',
    pdf: 'also write report.pdf — report.html printed by Chromium on A4 pages',
  },
};
