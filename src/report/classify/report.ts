/**
 * What every classify renderer shows, laid out once: the verdicts, the input issues, and a
 * school × procedure table of failing shares for Y and Y−1 with the low cells marked.
 */
import { messagesOf, type Lang } from '../../messages/index.js';
import { isWarning, type Issue } from '../../model/issues.js';
import { failShareLabel } from '../fail-term.js';
import { procedureName } from '../procedure-name.js';
import { hasShare, type Classification, type ResultAssessment } from '../../rules/fioko.js';
import { explainVerdict, flaggedText } from './explain.js';
import { shnsuCell, shnsuReasonTexts } from './shnsu.js';
import type { ShnsuVerdict } from '../../rules/shnsu.js';
import type { ListStanding } from '../../rules/official-lists.js';
import type { QualityTable } from '../../rules/mark-quality.js';
import { listsCell, standingText } from '../official-lists.js';
import type { Table, TableCell } from '../table-model.js';

export interface ClassifyReport {
  classification: Classification;
  issues: Issue[];
  /** With --profile: each school's ШНСУ status, and the note said once (null when none is due). */
  shnsu: { verdicts: Map<string, ShnsuVerdict>; note: string | null } | null;
  /** With --profile: each school's official lists beside its verdict. */
  lists: Map<string, ListStanding> | null;
  /** «Успеваемость» and «качество знаний» of the method's procedures in Y and Y−1, where the input counts marks. */
  quality: QualityTable;
}

/** «ШНОР: n; ШНСУ: m; и ШНОР, и ШНСУ: k». */
export function shnsuSummary(report: ClassifyReport, lang: Lang): string | null {
  const t = messagesOf(lang);
  if (!report.shnsu) return null;
  const { flagged } = report.classification;
  const shnsu = [...report.shnsu.verdicts.values()].filter((v) => v.shnsu === true);
  return t.targets.shnsu.summary({ shnor: flagged.size, shnsu: shnsu.length, both: shnsu.filter((v) => flagged.has(v.schoolId)).length });
}

interface ProcedureColumn {
  year: number;
  procedure: string;
}

export function schoolTable(report: ClassifyReport, lang: Lang): Table {
  const t = messagesOf(lang);
  const { year, method, schools } = report.classification;
  const l = t.labels;
  const columns = procedureColumns(report.classification);
  const shnsu = report.shnsu;
  const headers = [
    l.schoolId, l.schoolName, l.municipality, l.schoolType, l.flagged, ...(shnsu ? [t.targets.shnsu.column] : []),
    ...(report.lists ? [t.lists.column] : []), l.criteria,
    ...columns.map((c) => `${procedureName(c.procedure, lang)}, ${failShareLabel(c.procedure, lang)}, ${l.schoolYear(c.year)}`),
    l.notes,
  ];
  const rows = schools.map((school) => {
    const find = (c: ProcedureColumn) => school.results.find((r) => r.year === c.year && r.procedure === c.procedure);
    return {
      emphasis: school.flagged,
      cells: [
        { value: school.schoolId }, { value: school.schoolName }, { value: school.municipality }, { value: school.schoolType },
        { value: flaggedText(school, lang) },
        ...(shnsu ? [{ value: shnsuCell(shnsu.verdicts.get(school.schoolId), lang) }] : []),
        ...(report.lists ? [{ value: listsCell(report.lists.get(school.schoolId), lang) }] : []),
        { value: school.criteria.join(', ') },
        ...columns.map((c) => shareCell(find(c))),
        { value: [...explainVerdict(school, year, method.threshold, lang), ...shnsuReasons(report, school.schoolId, lang), ...listsNote(report, school.schoolId, lang)].join('\n') },
      ],
    };
  });
  return { name: l.sheetList, headers, rows, wide: [1, headers.length - 1] };
}

/** The ШНСУ reasons of a school, for the notes. */
export function shnsuReasons(report: ClassifyReport, schoolId: string, lang: Lang): string[] {
  const t = messagesOf(lang);
  const verdict = report.shnsu?.verdicts.get(schoolId);
  return verdict ? shnsuReasonTexts(verdict, lang).map((text) => `${t.targets.shnsu.column}: ${text}`) : [];
}

/** The school's official lists and where they disagree with the data, as a note; none without them. */
export function listsNote(report: ClassifyReport, schoolId: string, lang: Lang): string[] {
  const text = standingText(report.lists?.get(schoolId), report.classification.year, lang);
  return text ? [`${messagesOf(lang).lists.column}: ${text}`] : [];
}

/** The screen's note: the sentence where the lists and the data disagree, the lists' short names where they agree. */
export function listsShortNote(report: ClassifyReport, schoolId: string, lang: Lang): string[] {
  const standing = report.lists?.get(schoolId);
  if (!standing?.lists || standing.disagreement !== null || standing.lists.length === 0) return listsNote(report, schoolId, lang);
  return [`${messagesOf(lang).lists.column}: ${listsCell(standing, lang)}`];
}

function shareCell(result: ResultAssessment | undefined): TableCell {
  if (!result) return { value: null };
  return { value: result.failShare, percent: true, low: result.low && result.counted };
}

/** Procedures with a failing share in Y or Y−1, Y first, in the usual procedure order (mean-only results are in the notes). */
function procedureColumns(classification: Classification): ProcedureColumn[] {
  const { year, method, schools } = classification;
  const present = new Set(schools.flatMap((s) => s.results.filter(hasShare).map((r) => `${r.year}|${r.procedure}`)));
  return [year, year - 1].flatMap((y) =>
    method.procedures.filter((p) => present.has(`${y}|${p}`)).map((procedure) => ({ year: y, procedure })),
  );
}

export function issueCounts(issues: Issue[]): { errors: number; warnings: number } {
  const warnings = issues.filter(isWarning).length;
  return { errors: issues.length - warnings, warnings };
}
