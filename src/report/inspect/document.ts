/**
 * inspect's document: a section per file — what shnor sees in each sheet and the command that
 * reads it again without guessing — with no title of its own; the sheets: a row per sheet, and the
 * input problems.
 */
import { msg, type Lang } from '../../messages/index.js';
import { shortList } from '../../messages/list.js';
import type { Issue } from '../../model/issues.js';
import type { FileReport, SheetReport } from '../../io/inspect.js';
import type { Document, Section, Text } from '../document/model.js';
import { procedureName } from '../procedure-name.js';
import { issueTable, type Table } from '../table-model.js';
import { diagnosisLines, failureText, fitVerdict } from './diagnosis.js';
import { inspectJson } from './json.js';

export interface InspectReport {
  files: FileReport[];
  issues: Issue[];
}

export function inspectDocument(report: InspectReport, lang: Lang): Document {
  return {
    title: null,
    sections: report.files.map((file) => fileSection(file, lang)),
    sheets: [sheetsTable(report, lang), issueTable(report.issues)],
    json: { value: inspectJson(report) },
  };
}

function fileSection(file: FileReport, lang: Lang): Section {
  const t = msg().inspect;
  const title = t.file({ file: file.file, format: file.format ?? '', encoding: file.encoding ?? '', delimiter: file.delimiter === '\t' ? '\\t' : (file.delimiter ?? '') });
  const reproduce: Text[] = file.reproduce !== null ? [[`  ${t.reproduce}: `, { code: file.reproduce }]] : file.error ? [] : [`  ${t.unreadable}`];
  const lines: Text[] = [
    ...(file.error ? [t.failed(failureText(file))] : []),
    ...file.sheets.flatMap((sheet) => sheetLines(sheet, lang)),
    ...reproduce,
  ];
  return { title, blocks: [{ kind: 'lines', tight: true, lines }] };
}

function sheetLines(sheet: SheetReport, lang: Lang): string[] {
  const t = msg().inspect;
  const header = sheet.headerRow !== null ? t.headerAt(sheet.headerRow) : sheet.diagnosis ? t.noHeader : t.emptySheet;
  const lines = [t.sheet({
    sheet: sheet.sheet ?? t.noSheet, header, layout: sheet.layout ?? '—', records: sheet.records, rejected: sheet.rejected, merged: sheet.merged, warnings: sheet.warnings,
  })];
  if (sheet.diagnosis) {
    const cells = sheet.columns.map((c) => c.header);
    lines.push(t.likeliest({ row: sheet.diagnosis.row, cells: shortList(cells, msg().labels.andMore, ' | ') }));
  } else if (sheet.headerRow !== null) {
    lines.push(t.found({ procedures: sheet.procedures.map((p) => procedureName(p, lang)).join(', '), years: sheet.years.join(', ') }));
  }
  if (sheet.columns.length > 0) lines.push(`    ${t.columns}: ${columnsText(sheet)}`);
  return sheet.diagnosis ? [...lines, ...diagnosisLines(sheet.diagnosis)] : lines;
}

/** «Код ОО» → schoolId; …; не используются: «Примечание», … — the unused ones cut when many. */
function columnsText(sheet: SheetReport): string {
  const t = msg().inspect;
  const used = sheet.columns.filter((c) => c.field !== null).map((c) => `«${c.header}» → ${c.field}`);
  const unused = sheet.columns.filter((c) => c.field === null).map((c) => `«${c.header}»`);
  return [...used, ...(unused.length > 0 ? [`${t.unused}: ${shortList(unused, msg().labels.andMore)}`] : [])].join('; ');
}

function sheetsTable(report: InspectReport, lang: Lang): Table {
  const t = msg().inspect;
  const rows = report.files.flatMap((f) => {
    const sheets: (SheetReport | null)[] = f.sheets.length > 0 ? f.sheets : [null];
    return sheets.map((s) => {
      const nearest = s?.diagnosis?.layouts[0] ?? null;
      const why = f.error ? failureText(f) : nearest ? fitVerdict(nearest) : null;
      return {
        emphasis: !f.readable,
        cells: [
          f.file, f.format, f.encoding, f.delimiter, s?.sheet ?? null, s?.headerRow ?? null, s?.layout ?? null, s?.records ?? null, s?.rejected ?? null,
          s?.merged ?? null, s?.warnings ?? null, s?.procedures.map((p) => procedureName(p, lang)).join(', ') ?? null, s?.years.join(', ') ?? null,
          s?.diagnosis?.row ?? null, nearest?.layout ?? null, why, f.reproduce,
        ].map((value) => ({ value })),
      };
    });
  });
  return { name: 'inspect', headers: t.headers, rows, wide: [0, 14, 15] };
}
