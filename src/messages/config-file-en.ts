/** The notes `shnor init --lang en` writes into shnor.config.json; the same keys as config-file-ru.ts. */
import type { ConfigFileMessages } from './config-file-ru.js';

export const configFileEn: ConfigFileMessages = {
  '': 'shnor settings. Keys starting with "//" are comments. Command-line flags take precedence over this file.',
  lang: 'Language of reports and messages: ru or en.',
  minScores: 'ЕГЭ minimum test scores by subject (MA-P — profile mathematics).',
  'classify.threshold':
    'Low-result threshold, %: the share of «2» (ВПР, ОГЭ, basic ЕГЭ, КДР) or of those below the minimum score (ЕГЭ) at or above it (FIOKO: 30).',
  'classify.sameProcedure':
    'Criterion B: true — a low result in the same procedure in both years (the federal wording of 2025); false — in any procedure (the wording of the municipal programme for raising the quality of education).',
  'classify.procedures':
    'Procedure set: "fioko" (FIOKO\'s 8 procedures), "extended" (+ ВПР 4, 7, 8 and КДР 4, 6, 7, 8), "all" (all in the data) or a list of codes, e.g. ["VPR-MA-5", "OGE-MA"].',
  'classify.minParticipants': 'Results with fewer participants are shown but not counted.',
  'classify.smallSample': 'Results with fewer participants are marked «small sample» but counted.',
  score: 'Municipal indicators (shnor score). Every scale and formula: shnor rules.',
  'score.egeMath': 'Which ЕГЭ mathematics counts as «mathematics» in 1.2, 1.9, 1.21: "EGE-MA-P" (profile) or "EGE-MA-B" (basic).',
  'score.zeroShare2': 'A zero share of «2» in 1.5, 1.6, 1.14–1.17: "one-point" — take it as 1 pp; "ratio-one" — take the ratio as 1.',
  'score.inequalityTopN': '1.9: how many of the district\'s schools count as the «best» and the «lowest».',
  'score.olympiadEfficiency': '2.9: an efficiency at the municipal stage of the olympiad above this percentage — 2 points, not above — 1.',
  'score.scales':
    'A replacement scale for an indicator, e.g. {"1.10": {"kind": "bands", "bands": [{"upTo": 10, "points": 3}, {"upTo": 30, "points": 1}, {"points": 0}]}}.',
  dynamics: 'Dynamics (shnor dynamics, clusters, targets 8.1–8.8).',
  'dynamics.marginPp': 'A real change of the share of «2» is at least this many pp (0 — any change).',
  'dynamics.alpha': 'Significance level of the two-proportion test.',
  'dynamics.requireSignificance': 'true — verdicts (clusters 2 and 3, negative runs, targets 8.x, measures, the overall direction) count a change only when it is at least marginPp and significant (p < alpha); false — by the method, any change of at least marginPp, and a verdict says when the change is not significant.',
  'dynamics.limitedBelow': 'Fewer than limitedBelow participants — a limited sample; from informativeFrom on — an informative one.',
  cluster: 'The rules of cluster 2 can be turned off; negativeRun — how many negative changes in a row it takes (2 by default).',
  check: 'The data checks of shnor check: signs of non-objectivity are reasons to look, not conclusions.',
  'check.objectivitySwingMinParticipants': 'A sharp change of the «2» share is a sign only with at least this many participants in both years…',
  'check.objectivitySwingAlpha': '…and a two-proportion z-test p below this level (a sign of shnor, not of the method).',
  shnsu: 'Schools in difficult social conditions (ШНСУ): by the profile\'s «ШНСУ» column or by ИСБШ.',
  'shnsu.isbshBelow': 'An ИСБШ below this value makes a school ШНСУ. No document gives the number, so the default is null: only the «ШНСУ» column decides.',
  tasks:
    'Task-level results (shnor tasks): a difficulty is a success rate below lowSuccess % or gapPp pp or more below the region (municipality, district).',
  'tasks.smallBelow': 'Fewer participants — a «small school»: its shares swing with a single pupil.',
  read:
    'Reading files. Large CSV protocols (shnor tasks, --tasks): a file from parallelFromMiB MiB on is read in parts on several threads; the result is the same as a whole read.',
  'read.maxParticipants': 'No school\'s result has more participants (or «2», «3» …): such a cell is an error and its row is left out.',
  'read.threads': 'Threads per file: 0 — one per processor core, at most 4; 1 — always one thread.',
  'read.xlsxMaxExpandedMiB':
    'Limits of an XLSX workbook: beyond them it is refused, naming the key. The parts to read, expanded (MiB); how many times a part over 1 MiB may be compressed; the count of shared strings (distinct texts) and their size (MiB).',
  report:
    'The requisites of the report (shnor report): in report.html, report.pdf, report.docx and report.md. An empty string is a blank «______» to fill in by hand.',
  'report.teachers':
    'true — the report\'s difficulty maps show teachers too (shnor report --tasks); by default no teacher names go into the report.',
  'report.requisites.organisation':
    'The organisation that prepared the report (above the title), e.g. «Управление образования администрации МО Демидовский район».',
  'report.requisites.approver': 'The «УТВЕРЖДАЮ» stamp at the top right: the position, surname and initials of who approves it.',
  'report.requisites.number': 'The report\'s number and date as strings, e.g. "01-12/345" and "15.09.2025"; without a date — «___» ________ 20__ г.',
  'report.requisites.place': 'Where it was drawn up, e.g. «г. Демидов».',
  'report.requisites.executor': 'The executor at the end of the report: full name, position, phone, e-mail.',
};
