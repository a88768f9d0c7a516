/** Texts of the report as an official document (English); the shape of report-ru.ts. */
import { lowerFirst, type ReportMessages } from './report-ru.js';

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
  chartOmittedHtml: 'Chart left out (no Chromium): the HTML output has it.',
  chromium: {
    missing: (p) =>
      `Chromium ${p.reason}. ${p.lost}; the rest of the report is written as usual. Install Chromium: apt-get install chromium (Debian, Ubuntu), ` +
      'or set SHNOR_CHROMIUM to the path of a Chromium/Chrome binary.',
    notFound: 'not found (neither /usr/bin/chromium nor chromium on PATH)',
    noFile: (path) => `not found: SHNOR_CHROMIUM=${path} — no such file`,
    failed: (reason) => `does not start (${reason})`,
    pdfLost: 'No report.pdf',
    chartsLost: 'No charts in report.docx (they are in report.html and charts/*.svg)',
    chartsLostIn: (p) =>
      `Chromium ${p.reason}. No charts in ${p.file} (the HTML output has them). Install Chromium: apt-get install chromium (Debian, Ubuntu), ` +
      'or set SHNOR_CHROMIUM to the path of a Chromium/Chrome binary.',
  },
  gaps: {
    noEarlierYear: (year) => `No results of earlier years, only of ${year}: neither the dynamics nor the list's movement can be judged.`,
    noFacts: (p) => `No monitoring facts were supplied: the indicators filled in by the schools and the education department have no data (${p.noData} of ${p.total}).`,
    noTaskResults: (year) => `The files supplied hold no task results for ${year}.`,
    taskResultsOfOtherYears: (p) => `The files supplied hold task results for ${p.found} only, none for ${p.year}.`,
    noListedSchools: (schools) =>
      `None of the ${schools} ШНОР of the list has task results: neither their difficulty maps nor their common difficulties can be drawn up.`,
  },
  issues: {
    'section-without-data': (p) => `Report, section "${p.section}" — ${lowerFirst(String(p.reason))}`,
  },
  progress: { read: 'Reading…', analyse: 'Analysing…', tasks: 'Reading task results…', charts: 'Charts…', docx: 'DOCX…', pdf: 'PDF…', write: 'Writing…' },
  written: (dir) => `Written to ${dir}:`,
  charts: (count) => `charts/*.svg (${count})`,
  sizeUnits: ['B', 'KB', 'MB', 'GB'],
  help: {
    docx: 'also write report.docx — the report for Word, with requisites (report.requisites in shnor.config.json); charts drawn by Chromium',
    pdf: 'also write report.pdf — report.html printed by Chromium on A4 pages',
    objectivity: 'a section on the objectivity of ВПР results from ФИС ОКО per-pupil exports with journal marks: from the files FILE (may be repeated) or, without one, from the inputs; with charts',
    quiet: 'say nothing but problems: neither the steps nor the files written (when stderr is not a terminal, one line naming the report instead)',
  },
};
